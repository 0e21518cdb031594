package org.annals.eval;

import java.util.Locale;

/**
 * Counts of a main-event-date evaluation.
 *
 * @param documents documents read
 * @param withGold documents whose main event the annotation dates to a day
 * @param exact of those, the ones annals dates to the gold day
 * @param withinOneDay of those, the ones annals dates within one day of it
 * @param baselineExact of those, the ones published on the gold day
 * @param baselineWithinOneDay of those, the ones published within one day of it
 */
public record MainDateScore(
    int documents,
    int withGold,
    int exact,
    int withinOneDay,
    int baselineExact,
    int baselineWithinOneDay) {

  public static MainDateScore empty() {
    return new MainDateScore(0, 0, 0, 0, 0, 0);
  }

  public MainDateScore plus(MainDateScore o) {
    return new MainDateScore(
        documents + o.documents,
        withGold + o.withGold,
        exact + o.exact,
        withinOneDay + o.withinOneDay,
        baselineExact + o.baselineExact,
        baselineWithinOneDay + o.baselineWithinOneDay);
  }

  public double accuracy() {
    return share(exact);
  }

  public double withinOneDayAccuracy() {
    return share(withinOneDay);
  }

  public double baselineAccuracy() {
    return share(baselineExact);
  }

  public double baselineWithinOneDayAccuracy() {
    return share(baselineWithinOneDay);
  }

  private double share(int n) {
    return withGold == 0 ? 0 : (double) n / withGold;
  }

  /** One line: "label: documents, with gold, exact day, within one day, baseline". */
  public String format(String label) {
    return String.format(
        Locale.ROOT,
        "%-9s documents %d, with gold %d: exact day %.3f (%d), within ±1 day %.3f (%d);"
            + " publication date: exact %.3f (%d), within ±1 day %.3f (%d)",
        label,
        documents,
        withGold,
        accuracy(),
        exact,
        withinOneDayAccuracy(),
        withinOneDay,
        baselineAccuracy(),
        baselineExact,
        baselineWithinOneDayAccuracy(),
        baselineWithinOneDay);
  }
}
