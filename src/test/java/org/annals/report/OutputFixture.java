package org.annals.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.job.OutputTables;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a small annals output directory without Spark: each table as {@code
 * parquet/<table>/part-00000.parquet} with exactly the columns and types that {@link OutputTables}
 * declares (through DuckDB's {@code COPY ... (FORMAT PARQUET)}) and as {@code
 * csv/<table>/part-00000.csv} (header, arrays joined with {@code ;}), plus a {@code manifest.json}.
 * Rows are given in declared column order.
 */
final class OutputFixture {

  private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

  OutputFixture() {
    OutputTables.ALL.keySet().forEach(t -> rows.put(t, new ArrayList<>()));
  }

  OutputFixture add(String table, Object... values) {
    StructType schema = OutputTables.ALL.get(table);
    if (values.length != schema.fields().length) {
      throw new IllegalArgumentException(
          table + ": " + schema.fields().length + " values expected, got " + values.length);
    }
    rows.get(table).add(values);
    return this;
  }

  /** DuckDB's name for a declared Spark type, as a BI tool sees it in the Parquet files. */
  static String duckType(DataType t) {
    if (t instanceof ArrayType a) {
      return duckType(a.elementType()) + "[]";
    }
    if (t.equals(DataTypes.StringType)) {
      return "VARCHAR";
    }
    if (t.equals(DataTypes.DateType)) {
      return "DATE";
    }
    if (t.equals(DataTypes.IntegerType)) {
      return "INTEGER";
    }
    if (t.equals(DataTypes.LongType)) {
      return "BIGINT";
    }
    if (t.equals(DataTypes.DoubleType)) {
      return "DOUBLE";
    }
    if (t.equals(DataTypes.BooleanType)) {
      return "BOOLEAN";
    }
    throw new IllegalArgumentException("no DuckDB type for " + t);
  }

