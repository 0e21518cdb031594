package org.annals.report;

import java.time.LocalDate;

/**
 * A row of the {@code dyads} table: how two country-level actors dealt with each other in one
 * period. Sentiment is in [-1, 1]; the 95% interval is null when it is unknown (one event).
 */
public record DyadRow(
    String actorA,
    String actorB,
    boolean directed,
    String periodType,
    String period,
    LocalDate periodStart,
    LocalDate periodEnd,
    long nEvents,
    long nMentions,
    double sentimentMean,
    Double sentimentCiLow,
    Double sentimentCiHigh,
    double goldsteinSum,
    double goldsteinMean,
    long verbalCoop,
    long materialCoop,
    long verbalConflict,
    long materialConflict) {

  /** "RUS–TJK" for an undirected pair, "TJK → RUS" for a directed one. */
  public String pairLabel() {
    return directed ? actorA + " → " + actorB : actorA + "–" + actorB;
  }
}
