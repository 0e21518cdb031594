package org.annals.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TextEscapingTest {

  @Test
  void htmlEscapesMarkupQuotesAndAmpersands() {
    assertEquals(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; co ]]&gt;",
        HtmlText.escape("<script>alert(\"x\")</script> O'Brien & co ]]>"));
  }

  @Test
  void htmlDropsControlCharactersButKeepsTextAndLineBreaks() {
    assertEquals("ab\nc – Душанбе", HtmlText.escape("a\u0000b\nc\u0007 – Душанбе"));
    assertEquals("", HtmlText.escape(null));
  }

  @Test
  void htmlEscapingIsNotUndoneByEntitiesInTheText() {
    assertEquals("&amp;lt;script&amp;gt;", HtmlText.escape("&lt;script&gt;"));
  }

  @Test
  void markdownKeepsHostileTextInsideItsCell() {
    String s = MarkdownText.escape("<script>x</script> | [link](javascript:x) *bold* `code`\nnext");
    assertFalse(s.contains("<"), s);
    assertFalse(s.matches(".*[^\\\\]\\|.*"), "an unescaped pipe: " + s);
    assertFalse(s.contains("\n"), s);
    assertEquals(
        "&lt;script&gt;x&lt;/script&gt; \\| \\[link\\](javascript:x) \\*bold\\* \\`code\\` next",
        s);
  }

  @Test
  void markdownEscapesBlockMarkersOnlyAtTheStart() {
    assertEquals("\\# not a heading", MarkdownText.escape("# not a heading"));
    assertEquals("\\- not a list", MarkdownText.escape("- not a list"));
    assertEquals("1987\\. not a numbered list", MarkdownText.escape("1987. not a numbered list"));
    assertEquals("2012-04 ---GOV 0.1.0", MarkdownText.escape("2012-04 ---GOV 0.1.0"));
  }
}
