package org.annals.time;

import java.util.Locale;

/** Amounts ("two", "twenty-four", "a few", "18") and calendar units of the grammar. Stateless. */
final class Quantities {

  /** A unit word, singular or plural. */
  static final String UNIT =
      "(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centuries)s?";

  private Quantities() {}

  static String pattern(TimexVocabulary v) {
    return "(?:(?<![\\d,.])\\d+(?:,\\d{3})*(?:\\.\\d+)?|"
        + v.alternation("tens")
        + "(?:[\\s-]+"
        + v.alternation("number")
        + ")?|"
        + v.alternation("quantity")
        + "|"
        + v.alternation("number")
        + ")";
  }

  /** The amount as digits, "X" for vague amounts ("several"), or null when unreadable. */
  static String amount(TimexVocabulary v, String text) {
    String t = text.toLowerCase(Locale.ROOT).trim().replaceAll("[\\s-]+", " ");
    if (t.isEmpty()) {
      return null;
    }
    if (Character.isDigit(t.charAt(0))) {
      String digits = t.replace(",", "");
      if (digits.contains(".")
          || digits.length() > 6
          || !digits.chars().allMatch(Character::isDigit)) {
        return null;
      }
      long n = Long.parseLong(digits);
      return n == 0 ? null : String.valueOf(n);
    }
    String q = v.value("quantity", t);
    if (q != null) {
      return q;
    }
    String n = v.value("number", t);
    if (n != null) {
      return n;
    }
    String[] parts = t.split(" ");
    String tens = v.value("tens", parts[0]);
    if (tens == null) {
      return null;
    }
    int value = Integer.parseInt(tens);
    if (parts.length > 1) {
      String unit = v.value("number", parts[1]);
      if (unit == null) {
        return null;
      }
      value += Integer.parseInt(unit);
    }
    return String.valueOf(value);
  }

  /** Unit code: D, W, 2W, M, 3M, Y, 10Y, 100Y, or TS/TM/TH for clock units. */
  static String unitCode(String unitWord) {
    String u = unitWord.toLowerCase(Locale.ROOT);
    if (u.startsWith("centur")) {
      return "100Y";
    }
    if (u.endsWith("s")) {
      u = u.substring(0, u.length() - 1);
    }
    switch (u) {
      case "second":
        return "TS";
      case "minute":
        return "TM";
      case "hour":
        return "TH";
      case "day":
        return "D";
      case "week":
        return "W";
      case "fortnight":
        return "2W";
      case "month":
        return "M";
      case "quarter":
        return "3M";
      case "year":
        return "Y";
      case "decade":
        return "10Y";
      default:
        return "100Y";
    }
  }

  /** ISO 8601 duration for an amount (digits or X) of a unit code: P2W, PT24H, PXY. */
  static String duration(String amount, String unit) {
    boolean vague = amount.equals("X");
    long n = vague ? 0 : Long.parseLong(amount);
    switch (unit) {
      case "TS":
      case "TM":
      case "TH":
        return "PT" + (vague ? "X" : String.valueOf(n)) + unit.charAt(1);
      case "2W":
        return "P" + (vague ? "X" : String.valueOf(2 * n)) + "W";
      case "3M":
        return vague ? "PXQ" : "P" + 3 * n + "M";
      case "10Y":
        return vague ? "PXDE" : "P" + 10 * n + "Y";
      case "100Y":
        return vague ? "PXCE" : "P" + 100 * n + "Y";
      default:
        return "P" + (vague ? "X" : String.valueOf(n)) + unit;
    }
  }

  /**
   * ISO 8601 duration for an amount and a half of a unit ("2 1/2 years" = P2Y6M, "an hour and a
   * half" = PT1H30M), the half written in the next smaller unit as TimeML does; null for units
   * whose half has no whole smaller unit (weeks, months, quarters, seconds).
   */
  static String durationAndAHalf(String amount, String unit) {
    long n = Long.parseLong(amount);
    switch (unit) {
      case "TM":
        return "PT" + n + "M30S";
      case "TH":
        return "PT" + n + "H30M";
      case "D":
        return "P" + n + "DT12H";
      case "Y":
        return "P" + n + "Y6M";
      case "10Y":
        return "P" + (10 * n + 5) + "Y";
      case "100Y":
        return "P" + (100 * n + 50) + "Y";
      default:
        return null;
    }
  }
}
