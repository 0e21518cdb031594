package org.annals.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.job.OutputTables;
import org.annals.job.RunJob;
import org.annals.job.RunOptions;
import org.annals.job.SparkSessions;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real run's output as a BI tool sees it: DuckDB over JDBC reads every Parquet table and finds
 * the declared columns, in order, with the SQL types of {@link OutputTables} (DATE, DOUBLE, BIGINT,
 * INTEGER, VARCHAR, BOOLEAN, VARCHAR[]), and as many rows as the manifest says; the CSV copies load
 * with their header and the same rows. The report is read from the same run.
 */
class BiReadyIT {

  static final String SEED = "jobs/samples/tajikistan-2012-04-23.txt";

  @TempDir static Path tmp;
  static Path out;
  static JsonNode manifest;
  static Connection db;

  @BeforeAll
  static void runTheJob() throws Exception {
    System.setProperty("spark.master", "local[2]");
    System.setProperty("spark.sql.shuffle.partitions", "4");
    SparkSession spark = SparkSessions.create("annals-bi-test");
    out = tmp.resolve("out");
    new RunJob(spark, new PrintStream(new ByteArrayOutputStream()))
        .run(new RunOptions(List.of(SEED), out.toString(), null, null, 0));
    manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    db = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  static String parquet(String table) {
    return "read_parquet('" + out.resolve("parquet").resolve(table) + "/*.parquet')";
  }

  static long count(String from) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + from)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void everyTableHasTheDeclaredColumnsWithTheirSqlTypes() throws SQLException {
    for (Map.Entry<String, StructType> table : OutputTables.ALL.entrySet()) {
      List<String> expected = new ArrayList<>();
      for (StructField f : table.getValue().fields()) {
        expected.add(f.name() + " " + OutputFixture.duckType(f.dataType()));
      }
      List<String> seen = new ArrayList<>();
      try (Statement s = db.createStatement();
          ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + parquet(table.getKey()))) {
        while (r.next()) {
          seen.add(r.getString("column_name") + " " + r.getString("column_type"));
        }
      }
      assertEquals(expected, seen, table.getKey());
    }
  }

  @Test
  void rowCountsAreTheManifests() throws SQLException {
    for (String table : OutputTables.ALL.keySet()) {
      assertEquals(manifest.at("/tables/" + table).asLong(-1), count(parquet(table)), table);
    }
    assertEquals(manifest.at("/counts/articles").asLong(), count(parquet("articles")));
    assertEquals(manifest.at("/counts/mentions").asLong(), count(parquet("mentions")));
    assertEquals(manifest.at("/counts/events").asLong(), count(parquet("timeline")));
    assertEquals(manifest.at("/counts/rejected").asLong(), count(parquet("rejects")));
    assertTrue(count(parquet("timeline")) > 0, "the seed article gives timeline events");
    assertTrue(count(parquet("dyads")) > 0, "the seed article gives dyads");
  }

  @Test
  void csvCopiesLoadWithTheirHeaderAndTheSameRows() throws SQLException {
    for (String table : OutputTables.ALL.keySet()) {
      String csv =
          "read_csv('"
              + out.resolve("csv").resolve(table).resolve("part-00000.csv")
              + "', header = true, quote = '\"', escape = '\"')";
      assertEquals(count(parquet(table)), count(csv), table + " CSV rows");
    }
  }

  @Test
  void datesAndNumbersAreUsableInSqlAsTheyAre() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT min(event_date), sum(n_mentions), avg(goldstein),"
                    + " max(len(article_ids)) FROM "
                    + parquet("timeline")
                    + " WHERE event_date BETWEEN DATE '2011-01-01' AND DATE '2015-12-31'")) {
      r.next();
      assertTrue(r.getObject(1) != null, "events dated 2011-2015");
      assertTrue(r.getLong(2) > 0);
      assertTrue(r.getLong(4) >= 1);
    }
  }

  @Test
  void theReportOfTheSeedQuarterShowsItsEvents() throws Exception {
    ReportPeriod q2 = ReportPeriod.parse("2012-Q2");
    Report report = new ReportReader(out, 15, 6).read(q2, q2.seriesType());
    assertFalse(report.events().isEmpty(), "events of April 2012");
    assertTrue(report.events().stream().allMatch(e -> q2.contains(e.eventDate())));
    String html = HtmlReport.render(report);
    assertTrue(html.contains("id=\"timeline-chart\""));
    assertTrue(html.contains("Tajik"), "actor names from the article");
    assertTrue(MarkdownReport.render(report).contains("## Key events"));
  }
}
