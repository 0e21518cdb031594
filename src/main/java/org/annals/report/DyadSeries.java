package org.annals.report;

import java.util.List;

/**
 * One undirected dyad's rows over the series periods of a report, in period order; periods in which
 * the pair did not deal with each other have no row.
 *
 * @param summary the pair's row for the whole report period
 * @param points its rows for the series periods (week or month)
 * @param forward the directed row actorA → actorB for the report period, or null
 * @param backward the directed row actorB → actorA for the report period, or null
 */
public record DyadSeries(DyadRow summary, List<DyadRow> points, DyadRow forward, DyadRow backward) {

  public DyadSeries {
    points = List.copyOf(points);
  }
}
