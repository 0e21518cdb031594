package org.annals.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * annals' temporal tagger: a grammar of precompiled patterns finds DATE, TIME, DURATION and SET
 * expressions and normalises them TimeML-style; Natty normalises the spans it reads well. Only the
 * stretches of text around trigger words (see {@link TriggerWords}) are matched.
 *
 * <p>Overlapping matches are settled longest first (then leftmost, then by rule order), before any
 * normalisation. Anaphoric expressions ("a year earlier", "the next day") are anchored on the
 * previous date in the text.
 *
 * <p>Thread-safe and meant to be shared: build it once per JVM ({@link TemporalTagger#standard()}).
 * It never throws on bad input.
 */
public final class GrammarTemporalTagger implements TemporalTagger {

  private static final Comparator<TimexCandidate> PRIORITY =
      Comparator.comparingInt(TimexCandidate::length)
          .reversed()
          .thenComparingInt(c -> c.begin)
          .thenComparingInt(c -> c.rule);

  /**
   * What may stand between a clock time and its day: a comma. A day after "on" ("at 12:05 a.m. on
   * New Year's Day") is an expression of its own, as TimeML annotates it.
   */
  private static final Pattern CLOCK_THEN_DAY = Pattern.compile(",?\\s{1,3}");

  private final TimexVocabulary vocabulary;
  private final TriggerWords triggers;
  private final TenseCues tense;
  private final NattyNormalizer natty;
  private final List<TimexRule> rules;

  /** Builds the grammar and a warmed-up Natty parser (about a second). */
  public GrammarTemporalTagger() {
    this.vocabulary = TimexVocabulary.load();
    this.triggers = new TriggerWords(vocabulary);
    this.tense = new TenseCues(vocabulary);
    this.natty = new NattyNormalizer();
    List<TimexRule> all = new ArrayList<>();
    all.addAll(CalendarRules.rules(vocabulary));
    all.addAll(PeriodRules.rules(vocabulary));
    all.addAll(RelativeRules.rules(vocabulary));
    all.addAll(DurationRules.rules(vocabulary));
    this.rules = List.copyOf(all);
  }

  /** The JVM-wide instance, built on first use. */
  static GrammarTemporalTagger shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final GrammarTemporalTagger INSTANCE = new GrammarTemporalTagger();
  }

  @Override
  public List<TemporalExpression> tag(String text, LocalDate referenceDate) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    try {
      return tagUnchecked(text, referenceDate);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** How many values came from Natty, and how many spans it parsed; for reports. */
  public long[] nattyUsage() {
    return new long[] {natty.answersUsed(), natty.parses()};
  }

  /** A rule's candidate; a rule that cannot read its own match refuses it. */
  private static TimexCandidate candidate(TimexRule rule, Matcher m, TimexContext ctx, int r) {
    try {
      return rule.handler().candidate(m, ctx, r);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static TemporalExpression resolve(
      TimexCandidate c, TimexContext ctx, DateInterval anchor) {
    try {
      return c.resolver.resolve(ctx, c, anchor);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A letter, digit or apostrophe that does not continue a word or number. */
  private static boolean isWordStart(String text, int p) {
    char c = text.charAt(p);
    if (!Character.isLetterOrDigit(c) && c != '\'' && c != '’') {
      return false;
    }
    if (p == 0) {
      return true;
    }
    char b = text.charAt(p - 1);
    return !Character.isLetterOrDigit(b) && b != '\'' && b != '’';
  }

  /**
   * A clock time written right before the day it falls on ("until 5 p.m. EST Nov. 9", "at 10 a.m.,
   * Jan. 5") is one TIME on that day, as TimeML annotates it; null when {@code date} is not such a
   * day.
   */
  static TemporalExpression clockOnDate(
      String text, TemporalExpression clock, TemporalExpression date) {
    if (clock == null
        || clock.type() != TimexType.TIME
        || date.type() != TimexType.DATE
        || date.interval() == null
        || date.interval().granularity() != Granularity.DAY
        || clock.end() > date.begin()
        || !CLOCK_THEN_DAY.matcher(text.substring(clock.end(), date.begin())).matches()) {
      return null;
    }
    int t = clock.value().indexOf('T');
    if (t < 0
        || clock.value().length() < t + 3
        || !Character.isDigit(clock.value().charAt(t + 1))) {
      return null;
    }
    return new TemporalExpression(
        clock.begin(),
        date.end(),
        text.substring(clock.begin(), date.end()),
        TimexType.TIME,
        date.value() + clock.value().substring(t),
        date.interval(),
        date.basis());
  }

  private List<TemporalExpression> tagUnchecked(String text, LocalDate referenceDate) {
    TimexContext ctx = new TimexContext(text, referenceDate, tense, natty, vocabulary);
    List<TimexCandidate> candidates = new ArrayList<>();
    Matcher[] matchers = new Matcher[rules.size()];
    for (int[] segment : triggers.segments(text)) {
      for (int r = 0; r < rules.size(); r++) {
        TimexRule rule = rules.get(r);
        if ((rule.triggers() & segment[2]) == 0) {
          continue;
        }
        Matcher m = matchers[r];
        if (m == null) {
          m = rule.pattern().matcher(text);
          m.useTransparentBounds(true);
          m.useAnchoringBounds(false);
          matchers[r] = m;
        }
        int lastEnd = -1;
        for (int p = segment[0]; p < segment[3]; p++) {
          if (!isWordStart(text, p) || !rule.canStartWith(text.charAt(p))) {
            continue;
          }
          m.region(p, segment[1]);
          if (!m.lookingAt() || m.end() <= lastEnd) {
            continue;
          }
          lastEnd = m.end();
          TimexCandidate c = candidate(rule, m, ctx, r);
          if (c != null && c.end > c.begin) {
            candidates.add(c);
          }
        }
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    candidates.sort(PRIORITY);
    List<TimexCandidate> chosen = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      boolean free = true;
      for (TimexCandidate k : chosen) {
        if (k.overlaps(c)) {
          free = false;
          break;
        }
      }
      if (free) {
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(c -> c.begin));
    List<TemporalExpression> out = new ArrayList<>(chosen.size());
    DateInterval anchor = null;
    // "until the next day. And the next day, of course, was January 1": the same anaphoric phrase
    // said again, with no other day named between, names the same day, counted from the same
    // anchor; "the next day ... the following day" still counts on
    String lastAnaphora = null;
    DateInterval lastAnaphoraAnchor = null;
    DateInterval lastAnaphoraResult = null;
    for (TimexCandidate c : chosen) {
      String written = text.substring(c.begin, c.end);
      boolean echo = written.equalsIgnoreCase(lastAnaphora) && anchor == lastAnaphoraResult;
      DateInterval from = echo ? lastAnaphoraAnchor : anchor;
      TemporalExpression e = resolve(c, ctx, from);
      if (e == null) {
        continue;
      }
      if (e.basis() == DateBasis.ANAPHORIC
          && e.interval() != null
          && e.interval().granularity() == Granularity.DAY) {
        lastAnaphora = written;
        lastAnaphoraAnchor = from;
        lastAnaphoraResult = e.interval();
      }
      TemporalExpression clock = out.isEmpty() ? null : out.get(out.size() - 1);
      TemporalExpression dated = clockOnDate(text, clock, e);
      if (dated != null) {
        out.set(out.size() - 1, dated);
        e = dated;
      } else {
        out.add(e);
      }
      if (e.interval() != null
          && (e.type() == TimexType.DATE || e.type() == TimexType.TIME)
          && !e.value().endsWith("_REF")
          && (dated != null || ctx.isAnchor(c.begin))) {
        anchor = e.interval();
        if (e.interval().granularity() == Granularity.QUARTER
            && e.value().contains("-Q")
            && e.basis() != DateBasis.ANAPHORIC) {
          ctx.sawQuarter(e.interval(), e.end());
        }
      }
    }
    return out;
  }
}
