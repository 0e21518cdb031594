package org.annals.publish;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The column types of the output contract, as a database sees them. Each contract type has one SQL
 * type per {@link Dialect} and one DuckDB type name as read from the run's Parquet.
 */
public enum ColumnType {
  TEXT("text", "VARCHAR"),
  INTEGER("integer", "INTEGER"),
  BIGINT("bigint", "BIGINT"),
  DOUBLE("double precision", "DOUBLE"),
  BOOLEAN("boolean", "BOOLEAN"),
  DATE("date", "DATE"),
  TEXT_ARRAY("text[]", "VARCHAR[]");

  private final String postgres;
  private final String duckdb;

  ColumnType(String postgres, String duckdb) {
    this.postgres = postgres;
    this.duckdb = duckdb;
  }

  /** The SQL type of this column in {@code dialect}. */
  public String sql(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? postgres : duckdb;
  }

  /** How DuckDB names this type when it reads the run's Parquet (e.g. {@code VARCHAR[]}). */
  public String duckdbName() {
    return duckdb;
  }

  /**
   * The contract type for a Spark type of {@code OutputTables}.
   *
   * @throws IllegalArgumentException for a type the contract does not use
   */
  public static ColumnType of(DataType type) {
    if (type.equals(DataTypes.StringType)) {
      return TEXT;
    } else if (type.equals(DataTypes.IntegerType)) {
      return INTEGER;
    } else if (type.equals(DataTypes.LongType)) {
      return BIGINT;
    } else if (type.equals(DataTypes.DoubleType)) {
      return DOUBLE;
    } else if (type.equals(DataTypes.BooleanType)) {
      return BOOLEAN;
    } else if (type.equals(DataTypes.DateType)) {
      return DATE;
    } else if (type instanceof ArrayType a && a.elementType().equals(DataTypes.StringType)) {
      return TEXT_ARRAY;
    }
    throw new IllegalArgumentException("type: no database type for " + type.simpleString());
  }
}
