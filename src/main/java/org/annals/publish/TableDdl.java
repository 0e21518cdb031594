package org.annals.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The SQL that creates, and over contract versions extends, a published table. */
public final class TableDdl {

  private final Dialect dialect;
  private final String schema;

  public TableDdl(Dialect dialect, String schema) {
    this.dialect = dialect;
    this.schema = Dialect.checkSchemaName(schema);
  }

  /** {@code "schema"."name"}. */
  public String qualified(String name) {
    return Dialect.quote(schema) + "." + Dialect.quote(name);
  }

  /** {@code "schema"}. */
  public String qualifiedSchema() {
    return Dialect.quote(schema);
  }

  public String createSchema() {
    return "CREATE SCHEMA IF NOT EXISTS " + Dialect.quote(schema);
  }

  /** CREATE TABLE IF NOT EXISTS with the contract's columns, NOT NULLs and primary key. */
  public String createTable(TableSpec table) {
    List<String> parts = new ArrayList<>();
    for (Column c : table.columns()) {
      parts.add(c.definition(dialect));
    }
    if (!table.primaryKey().isEmpty()) {
      parts.add("PRIMARY KEY (" + quotedList(table.primaryKey()) + ")");
    }
    return "CREATE TABLE IF NOT EXISTS "
        + qualified(table.name())
        + " (\n  "
        + String.join(",\n  ", parts)
        + "\n)";
  }

  /**
   * ALTER TABLE statements adding the contract columns an existing table lacks (the contract only
   * ever appends columns). Added columns are nullable: rows published before have no value.
   */
  public List<String> addMissingColumns(TableSpec table, Set<String> existing) {
    List<String> out = new ArrayList<>();
    for (Column c : table.columns()) {
      if (!existing.contains(c.name())) {
        out.add(
            "ALTER TABLE "
                + qualified(table.name())
                + " ADD COLUMN "
                + Dialect.quote(c.name())
                + " "
                + c.type().sql(dialect));
      }
    }
    return out;
  }

  /** CREATE INDEX IF NOT EXISTS for the table's query columns, where the dialect uses them. */
  public List<String> createIndexes(TableSpec table) {
    if (!dialect.secondaryIndexes()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (List<String> cols : table.indexes()) {
      String name = table.name() + "_" + String.join("_", cols) + "_idx";
      out.add(
          "CREATE INDEX IF NOT EXISTS "
              + Dialect.quote(name)
              + " ON "
              + qualified(table.name())
              + " ("
              + quotedList(cols)
              + ")");
    }
    return out;
  }

  /**
   * GRANTs giving roles read access to the schema and everything in it (tables, views and the
   * publish log). PostgreSQL only: a DuckDB file has no roles.
   */
  public List<String> grantRead(List<String> roles) {
    if (roles.isEmpty()) {
      return List.of();
    }
    if (dialect != Dialect.POSTGRESQL) {
      throw new IllegalArgumentException("readers: only PostgreSQL has roles to grant access to");
    }
    String to = roles.stream().map(Dialect::quote).collect(Collectors.joining(", "));
    return List.of(
        "GRANT USAGE ON SCHEMA " + qualifiedSchema() + " TO " + to,
        "GRANT SELECT ON ALL TABLES IN SCHEMA " + qualifiedSchema() + " TO " + to);
  }

  /**
   * DELETE of every published row, which a publish replaces with the run's (not TRUNCATE, which
   * would lock readers out until the publish commits).
   */
  public String deleteAll(TableSpec table) {
    return "DELETE FROM " + qualified(table.name());
  }

  /** INSERT of the staged rows, by column name. */
  public String insertStaged(TableSpec table) {
    String cols = table.columnList();
    return "INSERT INTO "
        + qualified(table.name())
        + " ("
        + cols
        + ") SELECT "
        + cols
        + " FROM "
        + TableSpec.stageName(table.name());
  }

  private static String quotedList(List<String> names) {
    return names.stream().map(Dialect::quote).collect(Collectors.joining(", "));
  }
}
