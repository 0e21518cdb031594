package org.annals.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** TIMEX3 values and calendar intervals for the units the grammar knows. Stateless. */
final class TimexValues {

  static final int MIN_YEAR = 1000;
  static final int MAX_YEAR = 2999;

  private TimexValues() {}

  static boolean plausibleYear(int year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  /**
   * Whether a resolved interval lies in the years a news date can have ({@value #MIN_YEAR} to
   * {@value #MAX_YEAR}, as for years written out): arithmetic on a misread amount ("232,000 year
   * ago" in an earnings table) must not give a date.
   */
  static boolean onCalendar(DateInterval interval) {
    return plausibleYear(interval.begin().getYear()) && plausibleYear(interval.end().getYear());
  }

  static String year4(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }

  static DateInterval dayInterval(LocalDate d) {
    return DateInterval.day(d);
  }

  static String dayValue(LocalDate d) {
    return d.toString();
  }

  static DateInterval weekInterval(LocalDate d) {
    LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new DateInterval(monday, monday.plusDays(6), Granularity.WEEK);
  }

  static String weekValue(LocalDate d) {
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static DateInterval weekendInterval(LocalDate d) {
    LocalDate saturday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
    return new DateInterval(saturday, saturday.plusDays(1), Granularity.WEEK);
  }

  static DateInterval monthInterval(int year, int month) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new DateInterval(first, first.plusMonths(1).minusDays(1), Granularity.MONTH);
  }

  static String monthValue(int year, int month) {
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }

  static DateInterval quarterInterval(int year, int quarter) {
    LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
    return new DateInterval(first, first.plusMonths(3).minusDays(1), Granularity.QUARTER);
  }

  static String quarterValue(int year, int quarter) {
    return year4(year) + "-Q" + quarter;
  }

  static int quarterOf(LocalDate d) {
    return (d.getMonthValue() - 1) / 3 + 1;
  }

  /** Half years are reported at quarter granularity, the closest the output tables know. */
  static DateInterval halfInterval(int year, int half) {
    LocalDate first = LocalDate.of(year, half == 1 ? 1 : 7, 1);
    return new DateInterval(first, first.plusMonths(6).minusDays(1), Granularity.QUARTER);
  }

  static DateInterval yearInterval(int year) {
    return new DateInterval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR);
  }

  /** The decade starting at {@code firstYear} (a multiple of ten), value e.g. {@code 199}. */
  static DateInterval decadeInterval(int firstYear) {
    return new DateInterval(
        LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 9, 12, 31), Granularity.DECADE);
  }

  static String decadeValue(int firstYear) {
    return String.format(Locale.ROOT, "%03d", firstYear / 10);
  }

  /** Season code (SP, SU, FA, WI) of {@code year}; winter runs from December into next year. */
  static DateInterval seasonInterval(int year, String code) {
    int startMonth = seasonStartMonth(code);
    LocalDate first = LocalDate.of(year, startMonth, 1);
    return new DateInterval(first, first.plusMonths(3).minusDays(1), Granularity.QUARTER);
  }

  static int seasonStartMonth(String code) {
    switch (code) {
      case "SP":
        return 3;
      case "SU":
        return 6;
      case "FA":
        return 9;
      default:
        return 12;
    }
  }

  /**
   * The value of an interval at its own granularity (seasons and halves are formatted by callers).
   */
  static String value(DateInterval interval) {
    LocalDate b = interval.begin();
    switch (interval.granularity()) {
      case DAY:
        return dayValue(b);
      case WEEK:
        return weekValue(b);
      case MONTH:
        return monthValue(b.getYear(), b.getMonthValue());
      case QUARTER:
        return quarterValue(b.getYear(), quarterOf(b));
      case YEAR:
        return year4(b.getYear());
      default:
        return decadeValue(b.getYear());
    }
  }

  /** The interval of the given granularity that contains {@code d}. */
  static DateInterval containing(LocalDate d, Granularity g) {
    switch (g) {
      case DAY:
        return dayInterval(d);
      case WEEK:
        return weekInterval(d);
      case MONTH:
        return monthInterval(d.getYear(), d.getMonthValue());
      case QUARTER:
        return quarterInterval(d.getYear(), quarterOf(d));
      case YEAR:
        return yearInterval(d.getYear());
      default:
        return decadeInterval(d.getYear() / 10 * 10);
    }
  }

  /** Unit letter of a duration unit to the granularity of a point that far away. */
  static Granularity granularityOfUnit(String unitCode) {
    switch (unitCode) {
      case "D":
        return Granularity.DAY;
      case "W":
      case "2W":
        return Granularity.WEEK;
      case "M":
        return Granularity.MONTH;
      case "3M":
        return Granularity.QUARTER;
      case "Y":
        return Granularity.YEAR;
      default:
        return Granularity.DECADE;
    }
  }

  /** {@code d} moved by {@code n} units (negative: into the past). */
  static LocalDate shift(LocalDate d, String unitCode, long n) {
    switch (unitCode) {
      case "D":
        return d.plusDays(n);
      case "W":
        return d.plusWeeks(n);
      case "2W":
        return d.plusWeeks(2 * n);
      case "M":
        return d.plusMonths(n);
      case "3M":
        return d.plusMonths(3 * n);
      case "Y":
        return d.plusYears(n);
      case "10Y":
        return d.plusYears(10 * n);
      default:
        return d.plusYears(100 * n);
    }
  }
}
