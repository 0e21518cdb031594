package org.annals.publish;

import java.util.List;
import java.util.regex.Pattern;

/** The SQL dialects annals publishes to. */
public enum Dialect {
  POSTGRESQL("jsonb", "timestamptz"),
  DUCKDB("JSON", "TIMESTAMPTZ");

  private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private final String jsonType;
  private final String timestampType;

  Dialect(String jsonType, String timestampType) {
    this.jsonType = jsonType;
    this.timestampType = timestampType;
  }

  public String jsonType() {
    return jsonType;
  }

  public String timestampType() {
    return timestampType;
  }

  /**
   * Secondary indexes are created in PostgreSQL only. DuckDB scans with min/max zone maps, and its
   * ART indexes serve point lookups only while slowing bulk loads.
   */
  public boolean secondaryIndexes() {
    return this == POSTGRESQL;
  }

  /** The calendar month ({@code yyyy-MM}) of a date expression, as text. */
  public String month(String dateExpression) {
    return this == POSTGRESQL
        ? "to_char(" + dateExpression + ", 'YYYY-MM')"
        : "strftime(" + dateExpression + ", '%Y-%m')";
  }

  /**
   * Statements creating a temporary table of the publishing transaction (dropped at commit in
   * PostgreSQL, replaced by the next publish in DuckDB) from a query.
   */
  public List<String> createTempAs(String name, String query) {
    return this == POSTGRESQL
        ? List.of(
            "DROP TABLE IF EXISTS pg_temp." + name,
            "CREATE TEMP TABLE " + name + " ON COMMIT DROP AS " + query)
        : List.of("CREATE OR REPLACE TEMP TABLE " + name + " AS " + query);
  }

  /**
   * Statements creating an empty temporary table with {@code columns}, as {@link #createTempAs}.
   */
  public List<String> createTemp(String name, List<Column> columns) {
    String cols = String.join(", ", columns.stream().map(c -> c.definition(this)).toList());
    return this == POSTGRESQL
        ? List.of(
            "DROP TABLE IF EXISTS pg_temp." + name,
            "CREATE TEMP TABLE " + name + " (" + cols + ") ON COMMIT DROP")
        : List.of("CREATE OR REPLACE TEMP TABLE " + name + " (" + cols + ")");
  }

  /** A quoted identifier. */
  public static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** Checks a role name given on the command line, as {@link #checkSchemaName} does. */
  public static String checkRoleName(String role) {
    if (role == null || !PLAIN_NAME.matcher(role).matches()) {
      throw new IllegalArgumentException(
          "role: use lower-case letters, digits and '_' (at most 63), was '" + role + "'");
    }
    return role;
  }

  /**
   * Checks a schema name given on the command line: lower-case letters, digits and underscores, so
   * that it needs no quoting in the SQL a BI user writes.
   */
  public static String checkSchemaName(String schema) {
    if (schema == null || !PLAIN_NAME.matcher(schema).matches()) {
      throw new IllegalArgumentException(
          "schema: use lower-case letters, digits and '_' (at most 63), was '" + schema + "'");
    }
    return schema;
  }
}
