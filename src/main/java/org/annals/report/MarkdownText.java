package org.annals.report;

/**
 * Escapes article text for Markdown (CommonMark and GitHub tables). Markdown passes raw HTML
 * through, so markup characters become character references as in {@link HtmlText}; characters
 * that start emphasis, links, code or table cells are backslash-escaped; line breaks become
 * spaces so that a sentence stays in its table cell or list item.
 */
public final class MarkdownText {

  private MarkdownText() {}

  private static final String BACKSLASHED = "\\`*_{}[]()#+-.!|~";

  /** Text safe inside a Markdown paragraph, list item or table cell. Null becomes "". */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (c == '&') {
        out.append("&amp;");
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (BACKSLASHED.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c != 0x7f) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
