package org.annals.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * {@code publish_log}: one row per publish that changed the database, written in the publish's own
 * transaction, with the run's identity ({@code run_id}, the SHA-256 of its manifest), when it
 * started and finished, what it read ({@code inputs}), its counts, the rows loaded and replaced per
 * table, and the whole manifest. Holds no credentials.
 */
final class PublishLog {

  static final String TABLE = "publish_log";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TableDdl ddl;
  private final Dialect dialect;

  PublishLog(TableDdl ddl, Dialect dialect) {
    this.ddl = ddl;
    this.dialect = dialect;
  }

  String create() {
    return """
    CREATE TABLE IF NOT EXISTS %s (
      published_at %s NOT NULL,
      run_id %s NOT NULL,
      run_dir %3$s NOT NULL,
      run_started %3$s,
      run_finished %3$s,
      annals_version %3$s,
      inputs %4$s,
      counts %4$s,
      rows_loaded %4$s NOT NULL,
      rows_replaced %4$s NOT NULL,
      seconds %5$s NOT NULL,
      manifest %4$s NOT NULL
    )\
    """
        .formatted(
            ddl.qualified(TABLE),
            dialect.timestampType(),
            ColumnType.TEXT.sql(dialect),
            dialect.jsonType(),
            ColumnType.DOUBLE.sql(dialect));
  }

  /** The run most recently published, if any. */
  Optional<String> lastRunId(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT run_id FROM "
                    + ddl.qualified(TABLE)
                    + " ORDER BY published_at DESC LIMIT 1")) {
      return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
    }
  }

  /** The latest start time of the runs published so far, if any parses. */
  Optional<Instant> latestRunStarted(Connection c) throws SQLException {
    Optional<Instant> latest = Optional.empty();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT DISTINCT run_started FROM " + ddl.qualified(TABLE))) {
      while (r.next()) {
        Optional<Instant> started = parse(r.getString(1));
        if (started.isPresent() && (latest.isEmpty() || started.get().isAfter(latest.get()))) {
          latest = started;
        }
      }
    }
    return latest;
  }

  /** An ISO-8601 instant as the manifest writes it, if it is one. */
  static Optional<Instant> parse(String instant) {
    try {
      return instant == null ? Optional.empty() : Optional.of(Instant.parse(instant));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  void record(
      Connection c,
      Instant at,
      RunOutput run,
      Map<String, Long> loaded,
      Map<String, Long> replaced,
      double seconds)
      throws SQLException {
    JsonNode m = run.manifest();
    String sql =
        """
        INSERT INTO %1$s VALUES (CAST(? AS %2$s), ?, ?, ?, ?, ?,
          CAST(? AS %3$s), CAST(? AS %3$s), CAST(? AS %3$s), CAST(? AS %3$s), ?, CAST(? AS %3$s))\
        """
            .formatted(ddl.qualified(TABLE), dialect.timestampType(), dialect.jsonType());
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, at.toString());
      s.setString(2, run.runId());
      s.setString(3, run.dir().toString());
      s.setString(4, text(m, "started"));
      s.setString(5, text(m, "finished"));
      s.setString(6, text(m, "annals_version"));
      s.setString(7, m.has("inputs") ? m.get("inputs").toString() : null);
      s.setString(8, m.has("counts") ? m.get("counts").toString() : null);
      s.setString(9, toJson(loaded));
      s.setString(10, toJson(replaced));
      s.setDouble(11, seconds);
      s.setString(12, m.toString());
      s.executeUpdate();
    }
  }

  private static String text(JsonNode m, String field) {
    JsonNode v = m.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String toJson(Map<String, Long> counts) {
    try {
      return JSON.writeValueAsString(counts);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a map of counts always serialises", e);
    }
  }
}
