package org.annals.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The key events of a period on a time axis, as inline SVG: one lane per quad class, each event a
 * dot (known to the day) or a bar over the interval it is known to (a week, a month), coloured by
 * quad class and sized by mentions. Planned events are drawn hollow with a dashed outline, possible
 * ones with a dotted outline, negated ones hollow and struck through. Events also listed in the
 * report's table carry its number; key dates are marked with their rank above the axis.
 */
final class TimelineChart {

  static final double WIDTH = 1040;
  private static final double LEFT = 180;
  private static final double RIGHT = 24;
  private static final double TOP = 34;
  private static final double ROW = 22;
  private static final int MAX_ROWS = 6;
  private static final int MAX_EVENTS = 400;

  private TimelineChart() {}

  /** A placed mark: its lane row and horizontal extent including its number. */
  private record Placed(ReportEvent event, int row, double x0, double x1, double cx, double r) {}

  /**
   * @param numbers the table number of each listed event, by event id
   */
  static String render(
      ReportPeriod period,
      List<ReportEvent> events,
      List<KeyDateRow> keyDates,
      Map<String, Integer> numbers) {
    DateScale x = new DateScale(period.start(), period.end(), LEFT, WIDTH - RIGHT);
    List<ReportEvent> drawn = drawn(events, numbers);
    List<List<Placed>> lanes = new ArrayList<>();
    for (QuadClass q : QuadClass.values()) {
      lanes.add(
          place(x, drawn.stream().filter(e -> QuadClass.of(e.quadClass()) == q).toList(), numbers));
    }
    double[] laneTop = new double[5];
    double y = TOP;
    for (int i = 0; i < 4; i++) {
      laneTop[i] = y;
      int rows = lanes.get(i).stream().mapToInt(Placed::row).max().orElse(0) + 1;
      y += rows * ROW + 12;
    }
    laneTop[4] = y;
    double axisY = y + 2;
    double height = axisY + 64;

    Svg svg = new Svg(WIDTH, height, "Events of " + period.label() + " by date and quad class");
    svg.raw("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    axis(svg, x, axisY);
    for (int i = 0; i < 4; i++) {
      QuadClass q = QuadClass.values()[i];
      if (i % 2 == 0) {
        svg.rect(
            LEFT,
            laneTop[i] - 6,
            WIDTH - RIGHT - LEFT,
            laneTop[i + 1] - laneTop[i],
            "fill=\"#f6f7f9\"");
      }
      svg.rect(12, laneTop[i] + 2, 10, 10, "fill=\"" + q.colour + "\" rx=\"2\"");
      svg.text(28, laneTop[i] + 11, q.label, "class=\"lane\"");
    }
    keyDates(svg, x, keyDates, TOP - 14, axisY);
    for (int i = 0; i < 4; i++) {
      QuadClass q = QuadClass.values()[i];
      for (Placed p : lanes.get(i)) {
        mark(svg, p, q, laneTop[i] + p.row() * ROW + 7, numbers.get(p.event().eventId()));
      }
    }
    legend(svg, axisY + 40);
    return svg.toString();
  }

  /** The events to draw: the numbered ones always, then the most reported up to a cap. */
  private static List<ReportEvent> drawn(List<ReportEvent> events, Map<String, Integer> numbers) {
    if (events.size() <= MAX_EVENTS) {
      return events;
    }
    return events.stream()
        .sorted(
            Comparator.comparing((ReportEvent e) -> !numbers.containsKey(e.eventId()))
                .thenComparing(ReportReader.MOST_REPORTED))
        .limit(MAX_EVENTS)
        .toList();
  }

  /** Greedy row packing: each mark goes to the first row where it does not overlap. */
  private static List<Placed> place(
      DateScale x, List<ReportEvent> events, Map<String, Integer> numbers) {
    List<Placed> candidates = new ArrayList<>();
    for (ReportEvent e : events) {
      if (e.eventDate() == null) {
        continue;
      }
      double x0 = x.apply(e.eventDate());
      double x1 = x.applyEnd(e.lastDay());
      double r = 4 + Math.min(5, Math.sqrt(e.nMentions()));
      double cx = (x0 + x1) / 2;
      boolean bar = !e.lastDay().equals(e.eventDate()) && x1 - x0 > 2 * r + 2;
      double left = bar ? x0 : cx - r;
      double right = bar ? x1 : cx + r;
      Integer number = numbers.get(e.eventId());
      if (number != null) {
        right += 4 + 7 * String.valueOf(number).length();
      }
      candidates.add(new Placed(e, 0, left, right, cx, bar ? -1 : r));
    }
    candidates.sort(Comparator.comparingDouble(Placed::x0).thenComparing(p -> p.event().eventId()));
    List<Double> rowEnds = new ArrayList<>();
    List<Placed> out = new ArrayList<>();
    for (Placed p : candidates) {
      int row = 0;
      while (row < rowEnds.size() && rowEnds.get(row) > p.x0() - 2) {
        row++;
      }
      if (row >= MAX_ROWS) {
        row = MAX_ROWS - 1;
      }
      if (row == rowEnds.size()) {
        rowEnds.add(p.x1());
      } else {
        rowEnds.set(row, Math.max(rowEnds.get(row), p.x1()));
      }
      out.add(new Placed(p.event(), row, p.x0(), p.x1(), p.cx(), p.r()));
    }
    return out;
  }

  private static void mark(Svg svg, Placed p, QuadClass q, double cy, Integer number) {
    ReportEvent e = p.event();
    svg.group(tooltip(e));
    String modality = e.modality() == null ? "asserted" : e.modality();
    String fill = e.unrealised() ? "#ffffff" : q.colour;
    String stroke = "stroke=\"" + q.colour + "\" stroke-width=\"2\"";
    String dash =
        switch (modality) {
          case "planned" -> " stroke-dasharray=\"4 2\"";
          case "possible" -> " stroke-dasharray=\"1.5 2\"";
          default -> "";
        };
    String attrs = "fill=\"" + fill + "\" " + stroke + dash;
    double right;
    if (p.r() < 0) {
      double x0 = p.x0();
      double x1 = number == null ? p.x1() : p.x1() - 4 - 7 * String.valueOf(number).length();
      svg.rect(
          x0 + 1,
          cy - 6,
          x1 - x0 - 2,
          12,
          attrs + " rx=\"6\" fill-opacity=\"" + (e.unrealised() ? "1" : "0.85") + "\"");
      if ("negated".equals(modality)) {
        svg.line(x0 + 3, cy, x1 - 3, cy, "stroke=\"" + q.colour + "\" stroke-width=\"2\"");
      }
      right = x1;
    } else {
      svg.circle(p.cx(), cy, p.r(), attrs);
      if ("negated".equals(modality)) {
        double d = p.r() * 0.7;
        svg.line(
            p.cx() - d,
            cy + d,
            p.cx() + d,
            cy - d,
            "stroke=\"" + q.colour + "\" stroke-width=\"2\"");
      }
      right = p.cx() + p.r();
    }
    if (number != null) {
      svg.text(right + 3, cy + 4, String.valueOf(number), "class=\"num\"");
    }
    svg.end();
  }

  private static String tooltip(ReportEvent e) {
    return ReportFormat.eventDate(e.eventDate(), e.eventDateEnd(), e.granularity())
        + " · "
        + e.dyadName()
        + " · "
        + e.eventLabel()
        + " (CAMEO "
        + e.eventCode()
        + ")"
        + ("asserted".equals(e.modality()) ? "" : " · " + e.modality())
        + " · "
        + e.nMentions()
        + " mention"
        + (e.nMentions() == 1 ? "" : "s");
  }

  private static void axis(Svg svg, DateScale x, double y) {
    svg.line(LEFT, y, WIDTH - RIGHT, y, "stroke=\"#555\" stroke-width=\"1\"");
    List<DateScale.Tick> ticks = x.ticks();
    double lastLabelEnd = -1;
    for (DateScale.Tick t : ticks) {
      double tx = x.apply(t.day());
      if (t.major()) {
        svg.line(tx, TOP - 6, tx, y, "stroke=\"#dde1e6\" stroke-width=\"1\"");
        svg.line(tx, y, tx, y + 6, "stroke=\"#555\" stroke-width=\"1\"");
        double width = 6.5 * t.label().length();
        if (tx > lastLabelEnd) {
          svg.text(tx + 2, y + 18, t.label(), "class=\"tick\"");
          lastLabelEnd = tx + width + 6;
        }
      } else {
        svg.line(tx, y, tx, y + 3, "stroke=\"#999\" stroke-width=\"1\"");
      }
    }
  }

  /**
   * Key dates as triangles above the lanes, numbered by their order of importance within the period
   * (the run-wide rank is in the tooltip); a number that would overlap its neighbour's is left to
   * the tooltip.
   */
  private static void keyDates(
      Svg svg, DateScale x, List<KeyDateRow> keyDates, double y, double axisY) {
    List<double[]> labelled = new ArrayList<>();
    for (int i = 0; i < keyDates.size(); i++) {
      KeyDateRow k = keyDates.get(i);
      double cx = (x.apply(k.date()) + x.applyEnd(k.date())) / 2;
      svg.group(
          "Key date "
              + (i + 1)
              + " of the period (rank "
              + k.rank()
              + " in the run): "
              + ReportFormat.day(k.date())
              + " · "
              + k.label()
              + " · "
              + k.nEvents()
              + " events, "
              + k.nMentions()
              + " mentions");
      svg.line(
          cx,
          y + 6,
          cx,
          axisY,
          "stroke=\"#7a5195\" stroke-opacity=\"0.5\" stroke-width=\"1\" stroke-dasharray=\"2 3\"");
      keyDateMarker(svg, cx - 6, y - 6);
      String label = String.valueOf(i + 1);
      double x0 = cx + 7;
      double x1 = x0 + 7 * label.length();
      boolean free =
          labelled.stream().noneMatch(b -> x0 < b[1] + 2 && x1 > b[0] - 2)
              && labelled.stream().noneMatch(b -> Math.abs(b[2] - cx) < 7);
      if (free) {
        svg.text(x0, y + 3, label, "class=\"key\"");
        labelled.add(new double[] {x0, x1, cx});
      } else {
        labelled.add(new double[] {cx - 6, cx + 6, cx});
      }
      svg.end();
    }
  }

  private static void legend(Svg svg, double y) {
    double x = LEFT - 160;
    svg.circle(x + 6, y, 6, "fill=\"#888\" stroke=\"#888\" stroke-width=\"2\"");
    svg.text(x + 16, y + 4, "reported as happened", "class=\"legend\"");
    x += 170;
    svg.circle(
        x + 6, y, 6, "fill=\"#fff\" stroke=\"#888\" stroke-width=\"2\" stroke-dasharray=\"4 2\"");
    svg.text(x + 16, y + 4, "planned", "class=\"legend\"");
    x += 90;
    svg.circle(
        x + 6, y, 6, "fill=\"#fff\" stroke=\"#888\" stroke-width=\"2\" stroke-dasharray=\"1.5 2\"");
    svg.text(x + 16, y + 4, "possible", "class=\"legend\"");
    x += 90;
    svg.circle(x + 6, y, 6, "fill=\"#fff\" stroke=\"#888\" stroke-width=\"2\"");
    svg.line(x + 2, y + 4, x + 10, y - 4, "stroke=\"#888\" stroke-width=\"2\"");
    svg.text(x + 16, y + 4, "negated", "class=\"legend\"");
    x += 90;
    svg.rect(x, y - 6, 34, 12, "rx=\"6\" fill=\"#888\"");
    svg.text(x + 42, y + 4, "known only to the week or month", "class=\"legend\"");
    x += 270;
    keyDateMarker(svg, x, y - 6);
    svg.text(x + 18, y + 4, "key date, by importance", "class=\"legend\"");
  }

  /** The downward triangle that marks a key date, 12 wide and 10 high from its top left corner. */
  private static void keyDateMarker(Svg svg, double left, double top) {
    svg.raw(
        "<path d=\"M" + Svg.n(left) + " " + Svg.n(top) + " h12 l-6 10 z\" fill=\"#7a5195\"/>\n");
  }
}
