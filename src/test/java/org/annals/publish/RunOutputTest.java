package org.annals.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's output is checked before anything is published. */
class RunOutputTest {

  static final RunFixture RUN =
      new RunFixture("r1", LocalDate.of(2012, 4, 1), 5, 5, "2026-01-01T00:00:00Z");

  @TempDir static Path shared;
  static Path good;
  @TempDir Path tmp;

  @BeforeAll
  static void writeRun() throws Exception {
    good = RUN.write(shared.resolve("good"));
  }

  Path copy() throws Exception {
    Path dir = tmp.resolve("run");
    try (Stream<Path> files = Files.walk(good)) {
      for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
        Files.copy(p, dir.resolve(good.relativize(p).toString()));
      }
    }
    return dir;
  }

  String problem(Path dir) {
    PublishException e =
        assertThrows(PublishException.class, () -> RunOutput.open(dir, PublishedTables.all()));
    assertEquals(PublishException.Kind.INPUT, e.kind());
    return e.getMessage();
  }

  @Test
  void aCompleteRunOpensWithItsRowCountsAndIdentity() throws Exception {
    RunOutput run = RunOutput.open(good, PublishedTables.all());
    assertEquals(15, run.rows("mentions"));
    assertEquals(64, run.runId().length());
    assertEquals("2026-01-01T00:00:00Z", run.manifest().get("started").asText());
  }

  @Test
  void aRunWithoutItsManifestIsNotFinished() throws Exception {
    Path dir = copy();
    Files.delete(dir.resolve("manifest.json"));
    assertTrue(problem(dir).contains("no manifest.json"));
  }

  @Test
  void aMissingTableIsNamed() throws Exception {
    Path dir = copy();
    Path table = dir.resolve("parquet/dyads");
    Files.delete(table.resolve("part-00000.parquet"));
    Files.delete(table);
    assertTrue(problem(dir).contains("parquet/dyads: missing"));
  }

  @Test
  void aTruncatedParquetFileIsNamed() throws Exception {
    Path dir = copy();
    Path part = dir.resolve("parquet/timeline/part-00000.parquet");
    byte[] bytes = Files.readAllBytes(part);
    Files.write(part, Arrays.copyOf(bytes, bytes.length - 10));
    String message = problem(dir);
    assertTrue(
        message.contains("parquet/timeline/part-00000.parquet: not a readable Parquet"), message);
  }

  @Test
  void aTableWithFewerRowsThanTheManifestSaysIsNotTheRuns() throws Exception {
    Path dir = copy();
    Path part = dir.resolve("parquet/articles/part-00000.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT * FROM read_parquet('"
              + good.resolve("parquet/articles/part-00000.parquet")
              + "') LIMIT 2) TO '"
              + part
              + "' (FORMAT PARQUET)");
    }
    assertTrue(problem(dir).contains("has 2 rows but manifest.json says 5"));
  }

  @Test
  void aColumnOfAnotherTypeIsNamed() throws Exception {
    Path dir = copy();
    Path part = dir.resolve("parquet/key_dates/part-00000.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT * REPLACE (CAST(n_events AS INTEGER) AS n_events) FROM read_parquet('"
              + good.resolve("parquet/key_dates/part-00000.parquet")
              + "')) TO '"
              + part
              + "' (FORMAT PARQUET)");
    }
    String message = problem(dir);
    assertTrue(message.contains("column n_events is INTEGER, the contract says BIGINT"), message);
  }
}
