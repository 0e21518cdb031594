package org.annals.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
