package org.annals.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PgCopyTextTest {

  static String text(String s) {
    StringBuilder b = new StringBuilder();
    PgCopyText.appendText(b, s);
    return b.toString();
  }

  static String array(Object... values) {
    StringBuilder b = new StringBuilder();
    PgCopyText.appendTextArray(b, values);
    return b.toString();
  }

  @Test
  void textEscapesWhatWouldEndAFieldOrARow() {
    assertEquals("a\\tb\\nc\\rd\\\\e", text("a\tb\nc\rd\\e"));
    assertEquals("\"quoted\", é", text("\"quoted\", é"));
    assertEquals("\\N", text(null));
    assertEquals("", text(""));
    assertEquals("\\\\N", text("\\N"), "the text \\N is not a null");
  }

  @Test
  void nulCharactersCannotBeStoredAndBecomeReplacementCharacters() {
    assertEquals("a\uFFFDb", text("a\0b"));
  }

  @Test
  void arraysAreQuotedLiteralsEscapedTwice() {
    assertEquals("{\"a\",\"b c\"}", array("a", "b c"));
    // Inside the literal: \" and \\; then the text format doubles each backslash.
    assertEquals("{\"x\\\\\"y\\\\\\\\z\"}", array("x\"y\\z"));
    assertEquals("{\"a,b{c}\",NULL}", array("a,b{c}", null));
    assertEquals("{}", array());
    assertEquals("{\"two\\nlines\"}", array("two\nlines"));
  }

  @Test
  void doublesUsePostgresSpellings() {
    StringBuilder b = new StringBuilder();
    PgCopyText.appendDouble(b, Double.NaN);
    b.append(' ');
    PgCopyText.appendDouble(b, Double.NEGATIVE_INFINITY);
    b.append(' ');
    PgCopyText.appendDouble(b, 0.1);
    b.append(' ');
    PgCopyText.appendDouble(b, 1e-7);
    assertEquals("NaN -Infinity 0.1 1.0E-7", b.toString());
  }

  @Test
  void datesBeforeYearOneAndAfter9999AreSpelledAsPostgresReadsThem() {
    assertEquals("2012-04-17", date(LocalDate.of(2012, 4, 17)));
    assertEquals("0044-03-15", date(LocalDate.of(44, 3, 15)));
    assertEquals("0044-03-15 BC", date(LocalDate.of(-43, 3, 15)), "ISO year -43 is 44 BC");
    assertEquals("0001-01-01 BC", date(LocalDate.of(0, 1, 1)));
    assertEquals("12000-01-01", date(LocalDate.of(12000, 1, 1)), "no leading +");
  }

  private static String date(LocalDate d) {
    StringBuilder b = new StringBuilder();
    PgCopyText.appendDate(b, d);
    return b.toString();
  }
}
