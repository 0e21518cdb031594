package org.annals.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  @TempDir Path tmp;

  String render(String period) throws IOException {
    ReportPeriod p = ReportPeriod.parse(period);
    Report r =
        new ReportReader(OutputFixture.seed(tmp.resolve("out")), 10, 4).read(p, p.seriesType());
    return HtmlReport.render(r);
  }

  @Test
  void hostileArticleTextNeverBecomesMarkup() throws IOException {
    String html = render("2012-Q2");
    assertFalse(html.contains("<script"), "a script element");
    assertFalse(html.contains("<b>bold"), "article markup");
    assertFalse(html.contains("]]>"), "a CDATA end");
    assertFalse(html.contains("alert('x')"), "an unescaped quote");
    assertTrue(
        html.contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot; &amp; ]]&gt;"));
  }

  @Test
  void isSelfContained() throws IOException {
    String html = render("2012-Q2");
    assertFalse(
        html.matches("(?s).*<(script|link|img|iframe|object)\\b.*"), "an external resource");
    assertFalse(html.contains("url("), "a CSS url");
    assertFalse(html.contains("@import"), "a CSS import");
    Matcher src = Pattern.compile("\\s(src|href)=").matcher(html);
    assertFalse(src.find(), "a src or href attribute");
  }

  @Test
  void hasTheTimelineAndSentimentChartsAndTheSections() throws IOException {
    String html = render("2012-Q2");
    assertEquals(2, count(html, "<svg "), "two charts");
    assertTrue(html.contains("id=\"timeline-chart\""));
    assertTrue(html.contains("id=\"sentiment-chart\""));
    for (String h :
        new String[] {"Key events", "Key dates", "Top dyads of 2012-Q2", "Evidence", "The run"}) {
      assertTrue(html.contains(">" + h + "</h2>"), h);
    }
    assertTrue(
        html.contains("stroke-dasharray=\"4 2\""), "the planned NATO pull-out is drawn dashed");
    assertTrue(html.contains("Russia is our main strategic partner"), "evidence");
    assertTrue(html.contains("<code>a2</code> · rferl, 24 April 2012"), "article citation");
  }

  @Test
  void anEmptyPeriodSaysSo() throws IOException {
    String html = render("2013-W02");
    assertTrue(html.contains("Nothing is dated inside 2013-W02"));
    assertTrue(html.contains("from 1 November 2011 to 9 May 2012"));
    assertEquals(0, count(html, "<svg "));
    assertTrue(html.endsWith("</html>\n"));
  }

  @Test
  void theSameRunGivesTheSameFile() throws IOException {
    assertEquals(render("2012-Q2"), render("2012-Q2"));
  }

  static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
