package org.annals.report;

/**
 * Escapes text for HTML and inline SVG. Every string that comes from an article (titles, sentences,
 * actor names, labels, ids) goes through {@link #escape} before it is written, so that no article
 * can add markup or script to a report.
 */
public final class HtmlText {

  private HtmlText() {}

  /**
   * Text safe in element content and in double- or single-quoted attribute values: {@code & < > "
   * '} become character references, and control characters that HTML forbids (and that XML parsers
   * reject in SVG) are dropped. Null becomes the empty string.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            if (c != 0x7f && !(c >= 0xfffe)) {
              out.append(c);
            }
          }
        }
      }
    }
    return out.toString();
  }
}
