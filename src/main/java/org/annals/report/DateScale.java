package org.annals.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps calendar days onto a horizontal pixel range: day {@code d} covers {@code [apply(d), apply(d
 * + 1))}, so the period {@code first..last} (inclusive) fills {@code x0..x1} exactly and an
 * interval of days is drawn from {@code apply(begin)} to {@code apply(end + 1)}. Immutable; no time
 * zone is involved.
 */
public record DateScale(LocalDate first, LocalDate last, double x0, double x1) {

  public DateScale {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last day " + last + " is before first day " + first);
    }
  }

  /** A tick on the time axis; major ticks carry a label. */
  public record Tick(LocalDate day, String label, boolean major) {}

  /** The left edge of {@code day}; days outside the period are clamped to its edges. */
  public double apply(LocalDate day) {
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    long offset = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(first, day)));
    return x0 + (x1 - x0) * offset / days;
  }

  /** The right edge of {@code day}: the left edge of the next day. */
  public double applyEnd(LocalDate day) {
    return apply(day.plusDays(1));
  }

  /**
   * Ticks for the period: month starts (labelled "Apr 2012" for January and the first, else "May")
   * over more than two months; Mondays ("16 Apr") with days as minor ticks over a month or a
   * quarter; every day ("Mon 16") over a fortnight or less.
   */
  public List<Tick> ticks() {
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    List<Tick> out = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (days > 62) {
        if (d.getDayOfMonth() == 1) {
          boolean withYear = d.getMonthValue() == 1 || d.equals(first);
          out.add(new Tick(d, month(d) + (withYear ? " " + d.getYear() : ""), true));
        } else if (d.getDayOfWeek() == DayOfWeek.MONDAY && days <= 120) {
          out.add(new Tick(d, "", false));
        }
      } else if (days > 14) {
        if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
          out.add(new Tick(d, d.getDayOfMonth() + " " + month(d), true));
        } else {
          out.add(new Tick(d, "", false));
        }
      } else {
        String dow = d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        out.add(new Tick(d, dow + " " + d.getDayOfMonth(), true));
      }
    }
    return out;
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
