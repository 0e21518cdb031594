package org.annals.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.annals.publish.PublishException.Kind;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A DuckDB database file. DuckDB reads the run's Parquet itself, so a table is staged with one
 * {@code CREATE TEMP TABLE ... AS SELECT ... FROM read_parquet(...)}. DuckDB lets one process open
 * a file for writing: while a publish runs, other processes cannot open the file, and readers in
 * the same process see the data as of before the publish until it commits.
 */
public final class DuckDbTarget implements Target {

  private final Path file;
  private final Connection connection;

  private DuckDbTarget(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens (creating if needed) the database file. */
  public static DuckDbTarget open(Path file) throws PublishException {
    Path abs = file.toAbsolutePath().normalize();
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + abs);
      c.setAutoCommit(false);
      return new DuckDbTarget(abs, c);
    } catch (IOException | SQLException e) {
      throw new PublishException(
          Kind.TARGET,
          "cannot open the DuckDB file "
              + abs
              + " (is another process using it?): "
              + RunOutput.firstLine(e.getMessage()));
    }
  }

  @Override
  public Dialect dialect() {
    return Dialect.DUCKDB;
  }

  @Override
  public String describe() {
    return "duckdb:" + file;
  }

  @Override
  public Connection connection() {
    return connection;
  }

  @Override
  public Secrets secrets() {
    return Secrets.of(null);
  }

  @Override
  public void lockForPublish(String schema) {
    // The file lock already makes this process the only writer.
  }

  @Override
  public long stage(TableSpec table, TableDdl ddl, RunOutput run) throws SQLException {
    String stage = TableSpec.stageName(table.name());
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE " + stage + " AS " + run.parquetQuery(table));
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + stage)) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  @Override
  public long stageRows(String stage, List<Column> columns, Iterable<Object[]> rows)
      throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String sql : Dialect.DUCKDB.createTemp(stage, columns)) {
        s.execute(sql);
      }
    }
    long n = 0;
    try (DuckDBAppender a =
        connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", stage)) {
      for (Object[] row : rows) {
        a.beginRow();
        for (int i = 0; i < columns.size(); i++) {
          append(a, row[i], columns.get(i).type());
        }
        a.endRow();
        n++;
      }
    }
    return n;
  }

  private static void append(DuckDBAppender a, Object v, ColumnType type) throws SQLException {
    if (v == null) {
      a.appendNull();
      return;
    }
    switch (type) {
      case TEXT -> a.append((String) v);
      case INTEGER -> a.append(((Number) v).intValue());
      case BIGINT -> a.append(((Number) v).longValue());
      case DOUBLE -> a.append(((Number) v).doubleValue());
      case BOOLEAN -> a.append((boolean) (Boolean) v);
      case DATE -> a.append((LocalDate) v);
      case TEXT_ARRAY -> a.append(Arrays.asList((Object[]) v));
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // An uncommitted transaction is discarded with the connection.
    }
  }
}
