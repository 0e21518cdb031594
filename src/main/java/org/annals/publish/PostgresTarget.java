package org.annals.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.annals.publish.PublishException.Kind;
import org.postgresql.PGConnection;

/**
 * A PostgreSQL database. Tables are staged with {@code COPY ... FROM STDIN}, streamed from the
 * run's Parquet read by an in-process DuckDB, into temporary tables dropped at commit.
 */
public final class PostgresTarget implements Target {

  private final PostgresLogin login;
  private final Connection pg;
  private Connection duck;

  private PostgresTarget(PostgresLogin login, Connection pg) {
    this.login = login;
    this.pg = pg;
  }

  /** Connects; fails with a message naming the masked URL and the user, never the password. */
  public static PostgresTarget connect(PostgresLogin login) throws PublishException {
    try {
      Connection c = DriverManager.getConnection(login.url(), login.properties());
      try (Statement s = c.createStatement()) {
        // Staged tables are temporary: keep them in memory rather than spilling at 8 MB.
        s.execute("SET temp_buffers = '256MB'");
      }
      c.setAutoCommit(false);
      return new PostgresTarget(login, c);
    } catch (SQLException e) {
      throw new PublishException(
          Kind.TARGET,
          "cannot connect to "
              + login.maskedUrl()
              + " as "
              + login.user()
              + (login.hasPassword() ? " (with a password)" : " (no password given)")
              + ": "
              + login.secrets().redact(RunOutput.firstLine(e.getMessage())));
    }
  }

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  public String describe() {
    return login.maskedUrl();
  }

  @Override
  public Connection connection() {
    return pg;
  }

  @Override
  public Secrets secrets() {
    return login.secrets();
  }

  @Override
  public void lockForPublish(String schema) throws SQLException {
    try (PreparedStatement s = pg.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      s.setLong(1, lockKey(schema));
      s.execute();
    }
  }

  @Override
  public long stage(TableSpec table, TableDdl ddl, RunOutput run) throws SQLException, IOException {
    String stage = TableSpec.stageName(table.name());
    try (Statement s = pg.createStatement()) {
      s.execute("DROP TABLE IF EXISTS pg_temp." + stage);
      s.execute(
          "CREATE TEMP TABLE "
              + stage
              + " (LIKE "
              + ddl.qualified(table.name())
              + ") ON COMMIT DROP");
    }
    long rows;
    try (Statement read = duck().createStatement()) {
      rows =
          ParquetCopy.copy(
              read,
              run.parquetQuery(table),
              table.columns(),
              pg.unwrap(PGConnection.class).getCopyAPI(),
              "COPY " + stage + " (" + table.columnList() + ") FROM STDIN");
    }
    try (Statement s = pg.createStatement()) {
      s.execute("ANALYZE " + stage);
    }
    return rows;
  }

  @Override
  public long stageRows(String stage, List<Column> columns, Iterable<Object[]> rows)
      throws SQLException, IOException {
    try (Statement s = pg.createStatement()) {
      for (String sql : Dialect.POSTGRESQL.createTemp(stage, columns)) {
        s.execute(sql);
      }
    }
    String cols = String.join(", ", columns.stream().map(c -> Dialect.quote(c.name())).toList());
    long n =
        ParquetCopy.copyRows(
            rows,
            columns,
            pg.unwrap(PGConnection.class).getCopyAPI(),
            "COPY " + stage + " (" + cols + ") FROM STDIN");
    try (Statement s = pg.createStatement()) {
      s.execute("ANALYZE " + stage);
    }
    return n;
  }

  private Connection duck() throws SQLException {
    if (duck == null) {
      Properties streaming = new Properties();
      // Rows flow to COPY as DuckDB produces them, instead of the whole table first.
      streaming.setProperty("jdbc_stream_results", "true");
      duck = DriverManager.getConnection("jdbc:duckdb:", streaming);
    }
    return duck;
  }

  /** A stable advisory-lock key for publishing to a schema. */
  static long lockKey(String schema) {
    long h = 1125899906842597L;
    for (byte b : ("annals publish " + schema).getBytes(StandardCharsets.UTF_8)) {
      h = 31 * h + b;
    }
    return h;
  }

  @Override
  public void close() {
    try {
      if (duck != null) {
        duck.close();
      }
    } catch (SQLException e) {
      // Nothing was written through it.
    }
    try {
      pg.close();
    } catch (SQLException e) {
      // An open transaction is rolled back by the server when the session ends.
    }
  }
}
