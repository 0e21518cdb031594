package org.annals.eval;

import java.util.Locale;

/**
 * TempEval-3 Task A counts and the scores derived from them, micro-averaged: strict span (same
 * begin and end), relaxed span (one-to-one pairs that overlap), and type and value accuracy over
 * the relaxed pairs; attribute F1 = accuracy x relaxed F1, as the official scorer ranks systems.
 */
public record TimexScores(
    int documents,
    int gold,
    int system,
    int strict,
    int relaxed,
    int typeMatches,
    int valueMatches) {

  public TimexScores plus(TimexScores o) {
    return new TimexScores(
        documents + o.documents,
        gold + o.gold,
        system + o.system,
        strict + o.strict,
        relaxed + o.relaxed,
        typeMatches + o.typeMatches,
        valueMatches + o.valueMatches);
  }

  public static TimexScores empty() {
    return new TimexScores(0, 0, 0, 0, 0, 0, 0);
  }

  public double strictPrecision() {
    return ratio(strict, system);
  }

  public double strictRecall() {
    return ratio(strict, gold);
  }

  public double strictF1() {
    return f1(strictPrecision(), strictRecall());
  }

  public double relaxedPrecision() {
    return ratio(relaxed, system);
  }

  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  public double typeAccuracy() {
    return ratio(typeMatches, relaxed);
  }

  public double valueAccuracy() {
    return ratio(valueMatches, relaxed);
  }

  public double typeF1() {
    return typeAccuracy() * relaxedF1();
  }

  public double valueF1() {
    return valueAccuracy() * relaxedF1();
  }

  /** A small plain-text table. */
  public String format(String title) {
    return String.format(
        Locale.ROOT,
        "%s: documents %d, gold TIMEX3 %d, system TIMEX3 %d%n"
            + "            P        R        F1%n"
            + "strict   %.4f   %.4f   %.4f%n"
            + "relaxed  %.4f   %.4f   %.4f%n"
            + "type     accuracy %.4f   F1 %.4f%n"
            + "value    accuracy %.4f   F1 %.4f%n",
        title,
        documents,
        gold,
        system,
        strictPrecision(),
        strictRecall(),
        strictF1(),
        relaxedPrecision(),
        relaxedRecall(),
        relaxedF1(),
        typeAccuracy(),
        typeF1(),
        valueAccuracy(),
        valueF1());
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0.0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