  void write(Path dir, String manifestJson) throws IOException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Map.Entry<String, List<Object[]>> e : rows.entrySet()) {
        writeTable(db, dir, e.getKey(), e.getValue());
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    Files.writeString(dir.resolve("manifest.json"), manifestJson);
  }

  private static void writeTable(Connection db, Path dir, String table, List<Object[]> values)
      throws SQLException, IOException {
    StructType schema = OutputTables.ALL.get(table);
    StringBuilder create = new StringBuilder("CREATE TABLE " + table + " (");
    StringBuilder marks = new StringBuilder();
    for (StructField f : schema.fields()) {
      create
          .append(marks.isEmpty() ? "" : ", ")
          .append('"')
          .append(f.name())
          .append("\" ")
          .append(duckType(f.dataType()));
      marks.append(marks.isEmpty() ? "?" : ", ?");
    }
    try (Statement s = db.createStatement()) {
      s.execute(create.append(')').toString());
    }
    try (PreparedStatement insert =
        db.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
      for (Object[] row : values) {
        for (int i = 0; i < row.length; i++) {
          Object v = row[i];
          if (v instanceof LocalDate d) {
            insert.setString(i + 1, d.toString());
          } else if (v instanceof List<?> list) {
            insert.setArray(i + 1, db.createArrayOf("VARCHAR", list.toArray()));
          } else {
            insert.setObject(i + 1, v);
          }
        }
        insert.executeUpdate();
      }
    }
    Path parquet = Files.createDirectories(dir.resolve("parquet").resolve(table));
    Path csv = Files.createDirectories(dir.resolve("csv").resolve(table));
    StringBuilder csvColumns = new StringBuilder();
    for (StructField f : schema.fields()) {
      String name = '"' + f.name() + '"';
      csvColumns
          .append(csvColumns.isEmpty() ? "" : ", ")
          .append(
              f.dataType() instanceof ArrayType
                  ? "array_to_string(" + name + ", ';') AS " + name
                  : name);
    }
    try (Statement s = db.createStatement()) {
      s.execute(
          "COPY "
              + table
              + " TO '"
              + literal(parquet.resolve("part-00000.parquet"))
              + "' (FORMAT PARQUET)");
      s.execute(
          "COPY (SELECT "
              + csvColumns
              + " FROM "
              + table
              + ") TO '"
              + literal(csv.resolve("part-00000.csv"))
              + "' (FORMAT CSV, HEADER, QUOTE '\"', ESCAPE '\"')");
      s.execute("DROP TABLE " + table);
    }
  }

  private static String literal(Path p) {
    return p.toAbsolutePath().toString().replace("'", "''");
  }

  static final String HOSTILE = "<script>alert('x')</script> \"quoted\" & ]]> <b>bold</b>";

  /**
   * The seed story (Tajikistan, Russia, NATO, April 2012) with hostile text in titles, evidence,
   * names and labels, in a fresh output directory.
   */
  static Path seed(Path dir) throws IOException {
    LocalDate apr17 = LocalDate.of(2012, 4, 17);
    LocalDate apr23 = LocalDate.of(2012, 4, 23);
    LocalDate nov1 = LocalDate.of(2011, 11, 1);
    LocalDate nov30 = LocalDate.of(2011, 11, 30);
    OutputFixture f = new OutputFixture();
    f.add(
        "articles",
        "a1",
        "eurasianet",
        "http://example.org/a1",
        "Tajikistan " + HOSTILE,
        apr23,
        "text",
        20,
        8,
        apr17,
        "day",
        "s1",
        apr17,
        "relative",
        4000,
        "in/a1.txt",
        0L,
        List.of());
    f.add(
        "articles",
        "a2",
        "rferl",
        "http://example.org/a2",
        "Dushanbe & Moscow",
        LocalDate.of(2012, 4, 24),
        "metadata",
        10,
        3,
        apr17,
        "day",
        "s1",
        apr17,
        "relative",
        2000,
        "in/a2.jsonl",
        1L,
        List.of("invalid_utf8"));
    event(
        f,
        "e1",
        apr17,
        apr17,
        "day",
        "relative",
        "TJKGOV",
        "Tajik government",
        null,
        null,
        "120",
        "12",
        "Reject",
        3,
        -4.0,
        "asserted",
        -0.3,
        3,
        2,
        2,
        "Tajikistan rejects foreign requests for military bases " + HOSTILE,
        List.of("a1", "a2"));
    event(
        f,
        "e2",
        apr23,
        apr23,
        "day",
        "publication",
        "TJK",
        "Tajikistan " + HOSTILE,
        "RUS",
        "Russia",
        "051",
        "05",
        "Praise or endorse " + HOSTILE,
        1,
        3.4,
        "asserted",
        0.6,
        4,
        2,
        2,
        "Russia is our main strategic partner and natural ally.",
        List.of("a1", "a2"));
    event(
        f,
        "e3",
        LocalDate.of(2012, 4, 1),
        LocalDate.of(2012, 4, 30),
        "month",
        "relative",
        "RUS",
        "Russia",
        "IGOWSTNAT",
        "NATO",
        "112",
        "11",
        "Accuse",
        3,
        -2.0,
        "asserted",
        -0.4,
        2,
        1,
        1,
        "Russia opposes a long-term Western presence.",
        List.of("a1"));
    event(
        f,
        "e4",
        LocalDate.of(2012, 4, 20),
        LocalDate.of(2012, 4, 20),
        "day",
        "explicit",
        "IGOWSTNAT",
        "NATO",
        "AFG",
        "Afghanistan",
        "0874",
        "08",
        "Retreat militarily",
        2,
        5.0,
        "planned",
        0.1,
        1,
        1,
        1,
        "NATO troops are due to pull out of Afghanistan.",
        List.of("a1"));
    event(
        f,
        "e5",
        LocalDate.of(2012, 5, 9),
        LocalDate.of(2012, 5, 9),
        "day",
        "explicit",
        "RUS",
        "Russia",
        "TJK",
        "Tajikistan",
        "173",
        "17",
        "Arrest, detain",
        4,
        -5.0,
        "negated",
        -0.5,
        1,
        1,
        1,
        "Moscow has not detained anyone.",
        List.of("a2"));
    event(
        f,
        "e0",
        nov1,
        nov30,
        "month",
        "relative",
        "TJKJUD",
        "Tajik court",
        "RUS",
        "Russia",
        "173",
        "17",
        "Arrest, detain",
        4,
        -5.0,
        "asserted",
        -0.7,
        2,
        2,
        2,
        "A Russian pilot was jailed last November.",
        List.of("a1", "a2"));
    dyad(
        f,
        "RUS",
        "TJK",
        false,
        "quarter",
        "2012-Q2",
        LocalDate.of(2012, 4, 1),
        LocalDate.of(2012, 6, 30),
        2,
        5,
        0.35,
        0.05,
        0.65);
    dyad(
        f,
        "TJK",
        "RUS",
        true,
        "quarter",
        "2012-Q2",
        LocalDate.of(2012, 4, 1),
        LocalDate.of(2012, 6, 30),
        1,
        4,
        0.6,
        0.3,
        0.9);
    dyad(
        f,
        "IGOWSTNAT",
        "RUS",
        false,
        "quarter",
        "2012-Q2",
        LocalDate.of(2012, 4, 1),
        LocalDate.of(2012, 6, 30),
        1,
        2,
        -0.4,
        null,
        null);
    dyad(
        f,
        "RUS",
        "TJK",
        false,
        "month",
        "2012-04",
        LocalDate.of(2012, 4, 1),
        LocalDate.of(2012, 4, 30),
        1,
        4,
        0.6,
        0.3,
        0.9);
    dyad(
        f,
        "RUS",
        "TJK",
        false,
        "month",
        "2012-05",
        LocalDate.of(2012, 5, 1),
        LocalDate.of(2012, 5, 31),
        1,
        1,
        -0.1,
        null,
        null);
    dyad(f, "RUS", "TJK", false, "month", "2011-11", nov1, nov30, 1, 2, -0.7, -0.9, -0.5);
    dyad(
        f,
        "IGOWSTNAT",
        "RUS",
        false,
        "month",
        "2012-04",
        LocalDate.of(2012, 4, 1),
        LocalDate.of(2012, 4, 30),
        1,
        2,
        -0.4,
        -0.6,
        -0.2);
    dyad(
        f,
        "RUS",
        "TJK",
        false,
        "week",
        "2012-W17",
        apr23,
        LocalDate.of(2012, 4, 29),
        1,
        4,
        0.6,
        0.3,
        0.9);
    f.add(
        "key_dates", apr23, 9.5, 2L, 6L, 2L, "e2", "Tajikistan " + HOSTILE + " praises Russia", 1);
    f.add("key_dates", apr17, 5.0, 1L, 3L, 2L, "e1", "Tajik government rejects", 2);
    f.add(
        "key_dates", LocalDate.of(2011, 11, 15), 4.0, 1L, 2L, 2L, "e0", "Russian pilot jailed", 3);
    f.add(
        "mentions",
        "m1",
        "e1",
        "a1",
        0,
        0,
        40,
        "Tajikistan rejects " + HOSTILE,
        "TJKGOV",
        "Tajik government",
        null,
        null,
        "120",
        "12",
        3,
        -4.0,
        "asserted",
        false,
        apr17,
        apr17,
        "day",
        "on Tuesday",
        "relative",
        -0.3,
        0.8,
        "Reject",
        apr23,
        "eurasianet");
    f.add("rejects", "in/reuters.jsonl", 3L, "empty_text", "no text after cleaning", HOSTILE);
    f.write(Files.createDirectories(dir), MANIFEST);
    return dir;
  }

  static final String MANIFEST =
      """
      {"annals_version":"0.1.0","spark_version":"4.0.1","started":"2026-01-01T00:00:00Z",
       "finished":"2026-01-01T00:00:10Z","inputs":["in/<script>.txt"],"input_files":2,
       "counts":{"records_read":3,"articles":2,"rejected":1,"mentions":1,"events":6},
       "rejects_by_reason":{"empty_text":1},
       "tables":{"articles":2,"mentions":1,"timeline":6,"dyads":8,"key_dates":3,"rejects":1}}
      """;

  static void event(
      OutputFixture f,
      String id,
      LocalDate begin,
      LocalDate end,
      String granularity,
      String basis,
      String source,
      String sourceName,
      String target,
      String targetName,
      String code,
      String root,
      String label,
      int quad,
      double goldstein,
      String modality,
      double sentiment,
      long mentions,
      long articles,
      long sources,
      String evidence,
      List<String> articleIds) {
    f.add(
        "timeline",
        id,
        begin,
        end,
        granularity,
        basis,
        source,
        sourceName,
        target,
        targetName,
        code,
        root,
        label,
        quad,
        goldstein,
        modality,
        sentiment,
        mentions,
        articles,
        sources,
        LocalDate.of(2012, 4, 23),
        LocalDate.of(2012, 4, 24),
        evidence,
        articleIds);
  }

  private static void dyad(
      OutputFixture f,
      String a,
      String b,
      boolean directed,
      String type,
      String period,
      LocalDate start,
      LocalDate end,
      long events,
      long mentions,
      double mean,
      Double low,
      Double high) {
    f.add(
        "dyads",
        a,
        b,
        directed,
        type,
        period,
        start,
        end,
        events,
        mentions,
        mean,
        low,
        high,
        mean * 10,
        mean * 10 / events,
        1L,
        0L,
        1L,
        0L);
  }
}
