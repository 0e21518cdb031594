package org.annals.publish;

/** A column of a published table: its contract name, type and whether it may be null. */
public record Column(String name, ColumnType type, boolean nullable) {

  /** {@code "name" type [NOT NULL]}, for CREATE TABLE. */
  public String definition(Dialect dialect) {
    return Dialect.quote(name) + " " + type.sql(dialect) + (nullable ? "" : " NOT NULL");
  }
}
