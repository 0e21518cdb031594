package org.annals.report;

/**
 * Escapes article text for Markdown (CommonMark and GitHub tables). Markdown passes raw HTML
 * through, so markup characters become character references as in {@link HtmlText}; characters that
 * start emphasis, links, code, strike-through or table cells are backslash-escaped anywhere, and
 * those that start a heading, list or quote only at the start of the text; line breaks become
 * spaces so that a sentence stays in its table cell or list item. Dates, versions and CAMEO codes
 * ({@code 2012-04}, {@code ---GOV}) stay readable in the Markdown source.
 */
public final class MarkdownText {

  private MarkdownText() {}

  private static final String BACKSLASHED = "\\`*_[]|~";
  private static final String LINE_START = "#-+=";

  /** Text safe inside a Markdown paragraph, list item or table cell. Null becomes "". */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int digits = 0;
    while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean listNumber = i == digits && digits > 0 && (c == '.' || c == ')');
      if ((i == 0 && LINE_START.indexOf(c) >= 0) || listNumber) {
        out.append('\\').append(c);
      } else if (c == '\n' || c == '\r' || c == '\t') {
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
