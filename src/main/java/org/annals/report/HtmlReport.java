package org.annals.report;

import static org.annals.report.HtmlText.escape;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link Report} as one self-contained HTML file: inline CSS, inline SVG charts, no
 * script, font, image or style sheet loaded from anywhere. Every string that comes from the run
 * (article titles, evidence sentences, actor names, labels, ids, paths) is escaped. The output
 * depends only on the report, so the same run gives the same file.
 */
public final class HtmlReport {

  private HtmlReport() {}

  private static final String CSS =
      """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      body { margin: 0; background: #fff; color: #1d232a;
        font: 14px/1.45 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; }
      main { max-width: 1100px; margin: 0 auto; padding: 28px 30px 40px; }
      header { border-bottom: 2px solid #1d232a; padding-bottom: 12px; margin-bottom: 18px; }
      h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: -0.01em; }
      h2 { font-size: 18px; margin: 30px 0 6px; padding-bottom: 4px; border-bottom: 1px solid #d0d5db; }
      .meta { color: #5a6572; margin: 0; }
      .lede { color: #3a434d; margin: 4px 0 10px; max-width: 860px; }
      .cards { display: grid; grid-template-columns: repeat(6, 1fr); gap: 10px; margin: 14px 0 6px; }
      .card { border: 1px solid #d0d5db; border-radius: 6px; padding: 8px 10px; }
      .card b { display: block; font-size: 22px; font-variant-numeric: tabular-nums; }
      .card span { color: #5a6572; font-size: 12px; }
      .empty { border: 1px dashed #8a939d; border-radius: 6px; padding: 14px 16px; margin-top: 18px; background: #f6f7f9; }
      table { border-collapse: collapse; width: 100%; font-size: 13px; margin-top: 6px; }
      table.run { width: auto; min-width: 340px; }
      th { text-align: left; font-weight: 600; color: #3a434d; border-bottom: 1px solid #8a939d; padding: 5px 6px; }
      td { border-bottom: 1px solid #e3e6ea; padding: 5px 6px; vertical-align: top; }
      td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      td.date { white-space: nowrap; }
      code, .code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; color: #3a434d; }
      .chip { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
      .tag { display: inline-block; border: 1px solid #8a939d; border-radius: 3px; padding: 0 4px; font-size: 11px; color: #3a434d; }
      .pos { color: #2166ac; } .neg { color: #c2372b; }
      blockquote { margin: 4px 0 4px; padding: 4px 12px; border-left: 3px solid #c7ccd2; color: #2b333b; }
      ol.evidence { padding-left: 28px; } ol.evidence li { margin-bottom: 12px; }
      .cite { color: #5a6572; font-size: 12px; }
      .chart { overflow-x: auto; }
      .chart svg { display: block; max-width: 100%; height: auto; }
      svg text { font-family: "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; fill: #3a434d; }
      svg .lane { font-size: 12px; font-weight: 600; } svg .tick { font-size: 11px; fill: #5a6572; }
      svg .num { font-size: 11px; font-weight: 700; fill: #1d232a; } svg .key { font-size: 11px; font-weight: 700; fill: #7a5195; }
      svg .legend { font-size: 11px; fill: #5a6572; } svg .panel { font-size: 15px; font-weight: 700; fill: #1d232a; }
      svg .sub { font-size: 12px; fill: #5a6572; }
      footer { margin-top: 34px; color: #5a6572; font-size: 12px; border-top: 1px solid #d0d5db; padding-top: 10px; }
      @media print { main { padding: 0; } h2 { break-after: avoid; } .chart, tr { break-inside: avoid; } }
      """;

