package org.annals.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number and date formats shared by the HTML and Markdown reports; locale-independent. */
final class ReportFormat {

  private ReportFormat() {}

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  /** "23 April 2012". */
  static String day(LocalDate d) {
    return d == null ? "" : DAY.format(d);
  }

  /**
   * An event's date as precisely as it is known: "23 April 2012", "November 2011", "2014", "Q2
   * 2012", or "2012-04-16 – 2012-04-22" for a week; "undated" when unknown.
   */
  static String eventDate(LocalDate begin, LocalDate end, String granularity) {
    if (begin == null) {
      return "undated";
    }
    String g = granularity == null ? "day" : granularity;
    return switch (g) {
      case "month" -> MONTH.format(begin);
      case "quarter" -> "Q" + ((begin.getMonthValue() - 1) / 3 + 1) + " " + begin.getYear();
      case "year" -> String.valueOf(begin.getYear());
      case "decade" -> begin.getYear() + "s";
      case "week" -> "week of " + day(begin);
      default -> end == null || end.equals(begin) ? day(begin) : begin + " – " + end;
    };
  }

  /** A signed number with two decimals: "+0.42", "-0.10", "0.00". */
  static String signed(double v) {
    if (Math.abs(v) < 0.005) {
      return "0.00";
    }
    return String.format(Locale.ROOT, "%+.2f", v);
  }

  /** A number with one decimal. */
  static String oneDecimal(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** A 95% interval "[-0.20, +0.35]", or "n/a" when unknown. */
  static String interval(Double low, Double high) {
    return low == null || high == null ? "n/a" : "[" + signed(low) + ", " + signed(high) + "]";
  }

  /** A count with thousands separators: "12,345". */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
