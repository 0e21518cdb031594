package org.annals.time;

import java.util.Locale;

/** How precisely a date is known. Written lower-case in the output tables. */
public enum Granularity {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR,
  DECADE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
