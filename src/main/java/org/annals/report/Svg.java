package org.annals.report;

import java.util.Locale;

/**
 * A small writer of inline SVG: numbers in a locale-independent short form, every text and
 * attribute value escaped with {@link HtmlText}.
 */
final class Svg {

  private final StringBuilder out = new StringBuilder(8192);

  Svg(double width, double height, String label) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
        .append(n(width))
        .append("\" height=\"")
        .append(n(height))
        .append("\" viewBox=\"0 0 ")
        .append(n(width))
        .append(' ')
        .append(n(height))
        .append("\" aria-label=\"")
        .append(HtmlText.escape(label))
        .append("\">\n");
  }

  /** A number with at most one decimal, "." as separator. */
  static String n(double v) {
    if (Math.abs(v - Math.rint(v)) < 0.05) {
      return String.valueOf((long) Math.rint(v));
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Appends raw, already safe markup (element names and attributes this class built). */
  Svg raw(String markup) {
    out.append(markup);
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String attrs) {
    out.append("<line x1=\"")
        .append(n(x1))
        .append("\" y1=\"")
        .append(n(y1))
        .append("\" x2=\"")
        .append(n(x2))
        .append("\" y2=\"")
        .append(n(y2))
        .append("\" ")
        .append(attrs)
        .append("/>\n");
    return this;
  }

  Svg rect(double x, double y, double w, double h, String attrs) {
    out.append("<rect x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" width=\"")
        .append(n(Math.max(0, w)))
        .append("\" height=\"")
        .append(n(Math.max(0, h)))
        .append("\" ")
        .append(attrs)
        .append("/>\n");
    return this;
  }

  Svg circle(double cx, double cy, double r, String attrs) {
    out.append("<circle cx=\"")
        .append(n(cx))
        .append("\" cy=\"")
        .append(n(cy))
        .append("\" r=\"")
        .append(n(r))
        .append("\" ")
        .append(attrs)
        .append("/>\n");
    return this;
  }

  /** Text at (x, y); {@code text} is escaped. */
  Svg text(double x, double y, String text, String attrs) {
    out.append("<text x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" ")
        .append(attrs)
        .append('>')
        .append(HtmlText.escape(text))
        .append("</text>\n");
    return this;
  }

  /** Opens a group with a tooltip; {@code tooltip} is escaped. Close it with {@link #end}. */
  Svg group(String tooltip) {
    out.append("<g><title>").append(HtmlText.escape(tooltip)).append("</title>\n");
    return this;
  }

  Svg end() {
    out.append("</g>\n");
    return this;
  }

  @Override
  public String toString() {
    return out + "</svg>\n";
  }
}
