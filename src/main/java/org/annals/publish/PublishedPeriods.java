package org.annals.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code published_periods}: which run gave each period of the published data, written in the
 * publish's own transaction. A period is a calendar month of the articles' publication dates
 * ({@code kind} {@code month}, {@code period} {@code 2013-01}) or an input file ({@code kind}
 * {@code input}, {@code period} its {@code input_path}), which stands for the undated articles and
 * the rejects read from it. A publish replaces the rows of the periods its run covers and records
 * itself as their run; the other periods keep theirs.
 */
final class PublishedPeriods {

  static final String TABLE = "published_periods";
  static final String MONTH = "month";
  static final String INPUT = "input";

  /** A period and the run that gave it. */
  record Period(String kind, String period, String runId, Optional<Instant> runStarted) {}

  private final TableDdl ddl;
  private final Dialect dialect;

  PublishedPeriods(TableDdl ddl, Dialect dialect) {
    this.ddl = ddl;
    this.dialect = dialect;
  }

  String create() {
    String text = ColumnType.TEXT.sql(dialect);
    return """
    CREATE TABLE IF NOT EXISTS %s (
      kind %s NOT NULL,
      period %2$s NOT NULL,
      run_id %2$s NOT NULL,
      run_started %2$s,
      run_dir %2$s NOT NULL,
      rows %3$s NOT NULL,
      published_at %4$s NOT NULL,
      PRIMARY KEY (kind, period)
    )\
    """
        .formatted(
            ddl.qualified(TABLE), text, ColumnType.BIGINT.sql(dialect), dialect.timestampType());
  }

  /** Every recorded period. */
  List<Period> all(Connection c) throws SQLException {
    List<Period> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT kind, period, run_id, run_started FROM "
                    + ddl.qualified(TABLE)
                    + " ORDER BY kind, period")) {
      while (r.next()) {
        out.add(
            new Period(
                r.getString(1), r.getString(2), r.getString(3), PublishLog.parse(r.getString(4))));
      }
    }
    return out;
  }

  /**
   * Records {@code run} as the run of the periods it covers (all others are deleted first when
   * {@code replaceAll}).
   */
  void record(Connection c, Instant at, RunOutput run, boolean replaceAll) throws SQLException {
    try (Statement s = c.createStatement()) {
      if (replaceAll) {
        s.executeUpdate("DELETE FROM " + ddl.qualified(TABLE));
      }
    }
    String delete = "DELETE FROM " + ddl.qualified(TABLE) + " WHERE kind = ? AND period = ?";
    String insert =
        "INSERT INTO "
            + ddl.qualified(TABLE)
            + " VALUES (?, ?, ?, ?, ?, ?, CAST(? AS "
            + dialect.timestampType()
            + "))";
    try (PreparedStatement d = c.prepareStatement(delete);
        PreparedStatement i = c.prepareStatement(insert)) {
      add(d, i, MONTH, run.months(), run, at);
      add(d, i, INPUT, run.inputs(), run, at);
      d.executeBatch();
      i.executeBatch();
    }
  }

  private static void add(
      PreparedStatement d,
      PreparedStatement i,
      String kind,
      Map<String, Long> periods,
      RunOutput run,
      Instant at)
      throws SQLException {
    String started = run.manifest().path("started").asText(null);
    for (Map.Entry<String, Long> p : periods.entrySet()) {
      d.setString(1, kind);
      d.setString(2, p.getKey());
      d.addBatch();
      i.setString(1, kind);
      i.setString(2, p.getKey());
      i.setString(3, run.runId());
      i.setString(4, started);
      i.setString(5, run.dir().toString());
      i.setLong(6, p.getValue());
      i.setString(7, at.toString());
      i.addBatch();
    }
  }
}
