package org.annals.publish;

import java.util.List;

/**
 * What a publish did.
 *
 * @param target the target as printed (no password)
 * @param runId the run's identity
 * @param unchanged true when this run was already the last one published, so nothing was done
 * @param tables per table, in contract order (empty when unchanged)
 * @param seconds wall time of the whole publish, connection included
 * @param recompute the recompute of the derived tables over everything published, or null when the
 *     published articles became exactly the run's (its own derived tables were published)
 */
public record PublishReport(
    String target,
    String runId,
    boolean unchanged,
    List<TableLoad> tables,
    double seconds,
    Recomputed recompute) {

  /**
   * A recompute of {@code timeline}, {@code dyads} and {@code key_dates} over everything published.
   *
   * @param mentions published mentions read back and merged
   * @param changedEventIds mentions whose event id changed
   * @param readSeconds reading the published mentions, articles and date references
   * @param buildSeconds merging events, aggregating dyads and ranking key dates, in Java
   * @param stageSeconds loading the recomputed rows into the database
   */
  public record Recomputed(
      long mentions,
      long changedEventIds,
      double readSeconds,
      double buildSeconds,
      double stageSeconds) {

    public double seconds() {
      return readSeconds + buildSeconds + stageSeconds;
    }
  }

  /**
   * One table's load.
   *
   * @param table the table
   * @param rows rows the run has, all loaded
   * @param replaced rows published before, deleted
   * @param loadSeconds time to read the Parquet and stage the rows in the database
   * @param mergeSeconds time to delete the published rows and insert the staged ones
   */
  public record TableLoad(
      String table, long rows, long replaced, double loadSeconds, double mergeSeconds) {

    /** Rows per second over load and merge together. */
    public double rowsPerSecond() {
      double s = loadSeconds + mergeSeconds;
      return s <= 0 ? 0 : rows / s;
    }
  }

  public long totalRows() {
    return tables.stream().mapToLong(TableLoad::rows).sum();
  }
}
