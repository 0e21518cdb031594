package org.annals.publish;

import java.time.LocalDate;

/**
 * Values in PostgreSQL's COPY text format: columns separated by tabs, rows ended by a newline,
 * {@code \N} for null, and backslash escapes for backslash, tab, newline and carriage return. Array
 * values are written as array literals ({@code {"a","b"}}), escaped once for the literal and once
 * for the text format. PostgreSQL text cannot hold the NUL character: it becomes U+FFFD.
 *
 * <p>Stateless; every method appends to the caller's builder.
 */
public final class PgCopyText {

  private PgCopyText() {}

  public static final String NULL = "\\N";

  /** Appends a text value, escaped for the COPY text format. */
  public static void appendText(StringBuilder out, String value) {
    if (value == null) {
      out.append(NULL);
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\0' -> out.append('\uFFFD');
        default -> out.append(c);
      }
    }
  }

  /** Appends a {@code text[]} value; null elements become SQL NULLs inside the array. */
  public static void appendTextArray(StringBuilder out, Object[] values) {
    if (values == null) {
      out.append(NULL);
      return;
    }
    StringBuilder literal = new StringBuilder(16 * values.length + 2).append('{');
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        literal.append(',');
      }
      if (values[i] == null) {
        literal.append("NULL");
      } else {
        literal.append('"');
        String s = values[i].toString();
        for (int j = 0; j < s.length(); j++) {
          char c = s.charAt(j);
          if (c == '"' || c == '\\') {
            literal.append('\\');
          }
          literal.append(c);
        }
        literal.append('"');
      }
    }
    appendText(out, literal.append('}').toString());
  }

  /** Appends a double; NaN and the infinities as PostgreSQL spells them. */
  public static void appendDouble(StringBuilder out, double value) {
    if (Double.isNaN(value)) {
      out.append("NaN");
    } else if (Double.isInfinite(value)) {
      out.append(value > 0 ? "Infinity" : "-Infinity");
    } else {
      out.append(value);
    }
  }

  public static void appendBoolean(StringBuilder out, boolean value) {
    out.append(value ? 't' : 'f');
  }

  /**
   * A date as PostgreSQL reads it in any {@code DateStyle}: ISO {@code yyyy-MM-dd}, years before 1
   * as {@code yyyy-MM-dd BC} (ISO year 0 is 1 BC) and years after 9999 without the {@code +} that
   * {@link LocalDate#toString()} puts before them.
   */
  public static void appendDate(StringBuilder out, LocalDate date) {
    int year = date.getYear();
    int shown = year > 0 ? year : 1 - year;
    if (shown < 1000) {
      out.append("0".repeat(shown < 10 ? 3 : shown < 100 ? 2 : 1));
    }
    out.append(shown).append('-');
    if (date.getMonthValue() < 10) {
      out.append('0');
    }
    out.append(date.getMonthValue()).append('-');
    if (date.getDayOfMonth() < 10) {
      out.append('0');
    }
    out.append(date.getDayOfMonth());
    if (year <= 0) {
      out.append(" BC");
    }
  }
}
