package org.annals.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.article.Article;
import org.annals.article.PublishedBasis;
import org.annals.eval.EventEvaluator.Half;
import org.annals.eval.TimeMlAnnotation.Event;
import org.annals.eval.TimeMlAnnotation.Link;
import org.annals.eval.TimeMlAnnotation.Timex;
import org.annals.mention.AnalyzedArticle;
import org.annals.mention.ArticleAnalyzer;
import org.annals.time.EventDate;

/**
 * Scores {@code articles.main_event_date} on TimeML news (TempEval-3's TimeBank and AQUAINT): the
 * day annals gives an article's main event against the day the human annotation gives it.
 *
 * <p>The gold day ({@link #gold}) is read off the annotation alone, by a rule fixed before annals
 * was run on the documents:
 *
 * <ol>
 *   <li>The lead is the first sentence of the text that holds an EVENT (sentences end at a blank
 *       line, or at . ! ? followed by a capitalised word, short abbreviations excepted).
 *   <li>Its candidates are the asserted predicates among its events: verbs (pos VERB, or an unknown
 *       pos with a tense), not negated, without a modal, and neither future nor infinitive.
 *   <li>A candidate is anchored to a day when a TLINK, read from the event's side (a timex's
 *       INCLUDES is the event's IS_INCLUDED), relates it by IS_INCLUDED, DURING, SIMULTANEOUS,
 *       IDENTITY, BEGINS, ENDS or BEGUN_BY to the document creation time or to a DATE or TIME timex
 *       whose value names a day. The relations that only bound the event's end (ENDED_BY) or put
 *       the day inside it (INCLUDES) do not fix its first day and do not anchor. A timex in the
 *       text is preferred to the creation time.
 *   <li>The main event is the first anchored candidate that is not a REPORTING event ("said"): the
 *       reported happening, when the lead dates it. Else it is the first anchored REPORTING event:
 *       "said Thursday" when only the statement is dated, which is then the news.
 *   <li>A document whose lead has no anchored candidate has no gold day; it is counted, not scored.
 * </ol>
 *
 * <p>annals runs its whole language core ({@link ArticleAnalyzer}) on the document's text with the
 * creation date as the publication date; the baseline dates every main event on the publication
 * date. Documents fall in the fixed halves of {@link Half} by their id: rules are developed on the
 * dev half, and the held-out half measures them.
 */
public final class MainEventDateEvaluator {

  private static final Set<String> ANCHORING =
      Set.of("IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY", "BEGINS", "ENDS", "BEGUN_BY");

  private static final Map<String, String> INVERSE =
      Map.ofEntries(
          Map.entry("INCLUDES", "IS_INCLUDED"),
          Map.entry("IS_INCLUDED", "INCLUDES"),
          Map.entry("BEGINS", "BEGUN_BY"),
          Map.entry("BEGUN_BY", "BEGINS"),
          Map.entry("ENDS", "ENDED_BY"),
          Map.entry("ENDED_BY", "ENDS"),
          Map.entry("BEFORE", "AFTER"),
          Map.entry("AFTER", "BEFORE"),
          Map.entry("IBEFORE", "IAFTER"),
          Map.entry("IAFTER", "IBEFORE"),
          Map.entry("DURING", "DURING_INV"),
          Map.entry("DURING_INV", "DURING"));

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr",
          "adm", "maj", "st", "jr", "sr", "prof", "rev", "mt", "ft", "no", "co", "corp", "inc",
          "ltd", "bros", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
          "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
          "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
          "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "vs");

  private final ArticleAnalyzer analyzer;

