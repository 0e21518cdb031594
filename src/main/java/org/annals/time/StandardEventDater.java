package org.annals.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.text.Sentence;

/**
 * annals' event dater. Each event takes its date from the temporal expression that governs it: one
 * in its clause (nearest to its trigger), else the nearest in its sentence. An anaphoric expression
 * or cue ("two days later", "shortly afterwards") is anchored on the previous event's date, not the
 * publication date. A past-tense event with no expression of its own carries the date of the event
 * just before it (narrative); anything else falls back to the publication date.
 *
 * <p>Stateless and thread-safe. Never throws on bad input: a target it cannot place gets the
 * publication date, or {@link EventDate#unknown()} without one.
 */
public final class StandardEventDater implements EventDater {

  private static final int NARRATIVE_REACH = 2;

  private final TenseCues tense;
  private final AnaphoricCues anaphora;

  public StandardEventDater() {
    TimexVocabulary vocabulary = TimexVocabulary.load();
    this.tense = new TenseCues(vocabulary);
    this.anaphora = new AnaphoricCues(vocabulary);
  }

  /** The JVM-wide instance, built on first use. */
  static StandardEventDater shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final StandardEventDater INSTANCE = new StandardEventDater();
  }

  @Override
  public List<EventDate> date(
      String text,
      List<Sentence> sentences,
      List<TemporalExpression> expressions,
      List<DatingTarget> targets,
      LocalDate published) {
    List<EventDate> out = new ArrayList<>();
    if (targets == null) {
      return out;
    }
    EventDate previous = null;
    int previousSentence = -10;
    for (DatingTarget t : targets) {
      EventDate d;
      try {
        d = dateOne(text, sentences, expressions, t, published, previous, previousSentence);
      } catch (RuntimeException e) {
        d = fallback(published);
      }
      out.add(d);
      if (t != null && d.interval() != null) {
        previous = d;
        previousSentence = t.sentenceIndex();
      }
    }
    return out;
  }

  private EventDate dateOne(
      String text,
      List<Sentence> sentences,
      List<TemporalExpression> expressions,
      DatingTarget t,
      LocalDate published,
      EventDate previous,
      int previousSentence) {
    if (text == null || t == null || t.triggerBegin() < 0 || t.triggerEnd() > text.length()) {
      return fallback(published);
    }
    int[] sentence = sentenceBounds(text, sentences, t);
    int[] clause = clauseBounds(text, sentence, t.triggerBegin());
    List<TemporalExpression> exprs = expressions == null ? List.of() : expressions;
    TemporalExpression governing = nearest(exprs, clause, t);
    int[] cue = anaphora.find(text, clause[0], clause[1]);
    if (governing == null && cue != null && previous != null) {
      // "Shortly afterwards" and "at the time" both place the event in the previous event's
      // interval, at its granularity: the text gives nothing finer.
      return new EventDate(
          previous.interval(), DateBasis.ANAPHORIC, text.substring(cue[0], cue[1]));
    }
    if (governing == null) {
      governing = nearest(exprs, sentence, t);
    }
    if (governing != null) {
      return fromExpression(governing, previous, published);
    }
    if (previous != null
        && t.sentenceIndex() - previousSentence <= NARRATIVE_REACH
        && previous.basis() != DateBasis.PUBLICATION
        && tense.around(text, t.triggerBegin(), t.triggerEnd()) == TenseCues.Direction.PAST
        && !presentReport(text, sentence)) {
      return new EventDate(previous.interval(), DateBasis.NARRATIVE, previous.text());
    }
    return fallback(published);
  }

  private EventDate fromExpression(TemporalExpression e, EventDate previous, LocalDate published) {
    String v = e.value();
    if (v.endsWith("_REF")) {
      if (published == null) {
        return new EventDate(null, DateBasis.UNKNOWN, e.text());
      }
      return new EventDate(DateInterval.day(published), DateBasis.RELATIVE, e.text());
    }
    if (e.basis() == DateBasis.ANAPHORIC && previous != null) {
      return new EventDate(
          anaphora.reanchor(e.text(), previous.interval()), DateBasis.ANAPHORIC, e.text());
    }
    if (e.interval() == null) {
      return published == null
          ? new EventDate(null, DateBasis.UNKNOWN, e.text())
          : new EventDate(DateInterval.day(published), DateBasis.PUBLICATION, e.text());
    }
    return new EventDate(e.interval(), e.basis(), e.text());
  }

  /**
   * Date-like expressions (DATE or TIME, anchored or anaphoric) inside {@code range}, nearest to
   * the trigger.
   */
  private static TemporalExpression nearest(
      List<TemporalExpression> exprs, int[] range, DatingTarget t) {
    TemporalExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TemporalExpression e : exprs) {
      if (e == null || e.begin() < range[0] || e.end() > range[1]) {
        continue;
      }
      if (e.type() != TimexType.DATE && e.type() != TimexType.TIME) {
        continue;
      }
      if (e.interval() == null && !e.value().endsWith("_REF") && e.basis() != DateBasis.ANAPHORIC) {
        continue;
      }
      int distance =
          e.end() <= t.triggerBegin()
              ? t.triggerBegin() - e.end()
              : Math.max(0, e.begin() - t.triggerEnd());
      if (distance < bestDistance) {
        best = e;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static int[] sentenceBounds(String text, List<Sentence> sentences, DatingTarget t) {
    if (sentences != null) {
      for (Sentence s : sentences) {
        if (s != null && s.begin() <= t.triggerBegin() && t.triggerBegin() < s.end()) {
          return new int[] {s.begin(), Math.min(s.end(), text.length())};
        }
      }
      if (t.sentenceIndex() >= 0 && t.sentenceIndex() < sentences.size()) {
        Sentence s = sentences.get(t.sentenceIndex());
        return new int[] {s.begin(), Math.min(s.end(), text.length())};
      }
    }
    return new int[] {
      TenseCues.sentenceStart(text, t.triggerBegin()), TenseCues.sentenceEnd(text, t.triggerEnd())
    };
  }

  /** The stretch between clause breaks (, ; : dashes, "but", "while") around {@code pos}. */
  static int[] clauseBounds(String text, int[] sentence, int pos) {
    int b = sentence[0];
    int e = sentence[1];
    for (int p = pos - 1; p >= sentence[0]; p--) {
      if (isBreak(text, p)) {
        b = p + 1;
        break;
      }
    }
    for (int p = pos; p < sentence[1]; p++) {
      if (isBreak(text, p)) {
        e = p;
        break;
      }
    }
    return new int[] {b, e};
  }

  private static boolean isBreak(String text, int p) {
    char c = text.charAt(p);
    if (c == ',' || c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')') {
      return !(c == ',' && p + 1 < text.length() && Character.isDigit(text.charAt(p + 1)));
    }
    return c == ' '
        && (text.startsWith(" but ", p)
            || text.startsWith(" while ", p)
            || text.startsWith(" whereas ", p));
  }

  private static boolean presentReport(String text, int[] sentence) {
    String s = text.substring(sentence[0], sentence[1]).toLowerCase(Locale.ROOT);
    return s.contains(" says ") || s.contains(" say ") || s.contains(" is ") || s.contains(" are ");
  }

  private static EventDate fallback(LocalDate published) {
    return published == null
        ? EventDate.unknown()
        : new EventDate(DateInterval.day(published), DateBasis.PUBLICATION, "");
  }

  /** Sentences of the lead whose events and dates make the main event's date. */
  private static final int LEAD_SENTENCES = 2;

  /** Sentences searched for a day when the lead's dates are all coarser than a day. */
  private static final int DAY_REACH = 3;

  /**
   * The main event's date, from the first source that gives one:
   *
   * <ol>
   *   <li>the first event of the lead (its first two prose sentences) dated to a day by the text;
   *   <li>the first day-precise date of the first three prose sentences: a day wins over a coarser
   *       date ("jobs grew in January, the government reported on Friday"), which mostly names the
   *       period a figure is for or background, and whose first day is seldom the event's;
   *   <li>the first coarser date of the lead, unless its period holds the publication date ("a
   *       fourth-quarter charge", "this year"): then the publication date is the better guess;
   *   <li>the publication date.
   * </ol>
   *
   * Dates after publication are passed over, except a calendar date on the day after it that a
   * past-tense sentence reports ("said in an editorial on Monday, Oct. 26" in copy filed on
   * Sunday): the writer's calendar is a day ahead of the timestamp.
   */
  @Override
  public EventDate mainEventDate(
      String text,
      List<Sentence> sentences,
      List<TemporalExpression> expressions,
      List<EventDate> eventDates,
      LocalDate published) {
    try {
      List<Sentence> lead = leadSentences(sentences, LEAD_SENTENCES);
      EventDate reported = leadEventDate(text, lead, expressions, eventDates, published);
      if (reported != null) {
        return reported;
      }
      EventDate day =
          leadDate(text, leadSentences(sentences, DAY_REACH), expressions, published, true);
      if (day != null) {
        return day;
      }
      EventDate coarse = leadDate(text, lead, expressions, published, false);
      if (coarse != null) {
        return coarse;
      }
    } catch (RuntimeException e) {
      // fall through to the publication date
    }
    return fallback(published);
  }

  /**
   * The first {@code n} sentences that read as prose (not a headline, byline or "Posted:" stamp).
   */
  private static List<Sentence> leadSentences(List<Sentence> sentences, int n) {
    List<Sentence> lead = new ArrayList<>(n);
    if (sentences == null) {
      return lead;
    }
    for (Sentence s : sentences) {
      if (s != null && isProse(s.text())) {
        lead.add(s);
        if (lead.size() >= n) {
          break;
        }
      }
    }
    return lead;
  }

  /**
   * The date of the first event of the lead dated to a day by the text itself (an explicit,
   * relative or anaphoric expression), not after publication: the event the article reports.
   * Background in the lead ("independent since 1991") is dated to a year and so passed over. An
   * event's place is known by the expression that dated it, which lies in the event's sentence.
   */
  private EventDate leadEventDate(
      String text,
      List<Sentence> lead,
      List<TemporalExpression> expressions,
      List<EventDate> eventDates,
      LocalDate published) {
    if (text == null || expressions == null || eventDates == null) {
      return null;
    }
    for (EventDate d : eventDates) {
      if (d == null
          || d.interval() == null
          || d.interval().granularity() != Granularity.DAY
          || d.text().isEmpty()) {
        continue;
      }
      if (d.basis() != DateBasis.EXPLICIT
          && d.basis() != DateBasis.RELATIVE
          && d.basis() != DateBasis.ANAPHORIC) {
        continue;
      }
      TemporalExpression stated = statedIn(d, lead, expressions, text);
      if (stated != null
          && !afterPublication(text, stated, d.interval(), published)
          && !attributive(text, stated)) {
        return d;
      }
    }
    return null;
  }

  /**
   * The expression {@code d} was taken from when it stands in one of the {@code lead} sentences:
   * one with the same text and interval, or for an anaphoric date (re-anchored on an earlier event)
   * the same text; else null.
   */
  private static TemporalExpression statedIn(
      EventDate d, List<Sentence> lead, List<TemporalExpression> expressions, String text) {
    for (Sentence s : lead) {
      for (TemporalExpression e : expressions) {
        if (e.begin() >= s.begin()
            && e.end() <= s.end()
            && e.text().equals(d.text())
            && (d.basis() == DateBasis.ANAPHORIC || d.interval().equals(e.interval()))) {
          return e;
        }
      }
      if (d.basis() == DateBasis.ANAPHORIC
          && text.substring(s.begin(), Math.min(s.end(), text.length())).contains(d.text())) {
        // an anaphoric cue, not a tagged expression: nothing to check its tense by
        return new TemporalExpression(
            s.begin(), s.begin(), d.text(), TimexType.DATE, "", d.interval(), d.basis());
      }
    }
    return null;
  }

  /**
   * The first past-or-present date expression in the lead: day-precise only when {@code dayOnly},
   * else of any granularity, the publication date standing in for a period that holds it.
   */
  private EventDate leadDate(
      String text,
      List<Sentence> lead,
      List<TemporalExpression> expressions,
      LocalDate published,
      boolean dayOnly) {
    if (text == null || expressions == null) {
      return null;
    }
    for (Sentence s : lead) {
      for (TemporalExpression e : expressions) {
        if (e.begin() < s.begin()
            || e.end() > s.end()
            || e.interval() == null
            || e.type() == TimexType.DURATION
            || e.type() == TimexType.SET
            || e.value().endsWith("_REF")) {
          continue;
        }
        if (afterPublication(text, e, e.interval(), published) || attributive(text, e)) {
          continue;
        }
        boolean day = e.interval().granularity() == Granularity.DAY;
        if (dayOnly && !day) {
          continue;
        }
        if (!day && published != null && e.interval().contains(DateInterval.day(published))) {
          return fallback(published);
        }
        return new EventDate(e.interval(), e.basis(), e.text());
      }
    }
    return null;
  }

  /**
   * True when {@code interval} begins after publication, unless it is the day after, named by a
   * calendar date ("Oct. 26", not just "Monday") in a past-tense sentence.
   */
  private boolean afterPublication(
      String text, TemporalExpression e, DateInterval interval, LocalDate published) {
    if (published == null || !interval.begin().isAfter(published)) {
      return false;
    }
    return !(interval.granularity() == Granularity.DAY
        && interval.begin().equals(published.plusDays(1))
        && (e.basis() == DateBasis.EXPLICIT || e.basis() == DateBasis.RELATIVE)
        && e.text().chars().anyMatch(Character::isDigit)
        && e.end() > e.begin()
        && tense.around(text, e.begin(), e.end()) == TenseCues.Direction.PAST);
  }

  /** Words that may follow a date that times its clause's event ("said Friday that ..."). */
  private static final Set<String> CLAUSE_WORDS =
      Set.of(
          "of",
          "and",
          "or",
          "but",
          "to",
          "in",
          "on",
          "at",
          "that",
          "when",
          "as",
          "for",
          "from",
          "with",
          "by",
          "after",
          "before",
          "until",
          "since",
          "while",
          "it",
          "he",
          "she",
          "they",
          "we",
          "morning",
          "afternoon",
          "evening",
          "night");

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this", "that");

  /**
   * True when the expression modifies a noun rather than timing its clause: a date between a
   * determiner and its noun ("the Aug. 7 bombings", "the October slaying") or a hyphenated period
   * before a noun ("third-quarter profit"). It names an earlier event or the period of a figure,
   * not the main event's day. A possessive ("Friday's agreement") is not one: leads often name the
   * day's news so.
   */
  static boolean attributive(String text, TemporalExpression e) {
    if (e.end() <= e.begin() || e.end() > text.length()) {
      return false;
    }
    int p = e.end();
    if (p >= text.length() || text.charAt(p) != ' ') {
      return false;
    }
    int ws = p + 1;
    int we = ws;
    while (we < text.length() && Character.isLetter(text.charAt(we))) {
      we++;
    }
    if (we == ws || CLAUSE_WORDS.contains(text.substring(ws, we).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (e.text().contains("-") && Character.isLowerCase(text.charAt(ws))) {
      return true;
    }
    int pe = e.begin();
    while (pe > 0 && text.charAt(pe - 1) == ' ') {
      pe--;
    }
    int ps = pe;
    while (ps > 0 && Character.isLetter(text.charAt(ps - 1))) {
      ps--;
    }
    return ps < pe
        && pe < e.begin()
        && DETERMINERS.contains(text.substring(ps, pe).toLowerCase(Locale.ROOT));
  }

  private static boolean isProse(String sentence) {
    String s = sentence.strip();
    if (s.isEmpty()
        || s.regionMatches(true, 0, "posted", 0, 6)
        || s.regionMatches(true, 0, "updated", 0, 7)
        || s.regionMatches(true, 0, "published", 0, 9)
        || s.regionMatches(true, 0, "by ", 0, 3)) {
      return false;
    }
    int words = s.split("\\s+").length;
    char last = s.charAt(s.length() - 1);
    return words >= 8
        && (last == '.' || last == '"' || last == '”' || last == '!' || last == '?' || last == ':');
  }
}
