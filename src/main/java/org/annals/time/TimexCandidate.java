package org.annals.time;

import java.time.LocalDate;
import java.util.regex.Matcher;

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

  /** Resolves a candidate against the article's reference date, which is never null here. */
  @FunctionalInterface
  interface ReferenceResolver {
    TemporalExpression resolve(TimexContext ctx, TimexCandidate self, LocalDate reference);
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

  /** A candidate spanning the whole match. */
  static TimexCandidate spanning(Matcher m, int rule, Resolver resolver) {
    return new TimexCandidate(m.start(), m.end(), rule, resolver);
  }

  /**
   * A candidate spanning the whole match whose date is counted from the reference date; without
   * one, it keeps only the {@code unanchored} value (X for the digits not known).
   */
  static TimexCandidate fromReference(
      Matcher m, int rule, String unanchored, ReferenceResolver resolver) {
    return spanning(
        m,
        rule,
        (c, self, anchor) -> {
          LocalDate ref = c.reference();
          return ref == null ? self.unanchored(c, unanchored) : resolver.resolve(c, self, ref);
        });
  }

  int length() {
    return end - begin;
  }

  boolean overlaps(TimexCandidate o) {
    return begin < o.end && o.begin < end;
  }

  TemporalExpression expression(
      TimexContext ctx, TimexType type, String value, DateInterval interval, DateBasis basis) {
    if (interval != null && !TimexValues.onCalendar(interval)) {
      return null; // "232,000 years ago": no date a news event can have, so no expression
    }
    return new TemporalExpression(
        begin, end, ctx.text().substring(begin, end), type, value, interval, basis);
  }

  /** A relative date with no reference date to count from: its value only, no interval. */
  TemporalExpression unanchored(TimexContext ctx, String value) {
    return expression(ctx, TimexType.DATE, value, null, DateBasis.RELATIVE);
  }

  /** An anchored date expression whose value is the interval's own. */
  TemporalExpression date(TimexContext ctx, DateInterval interval, DateBasis basis) {
    return expression(ctx, TimexType.DATE, TimexValues.value(interval), interval, basis);
  }
}
