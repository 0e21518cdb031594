package org.annals.time;

/**
 * A span the grammar matched, not yet normalised: resolution (and any call to Natty) waits until
 * overlapping matches have been settled, so losers cost nothing.
 */
final class TimexCandidate {

  /** Turns a settled candidate into an expression; null drops it. */
  @FunctionalInterface
  interface Resolver {
    TemporalExpression resolve(TimexContext ctx, TimexCandidate self, DateInterval anchor);
  }

  final int begin;
  final int end;
  final int rule;
  final Resolver resolver;

  TimexCandidate(int begin, int end, int rule, Resolver resolver) {
    this.begin = begin;
    this.end = end;
    this.rule = rule;
    this.resolver = resolver;
  }

  int length() {
    return end - begin;
  }

  boolean overlaps(TimexCandidate o) {
    return begin < o.end && o.begin < end;
  }

  TemporalExpression expression(
      TimexContext ctx, TimexType type, String value, DateInterval interval, DateBasis basis) {
    return new TemporalExpression(
        begin, end, ctx.text().substring(begin, end), type, value, interval, basis);
  }

  /** An anchored date expression whose value is the interval's own. */
  TemporalExpression date(TimexContext ctx, DateInterval interval, DateBasis basis) {
    return expression(ctx, TimexType.DATE, TimexValues.value(interval), interval, basis);
  }
}
