package org.annals.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calendar periods dyads are counted by, with their labels: {@code 2012-W17} (ISO 8601 week,
 * Monday to Sunday, numbered in its week-based year), {@code 2011-11}, {@code 2012-Q2}, {@code
 * 2012}. Periods are calendar days, independent of any time zone.
 */
public enum PeriodType {
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  /** Most days whose period is remembered per type (a collection spans far fewer). */
  private static final int CACHED_DAYS = 100_000;

  /** The period containing a day: its label, first and last day. */
  record Span(String label, LocalDate start, LocalDate end) {}

  /** Spans by day, since dyads ask for the same few thousand days millions of times. */
  private final transient ConcurrentHashMap<LocalDate, Span> spans = new ConcurrentHashMap<>();

  /** The period containing {@code day}, as {@link #periodOf}, {@link #start} and {@link #end}. */
  Span span(LocalDate day) {
    Span s = spans.get(day);
    if (s == null) {
      s = new Span(periodOf(day), start(day), end(day));
      if (spans.size() < CACHED_DAYS) {
        spans.put(day, s);
      }
    }
    return s;
  }

  /** Lower-case name as written in the {@code period_type} column. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** First day of the period containing {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /** Last day of the period containing {@code day}. */
  public LocalDate end(LocalDate day) {
    return switch (this) {
      case WEEK -> start(day).plusDays(6);
      case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
      case QUARTER -> start(day).plusMonths(3).minusDays(1);
      case YEAR -> day.with(TemporalAdjusters.lastDayOfYear());
    };
  }

  /** The label of the period containing {@code day}. */
  public String periodOf(LocalDate day) {
    return switch (this) {
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%04d-W%02d",
              day.get(IsoFields.WEEK_BASED_YEAR),
              day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
      case QUARTER ->
          String.format(Locale.ROOT, "%04d-Q%d", day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
      case YEAR -> String.format(Locale.ROOT, "%04d", day.getYear());
    };
  }

  /**
   * True when the interval {@code begin..end} (inclusive) lies inside one period of this type, so
   * that an event known to that precision can be counted in it: a day fits every type, the month
   * 2011-11 fits month, quarter and year but no week.
   */
  public boolean fitsOnePeriod(LocalDate begin, LocalDate end) {
    return !end.isAfter(span(begin).end());
  }
}
