package org.annals.report;

import java.util.List;
import java.util.Map;

/**
 * What a run's {@code manifest.json} says: its version, when it finished, what it read and how the
 * counts add up.
 */
public record RunSummary(
    String annalsVersion,
    String finished,
    List<String> inputs,
    long recordsRead,
    long articles,
    long rejected,
    long mentions,
    long events,
    Map<String, Long> rejectsByReason) {

  public RunSummary {
    inputs = List.copyOf(inputs);
    rejectsByReason = Map.copyOf(rejectsByReason);
  }
}
