package org.annals.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates from metadata strings. The day is the one the value names in the writer's own
 * time: "2012-04-23T23:30:00-05:00" and "April 23, 2012 10:15 PM EST" both give 2012-04-23, not the
 * UTC day (2012-04-24), because relative expressions in the text ("yesterday", "on Monday") refer
 * to the writer's local date. Offsets and zone names are read but never applied; only epoch
 * timestamps, which carry no local time, give their UTC day.
 *
 * <p>Accepted exactly ({@link PublishedBasis#METADATA}): ISO 8601 dates and date-times
 * ("2012-04-23", "2012-04-23T10:00:00Z", "2017-12-30 00:00:00", "2012-04-23 22:15:00 EST",
 * "20120423"), RFC 1123 ("Mon, 23 Apr 2012 10:00:00 GMT"), epoch seconds or milliseconds, and
 * English dates with an optional weekday and clock time ("April 23, 2012", "Monday, 23 April 2012
 * 18.00 BST", "Apr. 23, 2012 at 10:15 am EST"). Anything else that still holds a recognisable day
 * ("31-MAR-1987 605:12:19.12", "2012-04-23 at noon") gives that day with basis {@link
 * PublishedBasis#RECOVERED}. Years outside 1800-2200 are rejected as implausible.
 *
 * <p>Stateless and thread-safe; no default time zone or clock is consulted.
 */
public final class PublishedDates {

  /** A parsed publication day and where it came from. */
  public record Parsed(LocalDate date, PublishedBasis basis) {}

  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern ISO_LOCAL =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)?");
  private static final Pattern LOOSE_OFFSET =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)"
              + "\\s*(?:[+-]\\d{2}:?\\d{2}|Z|[A-Z]{2,5})");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
  private static final Pattern SLASHED_YMD = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[ \\-./]+([A-Za-z]{3,9})\\.?,?[ \\-./]+(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([A-Za-z]{3,9})\\.?[ \\-]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\-]+(\\d{4})");

  /** A clock time and zone that may follow an English date ("10:15 am EST", "at 18.00 BST"). */
  private static final String TIME_SUFFIX =
      "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[aApP]\\.?[mM]\\.?)?"
          + "(?:\\s*(?:[A-Z]{2,5}|[+-]\\d{2}:?\\d{2}))?)?";

  private static final Pattern DAY_MONTH_YEAR_TIME =
      Pattern.compile(DAY_MONTH_YEAR.pattern() + TIME_SUFFIX);
  private static final Pattern MONTH_DAY_YEAR_TIME =
      Pattern.compile(MONTH_DAY_YEAR.pattern() + TIME_SUFFIX);

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("january", 1),
          Map.entry("feb", 2),
          Map.entry("february", 2),
          Map.entry("mar", 3),
          Map.entry("march", 3),
          Map.entry("apr", 4),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("june", 6),
          Map.entry("jul", 7),
          Map.entry("july", 7),
          Map.entry("aug", 8),
          Map.entry("august", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("september", 9),
          Map.entry("oct", 10),
          Map.entry("october", 10),
          Map.entry("nov", 11),
          Map.entry("november", 11),
          Map.entry("dec", 12),
          Map.entry("december", 12));

  private PublishedDates() {}

  /** The day of {@code value}, or null when it holds none (null, blank, garbage, implausible). */
  public static Parsed parse(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    if (s.isEmpty() || s.length() > 200) {
      return null;
    }
    LocalDate exact = exact(s);
    if (exact != null) {
      return new Parsed(exact, PublishedBasis.METADATA);
    }
    LocalDate found = find(s);
    return found == null ? null : new Parsed(found, PublishedBasis.RECOVERED);
  }

  private static LocalDate exact(String s) {
    char c0 = s.charAt(0);
    if (Character.isDigit(c0)) {
      Matcher m = ISO_LOCAL.matcher(s);
      if (m.matches()) {
        return day(m.group(1), m.group(2), m.group(3));
      }
      m = COMPACT.matcher(s);
      if (m.matches()) {
        return day(m.group(1), m.group(2), m.group(3));
      }
      if (EPOCH.matcher(s).matches()) {
        long v = Long.parseLong(s);
        Instant t = s.length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        return plausible(t.atOffset(ZoneOffset.UTC).toLocalDate());
      }
      try {
        return plausible(
            OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toLocalDate());
      } catch (DateTimeParseException e) {
        // not an offset date-time
      }
      try {
        return plausible(
            ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toLocalDate());
      } catch (DateTimeParseException e) {
        // not a zoned date-time
      }
      m = LOOSE_OFFSET.matcher(s);
      if (m.matches() && isClockTime(m.group(2))) {
        return day(m.group(1).substring(0, 4), m.group(1).substring(5, 7), m.group(1).substring(8));
      }
    }
    if (Character.isLetter(c0)) {
      try {
        return plausible(
            ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
      } catch (DateTimeParseException e) {
        // not RFC 1123
      }
      String dated = s.replaceFirst("^(?i)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", "");
      Matcher m = MONTH_DAY_YEAR_TIME.matcher(dated);
      if (m.matches()) {
        return named(m.group(2), m.group(1), m.group(3));
      }
      s = dated;
    }
    Matcher m = DAY_MONTH_YEAR_TIME.matcher(s);
    if (m.matches()) {
      return named(m.group(1), m.group(2), m.group(3));
    }
    return null;
  }

  /** The first recognisable day anywhere in {@code s}. */
  static LocalDate find(String s) {
    Matcher m = ISO_DAY.matcher(s);
    while (m.find()) {
      LocalDate d = day(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    m = SLASHED_YMD.matcher(s);
    while (m.find()) {
      LocalDate d = day(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    m = DAY_MONTH_YEAR.matcher(s);
    while (m.find()) {
      LocalDate d = named(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    m = MONTH_DAY_YEAR.matcher(s);
    while (m.find()) {
      LocalDate d = named(m.group(2), m.group(1), m.group(3));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static boolean isClockTime(String hhmmss) {
    try {
      LocalTime.parse(hhmmss, DateTimeFormatter.ISO_LOCAL_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static LocalDate named(String day, String month, String year) {
    Integer mo = MONTHS.get(month.toLowerCase(Locale.ROOT));
    return mo == null ? null : day(year, String.valueOf(mo), day);
  }

  private static LocalDate day(String year, String month, String day) {
    try {
      return plausible(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate plausible(LocalDate d) {
    return d.getYear() < 1800 || d.getYear() > 2200 ? null : d;
  }
}
