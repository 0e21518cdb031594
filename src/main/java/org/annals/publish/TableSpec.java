package org.annals.publish;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How one table of the output contract is published: its columns (from {@code OutputTables}), its
 * primary key and the columns BI queries filter on (indexed).
 *
 * @param name the table's contract name
 * @param columns the contract's columns, in order
 * @param primaryKey primary key columns; empty for none
 * @param indexes column lists to index (PostgreSQL only, see {@link Dialect#secondaryIndexes()})
 */
public record TableSpec(
    String name, List<Column> columns, List<String> primaryKey, List<List<String>> indexes) {

  public TableSpec {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    indexes = indexes.stream().map(List::copyOf).toList();
  }

  /** The staged copy of a table's new rows, a temporary table of the publishing transaction. */
  public static String stageName(String table) {
    return "annals_stage_" + table;
  }

  /** The column names, quoted and comma-separated, in contract order. */
  public String columnList() {
    return columns.stream().map(c -> Dialect.quote(c.name())).collect(Collectors.joining(", "));
  }
}
