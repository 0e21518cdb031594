package org.annals.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dyad sentiment over time as inline SVG small multiples, one panel per dyad: for each series
 * period (week or month) the mean sentiment of the pair's mentions as a dot sized by mentions (blue
 * above zero, red below), its 95% interval as a bar, consecutive periods joined by a line. Periods
 * without mentions are left empty; an interval that is unknown (one event) is not drawn.
 */
final class SentimentChart {

  static final double WIDTH = 1040;
  private static final double PANEL_W = 510;
  private static final double PANEL_H = 210;
  private static final double GAP = 20;
  private static final double PAD_LEFT = 44;
  private static final double PAD_RIGHT = 12;
  private static final double PAD_TOP = 30;
  private static final double PAD_BOTTOM = 34;
  static final String POSITIVE = "#2166ac";
  static final String NEGATIVE = "#c2372b";

  private SentimentChart() {}

  static String render(Report report, List<ReportPeriod> periods) {
    List<DyadSeries> dyads = report.dyads();
    int rows = (dyads.size() + 1) / 2;
    double height = rows * (PANEL_H + GAP);
    Svg svg =
        new Svg(
            WIDTH,
            height,
            "Dyad sentiment by " + report.seriesType().label() + " with 95% intervals");
    svg.raw("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    for (int i = 0; i < dyads.size(); i++) {
      double px = (i % 2) * (PANEL_W + GAP);
      double py = (i / 2) * (PANEL_H + GAP);
      panel(svg, report, dyads.get(i), periods, px, py);
    }
    return svg.toString();
  }

  private static void panel(
      Svg svg, Report report, DyadSeries series, List<ReportPeriod> periods, double px, double py) {
    DyadRow d = series.summary();
    double left = px + PAD_LEFT;
    double right = px + PANEL_W - PAD_RIGHT;
    double top = py + PAD_TOP;
    double bottom = py + PANEL_H - PAD_BOTTOM;
    LinearScale y = new LinearScale(-1, 1, bottom, top);
    svg.rect(
        px + 0.5, py + 0.5, PANEL_W - 1, PANEL_H - 1, "fill=\"none\" stroke=\"#d0d5db\" rx=\"4\"");
    svg.raw(
        "<text x=\""
            + Svg.n(px + 10)
            + "\" y=\""
            + Svg.n(py + 19)
            + "\"><tspan class=\"panel\">"
            + HtmlText.escape(d.actorA() + "–" + d.actorB())
            + "</tspan><tspan class=\"sub\" dx=\"8\">"
            + HtmlText.escape(
                report.actorName(d.actorA())
                    + " – "
                    + report.actorName(d.actorB())
                    + " · "
                    + d.nMentions()
                    + " mention"
                    + (d.nMentions() == 1 ? "" : "s"))
            + "</tspan></text>\n");
    for (double v : y.ticks(4)) {
      double ty = y.apply(v);
      svg.line(
          left,
          ty,
          right,
          ty,
          v == 0 ? "stroke=\"#777\" stroke-width=\"1\"" : "stroke=\"#e3e6ea\" stroke-width=\"1\"");
      svg.text(
          left - 6,
          ty + 4,
          ReportFormat.signed(v).replace(".00", ".0"),
          "class=\"tick\" text-anchor=\"end\"");
    }
    int n = periods.size();
    double band = (right - left) / Math.max(1, n);
    Map<String, DyadRow> byPeriod = new HashMap<>();
    series.points().forEach(p -> byPeriod.put(p.period(), p));
    int labelEvery = Math.max(1, (int) Math.ceil(n * 44 / (right - left)));
    for (int i = 0; i < n; i++) {
      if (i % labelEvery == 0) {
        svg.text(
            left + band * (i + 0.5),
            bottom + 16,
            shortLabel(periods.get(i)),
            "class=\"tick\" text-anchor=\"middle\"");
      }
    }
    Double lastX = null;
    Double lastY = null;
    for (int i = 0; i < n; i++) {
      DyadRow p = byPeriod.get(periods.get(i).label());
      if (p == null) {
        lastX = null;
        continue;
      }
      double cx = left + band * (i + 0.5);
      double cy = y.apply(p.sentimentMean());
      if (lastX != null) {
        svg.line(lastX, lastY, cx, cy, "stroke=\"#9aa3ad\" stroke-width=\"1.5\"");
      }
      lastX = cx;
      lastY = cy;
    }
    for (int i = 0; i < n; i++) {
      DyadRow p = byPeriod.get(periods.get(i).label());
      if (p == null) {
        continue;
      }
      double cx = left + band * (i + 0.5);
      double cy = y.apply(p.sentimentMean());
      String colour = p.sentimentMean() < 0 ? NEGATIVE : POSITIVE;
      svg.group(
          d.actorA()
              + "–"
              + d.actorB()
              + " "
              + p.period()
              + ": sentiment "
              + ReportFormat.signed(p.sentimentMean())
              + ", 95% interval "
              + ReportFormat.interval(p.sentimentCiLow(), p.sentimentCiHigh())
              + ", "
              + p.nMentions()
              + " mentions, "
              + p.nEvents()
              + " events");
      if (p.sentimentCiLow() != null && p.sentimentCiHigh() != null) {
        double y0 = y.apply(p.sentimentCiLow());
        double y1 = y.apply(p.sentimentCiHigh());
        double cap = Math.min(8, band / 4);
        svg.rect(cx - cap, y1, 2 * cap, y0 - y1, "fill=\"" + colour + "\" fill-opacity=\"0.18\"");
        svg.line(cx, y0, cx, y1, "stroke=\"" + colour + "\" stroke-width=\"2\"");
        svg.line(cx - cap, y0, cx + cap, y0, "stroke=\"" + colour + "\" stroke-width=\"2\"");
        svg.line(cx - cap, y1, cx + cap, y1, "stroke=\"" + colour + "\" stroke-width=\"2\"");
      }
      double r = 3.5 + Math.min(5, Math.sqrt(p.nMentions()));
      svg.circle(cx, cy, r, "fill=\"" + colour + "\" stroke=\"#fff\" stroke-width=\"1\"");
      svg.end();
    }
  }

  /** "W17" for a week, "Apr" for a month, the label otherwise. */
  static String shortLabel(ReportPeriod p) {
    return switch (p.type()) {
      case WEEK -> p.label().substring(5);
      case MONTH -> ReportFormat.day(p.start()).replaceAll("^\\d+ (\\w{3})\\w* .*$", "$1");
      default -> p.label();
    };
  }
}
