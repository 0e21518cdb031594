package org.annals.publish;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A database annals publishes to, with one open connection whose transaction the {@link Publisher}
 * drives (auto-commit off). Not thread-safe: one publish at a time per target.
 */
public interface Target extends AutoCloseable {

  Dialect dialect();

  /** The target as a user should see it in messages: no password. */
  String describe();

  /** The open connection, auto-commit off. */
  Connection connection();

  /** Scrubs the target's secrets from messages. */
  Secrets secrets();

  /**
   * Makes concurrent publishes to the same schema wait for each other, until this transaction ends.
   */
  void lockForPublish(String schema) throws SQLException;

  /**
   * Loads a table's rows from the run into {@link TableSpec#stageName} (a temporary table of this
   * transaction with the contract's columns), after the published table exists.
   *
   * @return rows staged
   */
  long stage(TableSpec table, TableDdl ddl, RunOutput run) throws SQLException, IOException;

  /**
   * Loads rows computed in Java into {@code stage}, a new temporary table of this transaction with
   * {@code columns}. Values are of the columns' Java types: {@code String}, {@code Integer}, {@code
   * Long}, {@code Double}, {@code Boolean}, {@code LocalDate}, {@code String[]}; null for SQL null.
   *
   * @return rows staged
   */
  long stageRows(String stage, List<Column> columns, Iterable<Object[]> rows)
      throws SQLException, IOException;

  @Override
  void close();
}
