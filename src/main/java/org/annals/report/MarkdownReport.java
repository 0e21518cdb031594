package org.annals.report;

import static org.annals.report.MarkdownText.escape;

import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link Report} as Markdown: the same content as {@link HtmlReport} as tables and lists,
 * without charts (each dyad's series is a table instead). Article text is escaped with {@link
 * MarkdownText}, so no article can add markup, links or table cells.
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  /** The report as a Markdown document. */
  public static String render(Report r) {
    StringBuilder m = new StringBuilder(32 * 1024);
    m.append("# Events and relations · ")
        .append(escape(r.period().label()))
        .append("\n\n")
        .append(escape(ReportFormat.day(r.period().start())))
        .append(" – ")
        .append(escape(ReportFormat.day(r.period().end())))
        .append(" · events dated by when they happened, not when they were reported\n\n")
        .append("Run `")
        .append(r.from().replace("`", "'"))
        .append("`, ")
        .append(escape("annals " + r.run().annalsVersion() + ", finished " + r.run().finished()))
        .append("\n\n");
    m.append("| events dated in the period | mentions of them | articles reporting them |")
        .append(" articles published in the period | active dyads shown | key dates |\n")
        .append("|---:|---:|---:|---:|---:|---:|\n| ")
        .append(r.events().size())
        .append(" | ")
        .append(r.mentionsInPeriod())
        .append(" | ")
        .append(r.articlesReportingPeriod())
        .append(" | ")
        .append(r.publishedInPeriod())
        .append(" | ")
        .append(r.dyads().size())
        .append(" | ")
        .append(r.keyDates().size())
        .append(" |\n\n");
    if (r.isEmpty()) {
      m.append("**Nothing is dated inside ")
          .append(escape(r.period().label()))
          .append(".** No event of this run happened in the period, so there is no timeline, key")
          .append(" date or dyad to show.");
      if (r.datedFrom() != null) {
        m.append(" The run's events are dated from ")
            .append(escape(ReportFormat.day(r.datedFrom())))
            .append(" to ")
            .append(escape(ReportFormat.day(r.datedTo())))
            .append('.');
      } else {
        m.append(" The run has no dated events at all.");
      }
      m.append("\n\n");
    } else {
      keyEvents(m, r);
      keyDates(m, r);
      dyads(m, r);
      evidence(m, r);
    }
    run(m, r);
    return m.toString();
  }

  private static void keyEvents(StringBuilder m, Report r) {
    m.append(
            "## Key events\n\n| # | When | Date basis | Who → whom | Actors | Event | CAMEO | Quad class")
        .append(" | Modality | Goldstein | Tone | Mentions | Articles | Outlets |\n")
        .append("|---:|---|---|---|---|---|---|---|---|---:|---:|---:|---:|---:|\n");
    int i = 1;
    for (ReportEvent e : r.topEvents()) {
      m.append("| ")
          .append(i++)
          .append(" | ")
          .append(escape(ReportFormat.eventDate(e.eventDate(), e.eventDateEnd(), e.granularity())))
          .append(" | ")
          .append(escape(e.dateBasis()))
          .append(" | ")
          .append(escape(e.dyadName()))
          .append(" | ")
          .append(escape(e.dyadCodes()))
          .append(" | ")
          .append(escape(e.eventLabel()))
          .append(" | ")
          .append(escape(e.eventCode()))
          .append(" | ")
          .append(QuadClass.of(e.quadClass()).label)
          .append(" | ")
          .append(escape(e.modality()))
          .append(" | ")
          .append(ReportFormat.oneDecimal(e.goldstein()))
          .append(" | ")
          .append(ReportFormat.signed(e.sentiment()))
          .append(" | ")
          .append(e.nMentions())
          .append(" | ")
          .append(e.nArticles())
          .append(" | ")
          .append(e.nSources())
          .append(" |\n");
    }
    m.append('\n');
    if (r.events().size() > r.topEvents().size()) {
      m.append(r.topEvents().size())
          .append(" most reported of ")
          .append(r.events().size())
          .append(" events dated in the period.\n\n");
    }
  }

  private static void keyDates(StringBuilder m, Report r) {
    if (r.keyDates().isEmpty()) {
      return;
    }
    m.append(
            "## Key dates\n\n| # | Rank in run | Date | What happened | Events | Mentions | Articles | Score |\n")
        .append("|---:|---:|---|---|---:|---:|---:|---:|\n");
    int i = 1;
    for (KeyDateRow k : r.keyDates()) {
      m.append("| ")
          .append(i++)
          .append(" | ")
          .append(k.rank())
          .append(" | ")
          .append(k.date())
          .append(" | ")
          .append(escape(k.label()))
          .append(" | ")
          .append(k.nEvents())
          .append(" | ")
          .append(k.nMentions())
          .append(" | ")
          .append(k.nArticles())
          .append(" | ")
          .append(ReportFormat.oneDecimal(k.score()))
          .append(" |\n");
    }
    m.append('\n');
  }

  private static void dyads(StringBuilder m, Report r) {
    if (r.dyads().isEmpty()) {
      return;
    }
    m.append("## Top dyads of ")
        .append(escape(r.period().label()))
        .append("\n\n")
        .append("| Pair | Names | Events | Mentions | Tone | 95% interval | A → B | B → A |")
        .append(" Goldstein Σ | Goldstein mean | Verbal coop. | Material coop. | Verbal conflict |")
        .append(
            " Material conflict |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (DyadSeries s : r.dyads()) {
      DyadRow d = s.summary();
      m.append("| ")
          .append(escape(d.actorA() + "–" + d.actorB()))
          .append(" | ")
          .append(escape(r.actorName(d.actorA()) + " – " + r.actorName(d.actorB())))
          .append(" | ")
          .append(d.nEvents())
          .append(" | ")
          .append(d.nMentions())
          .append(" | ")
          .append(ReportFormat.signed(d.sentimentMean()))
          .append(" | ")
          .append(ReportFormat.interval(d.sentimentCiLow(), d.sentimentCiHigh()))
          .append(" | ")
          .append(s.forward() == null ? "–" : ReportFormat.signed(s.forward().sentimentMean()))
          .append(" | ")
          .append(s.backward() == null ? "–" : ReportFormat.signed(s.backward().sentimentMean()))
          .append(" | ")
          .append(ReportFormat.oneDecimal(d.goldsteinSum()))
          .append(" | ")
          .append(ReportFormat.oneDecimal(d.goldsteinMean()))
          .append(" | ")
          .append(d.verbalCoop())
          .append(" | ")
          .append(d.materialCoop())
          .append(" | ")
          .append(d.verbalConflict())
          .append(" | ")
          .append(d.materialConflict())
          .append(" |\n");
    }
    m.append("\n### Dyad sentiment by ").append(r.seriesType().label()).append("\n\n");
    for (DyadSeries s : r.dyads()) {
      DyadRow d = s.summary();
      m.append("**")
          .append(escape(d.actorA() + "–" + d.actorB()))
          .append("**\n\n")
          .append(
              "| Period | Tone | 95% interval | Mentions | Events |\n|---|---:|---:|---:|---:|\n");
      for (DyadRow p : s.points()) {
        m.append("| ")
            .append(escape(p.period()))
            .append(" | ")
            .append(ReportFormat.signed(p.sentimentMean()))
            .append(" | ")
            .append(ReportFormat.interval(p.sentimentCiLow(), p.sentimentCiHigh()))
            .append(" | ")
            .append(p.nMentions())
            .append(" | ")
            .append(p.nEvents())
            .append(" |\n");
      }
      m.append('\n');
    }
  }

  private static void evidence(StringBuilder m, Report r) {
    m.append("## Evidence\n\n");
    int i = 1;
    for (ReportEvent e : r.topEvents()) {
      m.append(i++)
          .append(". **")
          .append(escape(e.dyadName()))
          .append("**: ")
          .append(escape(e.eventLabel()))
          .append(" (")
          .append(escape(ReportFormat.eventDate(e.eventDate(), e.eventDateEnd(), e.granularity())))
          .append(")\n    > ")
          .append(escape(e.evidence()))
          .append("\n\n");
      for (String id : e.articleIds().subList(0, Math.min(8, e.articleIds().size()))) {
        ArticleRef a = r.articles().get(id);
        m.append("    - ").append(escape(id));
        if (a != null) {
          m.append(" · ").append(escape(a.source()));
          if (a.published() != null) {
            m.append(", ").append(a.published());
          }
          if (a.title() != null && !a.title().isBlank()) {
            m.append(" · “").append(escape(a.title())).append("”");
          }
        }
        m.append('\n');
      }
      if (e.articleIds().size() > 8) {
        m.append("    - … and ").append(e.articleIds().size() - 8).append(" more\n");
      }
      m.append('\n');
    }
  }

  private static void run(StringBuilder m, Report r) {
    RunSummary run = r.run();
    m.append("## The run\n\n| | count |\n|---|---:|\n")
        .append("| records read | ")
        .append(run.recordsRead())
        .append(" |\n")
        .append("| articles | ")
        .append(run.articles())
        .append(" |\n")
        .append("| rejected records | ")
        .append(run.rejected())
        .append(" |\n");
    for (Map.Entry<String, Long> e : new TreeMap<>(run.rejectsByReason()).entrySet()) {
      m.append("| rejected: ")
          .append(escape(e.getKey()))
          .append(" | ")
          .append(e.getValue())
          .append(" |\n");
    }
    m.append("| mentions | ")
        .append(run.mentions())
        .append(" |\n")
        .append("| events | ")
        .append(run.events())
        .append(" |\n\nInputs: ");
    for (int i = 0; i < run.inputs().size(); i++) {
      m.append(i == 0 ? "" : ", ").append(escape(run.inputs().get(i)));
    }
    m.append("\n");
  }
}
