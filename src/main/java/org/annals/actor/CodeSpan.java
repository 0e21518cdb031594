package org.annals.actor;

import java.time.LocalDate;

/**
 * An actor code valid for a period: {@code TJKGOV} from 1992-11-19 on.
 *
 * @param code CAMEO actor code, upper case
 * @param from first day the code applies, or null when open
 * @param to last day the code applies, or null when open
 * @param dated false for a code given without any date (the actor's default)
 */
public record CodeSpan(String code, LocalDate from, LocalDate to, boolean dated) {

  /** True when {@code date} falls in the period. */
  public boolean contains(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /** Days between {@code date} and the period (0 inside it). */
  public long distance(LocalDate date) {
    if (from != null && date.isBefore(from)) {
      return from.toEpochDay() - date.toEpochDay();
    }
    if (to != null && date.isAfter(to)) {
      return date.toEpochDay() - to.toEpochDay();
    }
    return 0;
  }
}