  public MainEventDateEvaluator(ArticleAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * One document's outcome.
   *
   * @param id document id
   * @param half its fixed half
   * @param published its creation date
   * @param gold the annotation's main event, or null when the lead has no day-anchored event
   * @param annals annals' main event date, or null when it gave none
   * @param annalsText the expression annals took it from (empty when none)
   * @param lead the lead sentence
   */
  public record Result(
      String id,
      Half half,
      LocalDate published,
      MainEventGold gold,
      LocalDate annals,
      String annalsText,
      String lead) {

    public boolean exact() {
      return gold != null && gold.day().equals(annals);
    }

    public MainDateScore score() {
      if (gold == null) {
        return new MainDateScore(1, 0, 0, 0, 0, 0);
      }
      return new MainDateScore(
          1,
          1,
          exact() ? 1 : 0,
          within(annals) ? 1 : 0,
          gold.day().equals(published) ? 1 : 0,
          within(published) ? 1 : 0);
    }

    private boolean within(LocalDate d) {
      return d != null && Math.abs(ChronoUnit.DAYS.between(gold.day(), d)) <= 1;
    }
  }

  /** Every {@code .tml} document of each directory, in directory then name order. */
  public List<Result> evaluate(List<Path> dirs) throws IOException {
    List<Result> out = new ArrayList<>();
    for (Path dir : dirs) {
      for (Path file : TimexEvaluator.documents(dir)) {
        out.add(evaluate(TimeMlAnnotation.read(file)));
      }
    }
    return out;
  }

  public Result evaluate(TimeMlAnnotation doc) {
    LocalDate published = day(doc.creationTime());
    Article article =
        new Article(
            doc.id(),
            "",
            "",
            "",
            published,
            published == null ? PublishedBasis.UNKNOWN : PublishedBasis.METADATA,
            doc.text(),
            doc.id() + ".tml",
            0);
    AnalyzedArticle analyzed = analyzer.analyze(article);
    EventDate main = analyzed.mainEventDate();
    LocalDate annals = main == null || main.interval() == null ? null : main.interval().begin();
    int[] lead = lead(doc);
    return new Result(
        doc.id(),
        Half.of(doc.id()),
        published,
        gold(doc).orElse(null),
        annals,
        main == null ? "" : main.text(),
        lead == null ? "" : doc.text().substring(lead[0], lead[1]).strip());
  }

  /** Scores for all documents and for each half ("all", "dev", "held-out"). */
  public static Map<String, MainDateScore> scores(List<Result> results) {
    Map<String, MainDateScore> out = new LinkedHashMap<>();
    out.put("all", MainDateScore.empty());
    for (Half h : Half.values()) {
      out.put(h.label(), MainDateScore.empty());
    }
    for (Result r : results) {
      out.merge("all", r.score(), MainDateScore::plus);
      out.merge(r.half().label(), r.score(), MainDateScore::plus);
    }
    return out;
  }

  /** The main event's day as the annotation gives it (see the class comment), if it does. */
  public static Optional<MainEventGold> gold(TimeMlAnnotation doc) {
    int[] lead = lead(doc);
    if (lead == null) {
      return Optional.empty();
    }
    MainEventGold reporting = null;
    for (Event e : doc.events()) {
      if (e.begin() < lead[0] || e.begin() >= lead[1] || !assertedPredicate(e)) {
        continue;
      }
      MainEventGold anchored = anchor(doc, e);
      if (anchored == null) {
        continue;
      }
      if (!e.eventClass().equals("REPORTING")) {
        return Optional.of(anchored);
      }
      if (reporting == null) {
        reporting = anchored;
      }
    }
    return Optional.ofNullable(reporting);
  }

  /** A verb the text asserts happened: not negated, not modal, not future, not an infinitive. */
  static boolean assertedPredicate(Event e) {
    boolean verb =
        e.pos().equals("VERB")
            || (e.pos().isEmpty() || e.pos().equals("UNKNOWN"))
                && !e.tense().isEmpty()
                && !e.tense().equals("NONE");
    return verb
        && e.eiid() != null
        && !e.polarity().equals("NEG")
        && (e.modality().isEmpty() || e.modality().equalsIgnoreCase("none"))
        && !e.tense().equals("FUTURE")
        && !e.tense().equals("INFINITIVE");
  }

  /**
   * The day a TLINK anchors {@code e} to, preferring a timex of the text to the DCT; else the day
   * of an event it is IDENTITY or SIMULTANEOUS with that is itself anchored so; or null.
   */
  private static MainEventGold anchor(TimeMlAnnotation doc, Event e) {
    MainEventGold direct =
        directAnchor(doc, e.eiid(), doc.text().substring(e.begin(), e.end()), e.eventClass());
    if (direct != null) {
      return direct;
    }
    for (Link l : doc.links()) {
      String other;
      if (e.eiid().equals(l.sourceInstance()) && l.targetInstance() != null) {
        other = l.targetInstance();
      } else if (e.eiid().equals(l.targetInstance()) && l.sourceInstance() != null) {
        other = l.sourceInstance();
      } else {
        continue;
      }
      if (!l.relType().equals("IDENTITY") && !l.relType().equals("SIMULTANEOUS")) {
        continue;
      }
      MainEventGold via =
          directAnchor(doc, other, doc.text().substring(e.begin(), e.end()), e.eventClass());
      if (via != null) {
        return new MainEventGold(
            via.day(),
            via.event(),
            via.eventClass(),
            l.relType() + "+" + via.relType(),
            via.anchor());
      }
    }
    return null;
  }

  private static MainEventGold directAnchor(
      TimeMlAnnotation doc, String eiid, String event, String eventClass) {
    MainEventGold byDct = null;
    for (Link l : doc.links()) {
      String rel;
      String tid;
      if (eiid.equals(l.sourceInstance()) && l.targetTime() != null) {
        rel = l.relType();
        tid = l.targetTime();
      } else if (eiid.equals(l.targetInstance()) && l.sourceTime() != null) {
        rel = INVERSE.getOrDefault(l.relType(), l.relType());
        tid = l.sourceTime();
      } else {
        continue;
      }
      if (!ANCHORING.contains(rel)) {
        continue;
      }
      Timex t = doc.timexes().get(tid);
      if (t == null
          || !(t.type().equals("DATE") || t.type().equals("TIME"))
          || !DAY.matcher(t.value()).matches()) {
        continue;
      }
      LocalDate day = day(t);
      if (day == null) {
        continue;
      }
      if (tid.equals(doc.creationTimeId())) {
        if (byDct == null) {
          byDct = new MainEventGold(day, event, eventClass, rel, "DCT");
        }
        continue;
      }
      return new MainEventGold(
          day, event, eventClass, rel, doc.text().substring(t.begin(), t.end()));
    }
    return byDct;
  }

  private static LocalDate day(Timex t) {
    if (t == null || t.value().length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(t.value().substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The offsets of the lead: the first sentence that holds an EVENT; null when none does. */
  static int[] lead(TimeMlAnnotation doc) {
    String text = doc.text();
    for (int[] s : sentences(text)) {
      for (Event e : doc.events()) {
        if (e.begin() >= s[0] && e.begin() < s[1]) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * Sentences of a TimeML text: breaks at blank lines, and after . ! or ? (and any closing quotes
   * or brackets) followed by white space and a capital, digit or opening quote, unless the word
   * before the stop is a single letter, holds a stop itself ("U.S.") or is a common abbreviation.
   */
  static List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    while (start < n && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      int breakAt = -1;
      int next = -1;
      if (c == '\n') {
        int j = i + 1;
        while (j < n
            && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
          j++;
        }
        if (j < n && text.charAt(j) == '\n') {
          breakAt = i;
          next = j;
        }
      } else if ((c == '.' || c == '!' || c == '?') && !abbreviation(text, i)) {
        int j = i + 1;
        while (j < n && "\"')]'`".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        int k = j;
        while (k < n && Character.isWhitespace(text.charAt(k))) {
          k++;
        }
        if (k > j
            && k < n
            && (Character.isUpperCase(text.charAt(k))
                || Character.isDigit(text.charAt(k))
                || "\"'`".indexOf(text.charAt(k)) >= 0)) {
          breakAt = j;
          next = k;
        }
      }
      if (breakAt >= 0) {
        if (!text.substring(start, breakAt).isBlank()) {
          out.add(new int[] {start, breakAt});
        }
        start = next;
        while (start < n && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        i = start;
      } else {
        i++;
      }
    }
    if (start < n && !text.substring(start).isBlank()) {
      out.add(new int[] {start, n});
    }
    return out;
  }

  private static boolean abbreviation(String text, int stop) {
    if (text.charAt(stop) != '.') {
      return false;
    }
    int b = stop;
    while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    String word = text.substring(b, stop);
    while (!word.isEmpty() && "\"'`([".indexOf(word.charAt(0)) >= 0) {
      word = word.substring(1);
    }
    return word.length() == 1 && Character.isLetter(word.charAt(0))
        || word.contains(".")
        || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