  /** The report as an HTML document. */
  public static String render(Report r) {
    Map<String, Integer> numbers = numbers(r.topEvents());
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"annals ")
        .append(escape(r.run().annalsVersion()))
        .append("\">\n")
        .append("<title>annals report · ")
        .append(escape(r.period().label()))
        .append("</title>\n")
        .append("<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n");
    header(h, r);
    if (r.isEmpty()) {
      empty(h, r);
    } else {
      charts(h, r, numbers);
      keyEvents(h, r);
      keyDates(h, r);
      topDyads(h, r);
      provenance(h, r);
    }
    runSection(h, r);
    footer(h, r);
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  static Map<String, Integer> numbers(List<ReportEvent> top) {
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < top.size(); i++) {
      numbers.put(top.get(i).eventId(), i + 1);
    }
    return numbers;
  }

  private static void header(StringBuilder h, Report r) {
    h.append("<header>\n<h1>Events and relations · ")
        .append(escape(r.period().label()))
        .append("</h1>\n")
        .append("<p class=\"meta\">")
        .append(escape(ReportFormat.day(r.period().start())))
        .append(" – ")
        .append(escape(ReportFormat.day(r.period().end())))
        .append(" · events dated by when they happened, not when they were reported</p>\n")
        .append("<p class=\"meta\">Run <code>")
        .append(escape(r.from()))
        .append("</code>, annals ")
        .append(escape(r.run().annalsVersion()))
        .append(", finished ")
        .append(escape(r.run().finished()))
        .append("</p>\n</header>\n");
    h.append("<div class=\"cards\">\n");
    card(h, r.events().size(), "events dated in the period");
    card(h, r.mentionsInPeriod(), "mentions of them");
    card(h, r.articlesReportingPeriod(), "articles reporting them");
    card(h, r.publishedInPeriod(), "articles published in the period");
    card(h, r.dyads().size(), "active dyads shown");
    card(h, r.keyDates().size(), "key dates");
    h.append("</div>\n");
  }

  private static void card(StringBuilder h, long n, String label) {
    h.append("<div class=\"card\"><b>")
        .append(ReportFormat.count(n))
        .append("</b><span>")
        .append(escape(label))
        .append("</span></div>\n");
  }

  private static void empty(StringBuilder h, Report r) {
    h.append("<div class=\"empty\"><strong>Nothing is dated inside ")
        .append(escape(r.period().label()))
        .append(
            ".</strong> No event of this run happened in the period, so there is no timeline, key")
        .append(" date or dyad to show.");
    if (r.datedFrom() != null) {
      h.append(" The run's events are dated from ")
          .append(escape(ReportFormat.day(r.datedFrom())))
          .append(" to ")
          .append(escape(ReportFormat.day(r.datedTo())))
          .append('.');
    } else {
      h.append(" The run has no dated events at all.");
    }
    h.append("</div>\n");
  }

  private static void charts(StringBuilder h, Report r, Map<String, Integer> numbers) {
    h.append("<h2>Timeline</h2>\n<p class=\"lede\">Each mark is one event, however many articles")
        .append(" reported it, placed by when it happened and coloured by its CAMEO quad class;")
        .append(" larger marks have more mentions. Numbers refer to the key events below.</p>\n")
        .append("<div class=\"chart\" id=\"timeline-chart\">\n")
        .append(TimelineChart.render(r.period(), r.events(), r.keyDates(), numbers))
        .append("</div>\n");
    h.append("<h2>Dyad sentiment by ").append(escape(r.seriesType().label())).append("</h2>\n");
    if (r.dyads().isEmpty()) {
      h.append("<p class=\"lede\">No pair of actors dealt with each other in a way that can be")
          .append(" dated inside the period.</p>\n");
      return;
    }
    h.append("<p class=\"lede\">Mean tone of the mentions of each pair's events (−1 hostile … +1")
        .append(" friendly) per ")
        .append(escape(r.seriesType().label()))
        .append(
            ", with its 95% interval; an interval is missing where a period has one event.</p>\n")
        .append("<div class=\"chart\" id=\"sentiment-chart\">\n")
        .append(SentimentChart.render(r, r.period().series(r.seriesType())))
        .append("</div>\n");
  }

  private static void keyEvents(StringBuilder h, Report r) {
    h.append("<h2>Key events</h2>\n<table>\n<thead><tr><th class=\"n\">#</th><th>When</th>")
        .append("<th>Who → whom</th><th>Event</th><th class=\"n\">Goldstein</th>")
        .append(
            "<th class=\"n\">Tone</th><th class=\"n\">Mentions</th><th class=\"n\">Articles</th>")
        .append("<th class=\"n\">Outlets</th></tr></thead>\n<tbody>\n");
    int i = 1;
    for (ReportEvent e : r.topEvents()) {
      QuadClass q = QuadClass.of(e.quadClass());
      h.append("<tr><td class=\"n\">")
          .append(i++)
          .append("</td><td class=\"date\">")
          .append(escape(ReportFormat.eventDate(e.eventDate(), e.eventDateEnd(), e.granularity())))
          .append("<br><span class=\"cite\">")
          .append(escape(e.dateBasis()))
          .append("</span></td><td>")
          .append(escape(e.dyadName()))
          .append("<br><code>")
          .append(escape(e.dyadCodes()))
          .append("</code></td><td><span class=\"chip\" style=\"background:")
          .append(q.colour)
          .append("\" title=\"")
          .append(escape(q.label))
          .append("\"></span>")
          .append(escape(e.eventLabel()))
          .append(" <code>")
          .append(escape(e.eventCode()))
          .append("</code>");
      if (e.unrealised()) {
        h.append(" <span class=\"tag\">").append(escape(e.modality())).append("</span>");
      }
      h.append("</td><td class=\"n\">")
          .append(ReportFormat.oneDecimal(e.goldstein()))
          .append("</td>")
          .append(tone(e.sentiment()))
          .append("<td class=\"n\">")
          .append(e.nMentions())
          .append("</td><td class=\"n\">")
          .append(e.nArticles())
          .append("</td><td class=\"n\">")
          .append(e.nSources())
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    if (r.events().size() > r.topEvents().size()) {
      h.append("<p class=\"cite\">")
          .append(r.topEvents().size())
          .append(" most reported of ")
          .append(r.events().size())
          .append(" events dated in the period.</p>\n");
    }
  }

  private static String tone(double v) {
    String cls = v > 0.005 ? "n pos" : v < -0.005 ? "n neg" : "n";
    return "<td class=\"" + cls + "\">" + ReportFormat.signed(v) + "</td>";
  }

  private static void keyDates(StringBuilder h, Report r) {
    if (r.keyDates().isEmpty()) {
      return;
    }
    h.append(
            "<h2>Key dates</h2>\n<table>\n<thead><tr><th class=\"n\">#</th><th class=\"n\">Rank in run</th><th>Date</th>")
        .append("<th>What happened</th><th class=\"n\">Events</th><th class=\"n\">Mentions</th>")
        .append("<th class=\"n\">Articles</th><th class=\"n\">Score</th></tr></thead>\n<tbody>\n");
    int i = 1;
    for (KeyDateRow k : r.keyDates()) {
      h.append("<tr><td class=\"n\">")
          .append(i++)
          .append("</td><td class=\"n\">")
          .append(k.rank())
          .append("</td><td class=\"date\">")
          .append(escape(ReportFormat.day(k.date())))
          .append("</td><td>")
          .append(escape(k.label()))
          .append("</td><td class=\"n\">")
          .append(k.nEvents())
          .append("</td><td class=\"n\">")
          .append(k.nMentions())
          .append("</td><td class=\"n\">")
          .append(k.nArticles())
          .append("</td><td class=\"n\">")
          .append(ReportFormat.oneDecimal(k.score()))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void topDyads(StringBuilder h, Report r) {
    if (r.dyads().isEmpty()) {
      return;
    }
    h.append("<h2>Top dyads of ")
        .append(escape(r.period().label()))
        .append("</h2>\n<table>\n<thead><tr>")
        .append("<th>Pair</th><th class=\"n\">Events</th><th class=\"n\">Mentions</th>")
        .append(
            "<th class=\"n\">Tone</th><th class=\"n\">95% interval</th><th class=\"n\">A → B</th>")
        .append(
            "<th class=\"n\">B → A</th><th class=\"n\">Goldstein Σ</th><th class=\"n\">Goldstein mean</th>")
        .append(
            "<th class=\"n\" title=\"verbal cooperation / material cooperation / verbal conflict / material conflict\">")
        .append("VC / MC / VK / MK</th></tr></thead>\n<tbody>\n");
    for (DyadSeries s : r.dyads()) {
      DyadRow d = s.summary();
      h.append("<tr><td><code>")
          .append(escape(d.actorA() + "–" + d.actorB()))
          .append("</code><br>")
          .append(escape(r.actorName(d.actorA()) + " – " + r.actorName(d.actorB())))
          .append("</td><td class=\"n\">")
          .append(d.nEvents())
          .append("</td><td class=\"n\">")
          .append(d.nMentions())
          .append("</td>")
          .append(tone(d.sentimentMean()))
          .append("<td class=\"n\">")
          .append(ReportFormat.interval(d.sentimentCiLow(), d.sentimentCiHigh()))
          .append("</td>")
          .append(directedTone(s.forward()))
          .append(directedTone(s.backward()))
          .append("<td class=\"n\">")
          .append(ReportFormat.oneDecimal(d.goldsteinSum()))
          .append("</td><td class=\"n\">")
          .append(ReportFormat.oneDecimal(d.goldsteinMean()))
          .append("</td><td class=\"n\">")
          .append(d.verbalCoop())
          .append(" / ")
          .append(d.materialCoop())
          .append(" / ")
          .append(d.verbalConflict())
          .append(" / ")
          .append(d.materialConflict())
          .append("</td></tr>\n");
    }
    h.append(
            "</tbody>\n</table>\n<p class=\"cite\">A → B: tone of what the first actor of the pair")
        .append(" did or said towards the second; B → A the other way round.</p>\n");
  }

  private static String directedTone(DyadRow d) {
    return d == null ? "<td class=\"n\">–</td>" : tone(d.sentimentMean());
  }

  private static void provenance(StringBuilder h, Report r) {
    h.append(
            "<h2>Evidence</h2>\n<p class=\"lede\">The sentence that best states each key event, and")
        .append(" the articles that report it.</p>\n<ol class=\"evidence\">\n");
    for (ReportEvent e : r.topEvents()) {
      h.append("<li><strong>")
          .append(escape(e.dyadName()))
          .append("</strong> — ")
          .append(escape(e.eventLabel()))
          .append(" (")
          .append(escape(ReportFormat.eventDate(e.eventDate(), e.eventDateEnd(), e.granularity())))
          .append(")\n<blockquote>")
          .append(escape(e.evidence()))
          .append("</blockquote>\n")
          .append("<div class=\"cite\">");
      int shown = 0;
      for (String id : e.articleIds()) {
        if (shown++ == 8) {
          h.append(" … and ").append(e.articleIds().size() - 8).append(" more");
          break;
        }
        if (shown > 1) {
          h.append("<br>");
        }
        ArticleRef a = r.articles().get(id);
        h.append("<code>").append(escape(id)).append("</code>");
        if (a != null) {
          h.append(" · ").append(escape(a.source()));
          if (a.published() != null) {
            h.append(", ").append(escape(ReportFormat.day(a.published())));
          }
          if (a.title() != null && !a.title().isBlank()) {
            h.append(" · “").append(escape(a.title())).append("”");
          }
        }
      }
      h.append("</div></li>\n");
    }
    h.append("</ol>\n");
  }

  private static void runSection(StringBuilder h, Report r) {
    RunSummary run = r.run();
    h.append("<h2>The run</h2>\n<table class=\"run\">\n<tbody>\n");
    row(h, "records read", run.recordsRead());
    row(h, "articles", run.articles());
    row(h, "rejected records", run.rejected());
    for (Map.Entry<String, Long> e : new TreeMap<>(run.rejectsByReason()).entrySet()) {
      h.append("<tr><td>&nbsp;&nbsp;&nbsp;&nbsp;")
          .append(escape(e.getKey()))
          .append("</td><td class=\"n\">")
          .append(ReportFormat.count(e.getValue()))
          .append("</td></tr>\n");
    }
    row(h, "mentions", run.mentions());
    row(h, "events", run.events());
    h.append("</tbody>\n</table>\n<p class=\"cite\">Inputs: ");
    for (int i = 0; i < run.inputs().size(); i++) {
      h.append(i == 0 ? "" : ", ")
          .append("<code>")
          .append(escape(run.inputs().get(i)))
          .append("</code>");
    }
    h.append("</p>\n");
  }

  private static void row(StringBuilder h, String label, long n) {
    h.append("<tr><td>")
        .append(escape(label))
        .append("</td><td class=\"n\">")
        .append(ReportFormat.count(n))
        .append("</td></tr>\n");
  }

  private static void footer(StringBuilder h, Report r) {
    h.append("<footer>Events are CAMEO-coded and merged across articles; an event belongs to ")
        .append(escape(r.period().label()))
        .append(" when the whole interval it is known to lies inside the period. Tone is the")
        .append(" lexical sentiment of the mentions, from −1 to +1; Goldstein values run from −10")
        .append(" (most conflictual) to +10 (most cooperative). Actor codes are CAMEO's and join")
        .append(
            " with GDELT and ICEWS data. Made by annals from the run's Parquet tables.</footer>\n");
  }
}
