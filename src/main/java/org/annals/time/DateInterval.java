package org.annals.time;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar interval with the granularity the text gave: "last November" is 2011-11-01 ..
 * 2011-11-30 at {@link Granularity#MONTH}. Both ends are inclusive.
 */
public record DateInterval(LocalDate begin, LocalDate end, Granularity granularity)
    implements Serializable {

  public DateInterval {
    Objects.requireNonNull(begin, "begin");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(granularity, "granularity");
    if (end.isBefore(begin)) {
      throw new IllegalArgumentException("end " + end + " is before begin " + begin);
    }
  }

  public static DateInterval day(LocalDate day) {
    return new DateInterval(day, day, Granularity.DAY);
  }

  /** True when the two intervals share at least one day. */
  public boolean overlaps(DateInterval other) {
    return !end.isBefore(other.begin) && !other.end.isBefore(begin);
  }

  /** True when {@code other} lies inside this interval. */
  public boolean contains(DateInterval other) {
    return !other.begin.isBefore(begin) && !other.end.isAfter(end);
  }
}
