package org.annals.report;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.timeline.PeriodType;

/**
 * The calendar period a report covers, written as in the {@code dyads} table's {@code period}
 * column: {@code 2012} (year), {@code 2012-Q2} (quarter), {@code 2012-04} (month) or {@code
 * 2012-W17} (ISO 8601 week, Monday to Sunday). Immutable.
 *
 * @param type the kind of period
 * @param label the canonical label, e.g. {@code 2012-W05} for input {@code 2012-w5}
 * @param start first day, inclusive
 * @param end last day, inclusive
 */
public record ReportPeriod(PeriodType type, String label, LocalDate start, LocalDate end) {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-[Ww](\\d{1,2})");

  /**
   * Parses a period label.
   *
   * @throws IllegalArgumentException with a message that names the accepted forms when {@code text}
   *     is none of them or names no real period (month 13, week 54)
   */
  public static ReportPeriod parse(String text) {
    String t = text == null ? "" : text.strip();
    Matcher m;
    try {
      if ((m = YEAR.matcher(t)).matches()) {
        return of(PeriodType.YEAR, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
      }
      if ((m = QUARTER.matcher(t)).matches()) {
        int q = Integer.parseInt(m.group(2));
        return of(PeriodType.QUARTER, LocalDate.of(Integer.parseInt(m.group(1)), 3 * q - 2, 1));
      }
      if ((m = MONTH.matcher(t)).matches()) {
        return of(
            PeriodType.MONTH,
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
      }
      if ((m = WEEK.matcher(t)).matches()) {
        return week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), t);
      }
    } catch (DateTimeException e) {
      throw malformed(t, e.getMessage());
    }
    throw malformed(t, null);
  }

  /** The period of {@code type} that contains {@code day}. */
  public static ReportPeriod of(PeriodType type, LocalDate day) {
    return new ReportPeriod(type, type.periodOf(day), type.start(day), type.end(day));
  }

  private static ReportPeriod week(int year, int week, String text) {
    LocalDate jan4 = LocalDate.of(year, 1, 4);
    long weeks = jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    if (week < 1 || week > weeks) {
      throw malformed(text, year + " has ISO weeks 1 to " + weeks);
    }
    LocalDate monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    return of(PeriodType.WEEK, monday);
  }

  private static IllegalArgumentException malformed(String text, String why) {
    return new IllegalArgumentException(
        "period: '"
            + text
            + "' is not a period; use a year (2012), quarter (2012-Q2), month"
            + " (2012-04) or ISO week (2012-W17)"
            + (why == null ? "" : " (" + why + ")"));
  }

  /** True when {@code day} lies in this period. */
  public boolean contains(LocalDate day) {
    return day != null && !day.isBefore(start) && !day.isAfter(end);
  }

  /** Number of days, at least 1. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * The period type a time series over this period is drawn in by default: months for a year or a
   * quarter, weeks for a month or a week. Events known only to the month count in no week, so a
   * quarter is drawn by month rather than by thirteen sparse weeks.
   */
  public PeriodType seriesType() {
    return type == PeriodType.YEAR || type == PeriodType.QUARTER
        ? PeriodType.MONTH
        : PeriodType.WEEK;
  }

  /**
   * The periods of {@code seriesType} that overlap this period, in order. A week series over a
   * month includes the weeks that straddle its first and last days.
   */
  public List<ReportPeriod> series(PeriodType seriesType) {
    List<ReportPeriod> out = new ArrayList<>();
    LocalDate day = start;
    while (!day.isAfter(end)) {
      ReportPeriod p = of(seriesType, day);
      out.add(p);
      day = p.end().plusDays(1);
    }
    return out;
  }

  /** A readable name: "2012-Q2 (1 April – 30 June 2012)". */
  public String describe() {
    return label + " (" + ReportFormat.day(start) + " – " + ReportFormat.day(end) + ")";
  }
}
