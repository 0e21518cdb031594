package org.annals.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams a table from the run's Parquet (read by an in-process DuckDB) into PostgreSQL with {@code
 * COPY ... FROM STDIN}, typed column by column, without an intermediate file. Rows are encoded in
 * {@link PgCopyText} format and sent in blocks of about a megabyte.
 */
final class ParquetCopy {

  private static final int BLOCK = 1 << 20;

  private ParquetCopy() {}

  /**
   * Copies the rows of {@code query} (columns as in {@code columns}) into {@code copySql}.
   *
   * @return rows copied
   */
  static long copy(
      Statement duck, String query, List<Column> columns, CopyManager pg, String copySql)
      throws SQLException, IOException {
    CopyIn in = pg.copyIn(copySql);
    boolean done = false;
    try (ResultSet rs = duck.executeQuery(query)) {
      rs.setFetchSize(2048);
      StringBuilder block = new StringBuilder(BLOCK + 64 * 1024);
      long rows = 0;
      int n = columns.size();
      while (rs.next()) {
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            block.append('\t');
          }
          append(block, rs, i + 1, columns.get(i).type());
        }
        block.append('\n');
        rows++;
        if (block.length() >= BLOCK) {
          send(in, block);
        }
      }
      send(in, block);
      in.endCopy();
      done = true;
      return rows;
    } finally {
      if (!done && in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  /**
   * Copies rows computed in Java (values of the columns' Java types, see {@link Target#stageRows})
   * into {@code copySql}.
   *
   * @return rows copied
   */
  static long copyRows(
      Iterable<Object[]> rows, List<Column> columns, CopyManager pg, String copySql)
      throws SQLException {
    CopyIn in = pg.copyIn(copySql);
    boolean done = false;
    try {
      StringBuilder block = new StringBuilder(BLOCK + 64 * 1024);
      long n = 0;
      for (Object[] row : rows) {
        for (int i = 0; i < columns.size(); i++) {
          if (i > 0) {
            block.append('\t');
          }
          appendValue(block, row[i], columns.get(i).type());
        }
        block.append('\n');
        n++;
        if (block.length() >= BLOCK) {
          send(in, block);
        }
      }
      send(in, block);
      in.endCopy();
      done = true;
      return n;
    } finally {
      if (!done && in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  private static void appendValue(StringBuilder out, Object v, ColumnType type) {
    if (v == null) {
      out.append(PgCopyText.NULL);
      return;
    }
    switch (type) {
      case TEXT -> PgCopyText.appendText(out, (String) v);
      case INTEGER, BIGINT -> out.append(((Number) v).longValue());
      case DOUBLE -> PgCopyText.appendDouble(out, ((Number) v).doubleValue());
      case BOOLEAN -> PgCopyText.appendBoolean(out, (Boolean) v);
      case DATE -> PgCopyText.appendDate(out, (LocalDate) v);
      case TEXT_ARRAY -> PgCopyText.appendTextArray(out, (Object[]) v);
    }
  }

  private static void send(CopyIn in, StringBuilder block) throws SQLException {
    if (block.length() > 0) {
      byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
      in.writeToCopy(bytes, 0, bytes.length);
      block.setLength(0);
    }
  }

  private static void append(StringBuilder out, ResultSet rs, int i, ColumnType type)
      throws SQLException {
    switch (type) {
      case TEXT -> PgCopyText.appendText(out, rs.getString(i));
      case INTEGER, BIGINT -> {
        long v = rs.getLong(i);
        if (rs.wasNull()) {
          out.append(PgCopyText.NULL);
        } else {
          out.append(v);
        }
      }
      case DOUBLE -> {
        double v = rs.getDouble(i);
        if (rs.wasNull()) {
          out.append(PgCopyText.NULL);
        } else {
          PgCopyText.appendDouble(out, v);
        }
      }
      case BOOLEAN -> {
        boolean v = rs.getBoolean(i);
        if (rs.wasNull()) {
          out.append(PgCopyText.NULL);
        } else {
          PgCopyText.appendBoolean(out, v);
        }
      }
      case DATE -> {
        LocalDate d = rs.getObject(i, LocalDate.class);
        if (d == null) {
          out.append(PgCopyText.NULL);
        } else {
          PgCopyText.appendDate(out, d);
        }
      }
      case TEXT_ARRAY -> {
        Array a = rs.getArray(i);
        PgCopyText.appendTextArray(out, a == null ? null : (Object[]) a.getArray());
      }
    }
  }
}
