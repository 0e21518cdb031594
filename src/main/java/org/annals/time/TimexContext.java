package org.annals.time;

import java.time.LocalDate;

/**
 * What resolving one document needs: its text, reference date (nullable), the tense reader, Natty,
 * and the last quarter the text spoke of (financial news says "a year earlier" of a quarter). One
 * per {@code tag} call; not shared between threads.
 */
final class TimexContext {

  private final String text;
  private final LocalDate reference;
  private final TenseCues tense;
  private final NattyNormalizer natty;
  private final TimexVocabulary vocab;
  private DateInterval lastQuarter;
  private DateInterval lastComparison;
  private int lastQuarterEnd = -1;
  private final java.util.Set<Integer> notAnchors = new java.util.HashSet<>();

  /** How far back (characters) a quarter stays the topic of "a year earlier". */
  private static final int QUARTER_REACH = 600;

  TimexContext(
      String text,
      LocalDate reference,
      TenseCues tense,
      NattyNormalizer natty,
      TimexVocabulary vocab) {
    this.text = text;
    this.reference = reference;
    this.tense = tense;
    this.natty = natty;
    this.vocab = vocab;
  }

  /**
   * Notes that the expression at {@code begin} names no day of its own ("around midnight" read on
   * the reference date): later anaphora ("the next day") do not count from it.
   */
  void notAnAnchor(int begin) {
    notAnchors.add(begin);
  }

  boolean isAnchor(int begin) {
    return !notAnchors.contains(begin);
  }

  String text() {
    return text;
  }

  LocalDate reference() {
    return reference;
  }

  TimexVocabulary vocab() {
    return vocab;
  }

  /** The last quarter-granularity date resolved so far in this text, or null. */
  DateInterval lastQuarter(int at) {
    return lastQuarter != null && at - lastQuarterEnd <= QUARTER_REACH ? lastQuarter : null;
  }

  void sawQuarter(DateInterval quarter, int end) {
    this.lastQuarter = quarter;
    this.lastQuarterEnd = end;
  }

  /**
   * Notes a period reached by comparison with the year before ("year-earlier results", "a year
   * ago"): a later "a year earlier" compares with the same period, not with this one.
   */
  void sawComparison(DateInterval period) {
    this.lastComparison = period;
  }

  boolean isComparison(DateInterval period) {
    return period != null && period.equals(lastComparison);
  }

  /** The nearest tense cue: right for day-sized expressions ("said on Tuesday"). */
  TenseCues.Direction direction(TimexCandidate c) {
    return tense.around(text, c.begin, c.end);
  }

  /** The sentence's tense: right for month-sized expressions ("will be held in April"). */
  TenseCues.Direction sentenceDirection(TimexCandidate c) {
    return tense.sentence(text, c.begin, c.end);
  }

  /** Natty's reading of {@code text[begin, end)} against the reference date, or null. */
  LocalDate natty(int begin, int end) {
    return natty.date(text.substring(begin, end), reference).orElse(null);
  }

  /**
   * Natty's reading against a stand-in reference date, for spans whose reading depends only on part
   * of the reference (its year, or nothing): the cache then serves every document that shares that
   * part.
   */
  LocalDate natty(int begin, int end, LocalDate standIn) {
    return natty.date(text.substring(begin, end), standIn).orElse(null);
  }

  void usedNatty() {
    natty.countAnswerUsed();
  }
}
