package org.annals.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.job.Manifest;
import org.annals.job.RunJob;
import org.annals.job.RunOptions;
import org.annals.job.SparkSessions;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real run of the pipeline on the seed article, published into DuckDB and PostgreSQL. */
class PublishRunIT {

  @TempDir static Path tmp;
  static Path out;
  static Manifest manifest;

  @BeforeAll
  static void runSeed() throws Exception {
    System.setProperty("spark.master", "local[2]");
    System.setProperty("spark.sql.shuffle.partitions", "4");
    SparkSession spark = SparkSessions.create("annals-publish-test");
    out = tmp.resolve("seed");
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    manifest =
        new RunJob(spark, quiet)
            .run(
                new RunOptions(
                    List.of("jobs/samples/tajikistan-2012-04-23.txt"),
                    out.toString(),
                    null,
                    null,
                    0));
  }

  static Map<String, Long> counts(Connection c, String schema) throws Exception {
    Map<String, Long> counts = new java.util.TreeMap<>();
    try (Statement s = c.createStatement()) {
      for (TableSpec t : PublishedTables.all()) {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + schema + "." + t.name())) {
          r.next();
          counts.put(t.name(), r.getLong(1));
        }
      }
    }
    return counts;
  }

  @Test
  void theRunInADuckDbFileHasItsRowsAndParquetTypes() throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    RunOutput run = RunOutput.open(out, PublishedTables.all());
    try (DuckDbTarget target = DuckDbTarget.open(db)) {
      new Publisher("main", false, new Publisher.Listener() {}).publish(run, target);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      assertEquals(new java.util.TreeMap<>(manifest.tables()), counts(c, "main"));
      for (TableSpec t : PublishedTables.all()) {
        assertEquals(
            describe(
                s,
                "DESCRIBE SELECT * FROM read_parquet('"
                    + out
                    + "/parquet/"
                    + t.name()
                    + "/*.parquet')"),
            describe(s, "DESCRIBE main." + t.name()),
            t.name());
      }
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM main.timeline_readable")) {
        r.next();
        assertEquals(manifest.counts().events(), r.getLong(1));
      }
    }
  }

  @Test
  void theRunInPostgresHasItsRowsAndIsPublishedOnce() throws Exception {
    TestPostgres.url();
    String schema = "seed_" + Long.toHexString(System.nanoTime());
    RunOutput run = RunOutput.open(out, PublishedTables.all());
    try {
      for (int i = 0; i < 2; i++) {
        try (PostgresTarget target = PostgresTarget.connect(TestPostgres.login())) {
          PublishReport report =
              new Publisher(schema, false, new Publisher.Listener() {}).publish(run, target);
          assertEquals(i == 1, report.unchanged());
        }
      }
      try (Connection c = TestPostgres.connect()) {
        assertEquals(new java.util.TreeMap<>(manifest.tables()), counts(c, schema));
        try (Statement s = c.createStatement();
            ResultSet r =
                s.executeQuery(
                    "SELECT count(*), min(counts->>'records_read') FROM "
                        + schema
                        + ".publish_log")) {
          r.next();
          assertEquals(1, r.getLong(1));
          assertEquals(String.valueOf(manifest.counts().recordsRead()), r.getString(2));
        }
      }
    } finally {
      TestPostgres.drop(schema);
    }
    assertTrue(manifest.counts().articles() > 0);
  }

  static Map<String, String> describe(Statement s, String sql) throws Exception {
    Map<String, String> cols = new LinkedHashMap<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        cols.put(r.getString("column_name"), r.getString("column_type"));
      }
    }
    return cols;
  }
}
