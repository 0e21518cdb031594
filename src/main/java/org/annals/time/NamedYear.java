package org.annals.time;

import java.time.LocalDate;

/**
 * The year a month, quarter or half is placed in: written out ("March 2012", explicit) or named
 * relative to the reference date ("March", "March last year", "next year's first half").
 */
record NamedYear(int year, DateBasis basis) {

  /**
   * The year of {@code yearText} when given, else the reference year shifted by {@code relative}
   * ("last", "next"; null or other words shift nothing); null when there is neither a year nor a
   * reference date.
   */
  static NamedYear of(String yearText, String relative, LocalDate reference) {
    if (yearText != null) {
      return new NamedYear(Integer.parseInt(yearText), DateBasis.EXPLICIT);
    }
    if (reference == null) {
      return null;
    }
    return new NamedYear(
        reference.getYear() + CalendarRules.relativeYear(relative), DateBasis.RELATIVE);
  }
}
