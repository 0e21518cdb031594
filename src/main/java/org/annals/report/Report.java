package org.annals.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.timeline.PeriodType;

/**
 * Everything a periodic report shows, read from one run's output; rendered by {@link HtmlReport}
 * and {@link MarkdownReport}.
 *
 * @param from the output directory it was read from, as the user named it
 * @param period the report's period
 * @param seriesType the period type of the sentiment series
 * @param run the manifest's summary of the whole run
 * @param events the timeline events dated inside the period, by date then id
 * @param topEvents the period's most reported events, best first
 * @param keyDates the period's key dates, by rank
 * @param dyads the period's most active undirected dyads with their series, most active first
 * @param articles the articles cited by the top events, by id
 * @param actorNames readable names of actor codes, where the run has them
 * @param publishedInPeriod articles published inside the period
 * @param datedFrom the first event date of the whole run, or null when nothing is dated
 * @param datedTo the last event date of the whole run, or null when nothing is dated
 */
public record Report(
    String from,
    ReportPeriod period,
    PeriodType seriesType,
    RunSummary run,
    List<ReportEvent> events,
    List<ReportEvent> topEvents,
    List<KeyDateRow> keyDates,
    List<DyadSeries> dyads,
    Map<String, ArticleRef> articles,
    Map<String, String> actorNames,
    long publishedInPeriod,
    LocalDate datedFrom,
    LocalDate datedTo) {

  public Report {
    events = List.copyOf(events);
    topEvents = List.copyOf(topEvents);
    keyDates = List.copyOf(keyDates);
    dyads = List.copyOf(dyads);
    articles = Map.copyOf(articles);
    actorNames = Map.copyOf(actorNames);
  }

  /** True when nothing was dated inside the period. */
  public boolean isEmpty() {
    return events.isEmpty() && keyDates.isEmpty() && dyads.isEmpty();
  }

  /** Mentions of the events dated inside the period. */
  public long mentionsInPeriod() {
    return events.stream().mapToLong(ReportEvent::nMentions).sum();
  }

  /** Distinct articles that report the events dated inside the period. */
  public long articlesReportingPeriod() {
    return events.stream().flatMap(e -> e.articleIds().stream()).distinct().count();
  }

  /** The readable name of an actor code, or the code itself. */
  public String actorName(String code) {
    return actorNames.getOrDefault(code, code);
  }
}
