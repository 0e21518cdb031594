package org.annals.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

  @TempDir Path tmp;

  String render(String period) throws IOException {
    ReportPeriod p = ReportPeriod.parse(period);
    return MarkdownReport.render(
        new ReportReader(OutputFixture.seed(tmp.resolve("out")), 10, 4).read(p, p.seriesType()));
  }

  @Test
  void hasTheSameSectionsAsTablesWithoutCharts() throws IOException {
    String md = render("2012-Q2");
    for (String h :
        new String[] {
          "## Key events",
          "## Key dates",
          "## Top dyads of 2012-Q2",
          "### Dyad sentiment by month",
          "## Evidence",
          "## The run"
        }) {
      assertTrue(md.contains(h + "\n"), h);
    }
    assertFalse(md.contains("<svg"));
    assertTrue(md.contains("| 2012-04 | +0.60 | [+0.30, +0.90] | 4 | 1 |"), "series row");
    assertTrue(md.contains("| rejected: empty\\_text | 1 |"));
  }

  @Test
  void hostileTextStaysText() throws IOException {
    String md = render("2012-Q2");
    assertFalse(md.contains("<script"), "raw HTML would run in many Markdown viewers");
    assertFalse(md.contains("<b>"));
    assertTrue(md.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
    boolean seen = false;
    for (String line : md.split("\n")) {
      if (line.startsWith("| 1 | 23 April 2012")) {
        seen = true;
        long cells =
            line.chars().filter(c -> c == '|').count() - line.split("\\\\\\|", -1).length + 1;
        assertTrue(cells == 15, "hostile text must not add table cells: " + line);
      }
    }
    assertTrue(seen, "the hostile event's row");
  }

  @Test
  void anEmptyPeriodSaysSo() throws IOException {
    assertTrue(render("2010").contains("**Nothing is dated inside 2010.**"));
  }
}
