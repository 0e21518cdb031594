package org.annals.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing into a real DuckDB file. */
class DuckDbPublishTest {

  static final RunFixture APRIL =
      new RunFixture("r1", LocalDate.of(2012, 4, 1), 20, 45, "2026-01-01T00:00:00Z");

  @TempDir Path tmp;

  PublishReport publish(RunFixture fixture, Path db) throws Exception {
    return publish(fixture.write(tmp.resolve(fixture.prefix() + fixture.started().hashCode())), db);
  }

  static PublishReport publish(Path runDir, Path db) throws Exception {
    RunOutput run = RunOutput.open(runDir, PublishedTables.all());
    try (DuckDbTarget target = DuckDbTarget.open(db)) {
      return new Publisher("main", false, new Publisher.Listener() {}).publish(run, target);
    }
  }

  static Map<String, Long> counts(Path db) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      for (TableSpec t : PublishedTables.all()) {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM main." + t.name())) {
          r.next();
          counts.put(t.name(), r.getLong(1));
        }
      }
    }
    return counts;
  }

  static String scalar(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }

  @Test
  void tablesHaveTheRunsRowsAndTheContractsTypes() throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    Path runDir = APRIL.write(tmp.resolve("run"));
    PublishReport report = publish(runDir, db);
    assertFalse(report.unchanged());
    assertEquals(APRIL.counts(), counts(db));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      for (TableSpec t : PublishedTables.all()) {
        Map<String, String> published = new LinkedHashMap<>();
        try (ResultSet r = s.executeQuery("DESCRIBE main." + t.name())) {
          while (r.next()) {
            published.put(r.getString("column_name"), r.getString("column_type"));
          }
        }
        Map<String, String> parquet = new LinkedHashMap<>();
        try (ResultSet r =
            s.executeQuery(
                "DESCRIBE SELECT * FROM read_parquet('"
                    + runDir.resolve("parquet/" + t.name() + "/part-00000.parquet")
                    + "')")) {
          while (r.next()) {
            parquet.put(r.getString("column_name"), r.getString("column_type"));
          }
        }
        assertEquals(parquet, published, t.name() + ": columns and types");
      }
      // Every value, text escapes and arrays included, is the Parquet's.
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(*) FROM (SELECT * FROM main.timeline EXCEPT SELECT * FROM"
                  + " read_parquet('"
                  + runDir.resolve("parquet/timeline/part-00000.parquet")
                  + "'))")) {
        r.next();
        assertEquals(0, r.getLong(1));
      }
    }
  }

  @Test
  void publishingTheSameRunTwiceChangesNothing() throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    Path runDir = APRIL.write(tmp.resolve("run"));
    publish(runDir, db);
    String before = scalar(db, "SELECT count(*) FROM main.publish_log");
    PublishReport again = publish(runDir, db);
    assertTrue(again.unchanged());
    assertEquals(APRIL.counts(), counts(db));
    assertEquals(before, scalar(db, "SELECT count(*) FROM main.publish_log"));
  }

  @Test
  void aNewerRunReplacesWhatItCoversAndKeepsTheRest() throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    publish(APRIL, db);
    // Same ids and days as April but fewer events (so it covers 2012-04-01..2012-04-20 only),
    // re-published later: its rows replace April's in its range, April's rows after it stay.
    RunFixture redo =
        new RunFixture("r1", LocalDate.of(2012, 4, 1), 20, 20, "2026-02-01T00:00:00Z");
    PublishReport report = publish(redo, db);
    Map<String, Long> c = counts(db);
    assertEquals(20, c.get("articles"), "articles by id: replaced, not duplicated");
    assertEquals(60, c.get("mentions"), "mentions of the re-published articles replaced");
    assertEquals(45, c.get("timeline"), "events after the newer run's range stay");
    assertEquals(20, report.tables().get(2).replaced(), "timeline rows replaced");
    assertEquals("2012-05-15", scalar(db, "SELECT max(event_date) FROM main.timeline"));
    // A run of other months adds to them.
    RunFixture june =
        new RunFixture("r2", LocalDate.of(2012, 6, 1), 10, 10, "2026-03-01T00:00:00Z");
    publish(june, db);
    c = counts(db);
    assertEquals(30, c.get("articles"));
    assertEquals(55, c.get("timeline"));
    assertEquals(APRIL.dyads() + june.dyads(), c.get("dyads"));
    assertEquals("3", scalar(db, "SELECT count(*) FROM main.publish_log"));
  }

  @Test
  void aRunCoveringADyadPeriodReplacesThatPeriodsDyads() throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    publish(APRIL, db);
    long may =
        Long.parseLong(scalar(db, "SELECT count(*) FROM main.dyads WHERE period = '2012-05'"));
    assertEquals(4, may);
    // A run with events in May only: its dyads are May's, and May's old dyads give way.
    RunFixture mayRun =
        new RunFixture("r3", LocalDate.of(2012, 5, 10), 5, 3, "2026-04-01T00:00:00Z");
    publish(mayRun, db);
    assertEquals("4", scalar(db, "SELECT count(*) FROM main.dyads WHERE period = '2012-05'"));
    assertEquals("4", scalar(db, "SELECT count(*) FROM main.dyads WHERE period = '2012-04'"));
    assertEquals(
        "-3.0",
        scalar(db, "SELECT min(sentiment_mean) FROM main.dyads WHERE period = '2012-05'"),
        "May's dyads are the newer run's");
  }

  @Test
  void anOlderRunIsRefusedUnlessForcedSoItCannotOverwriteNewerResults() throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    RunFixture newer =
        new RunFixture("r1", LocalDate.of(2012, 4, 1), 20, 20, "2026-02-01T00:00:00Z");
    publish(newer, db);
    Path older = APRIL.write(tmp.resolve("older"));
    PublishException e = assertThrows(PublishException.class, () -> publish(older, db));
    assertEquals(PublishException.Kind.INPUT, e.kind());
    assertTrue(e.getMessage().contains("before the latest run already published"), e.getMessage());
    assertEquals(newer.counts(), counts(db));
    try (DuckDbTarget target = DuckDbTarget.open(db)) {
      new Publisher("main", true, new Publisher.Listener() {})
          .publish(RunOutput.open(older, PublishedTables.all()), target);
    }
    assertEquals(APRIL.counts(), counts(db));
  }

  @Test
  void viewsAnswerTheCommonQuestions() throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    publish(APRIL, db);
    assertEquals(
        String.valueOf(APRIL.dyads()),
        scalar(
            db, "SELECT count(*) FROM main.dyad_sentiment_monthly WHERE actor_a_name IS NOT NULL"));
    assertEquals(
        "Source 0: event_label 0 (planned)",
        scalar(db, "SELECT headline FROM main.timeline_readable WHERE event_id = 'r1-e0'"));
    assertEquals(
        "Source 1 → Target 1: event_label 1",
        scalar(db, "SELECT headline FROM main.timeline_readable WHERE event_id = 'r1-e1'"));
    assertEquals("1", scalar(db, "SELECT min(rank) FROM main.key_dates_ranked"));
    assertEquals(
        String.valueOf(APRIL.keyDates()),
        scalar(db, "SELECT count(top_event_headline) FROM main.key_dates_ranked"));
    assertEquals(
        "a,b{c}|r1-a7|x\"y\\z",
        scalar(
            db,
            "SELECT string_agg(article_id, '|' ORDER BY article_id) FROM main.timeline_articles"
                + " WHERE event_id = 'r1-e7'"));
    assertEquals(
        scalar(db, "SELECT sum(len(article_ids)) FROM main.timeline"),
        scalar(db, "SELECT count(*) FROM main.timeline_articles"));
  }

  @Test
  void aFailedPublishLeavesTheDatabaseAsItWas() throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    publish(APRIL, db);
    RunOutput newer =
        RunOutput.open(
            new RunFixture("r9", LocalDate.of(2012, 4, 1), 5, 40, "2026-05-01T00:00:00Z")
                .write(tmp.resolve("newer")),
            PublishedTables.all());
    try (DuckDbTarget target = DuckDbTarget.open(db)) {
      Publisher failing =
          new Publisher(
              "main",
              false,
              new Publisher.Listener() {
                @Override
                public void beforeCommit() throws SQLException {
                  throw new SQLException("simulated loss of the database");
                }
              });
      PublishException e =
          assertThrows(PublishException.class, () -> failing.publish(newer, target));
      assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
    }
    assertEquals(APRIL.counts(), counts(db));
    assertEquals("1", scalar(db, "SELECT count(*) FROM main.publish_log"));
  }

  @Test
  void aReaderDuringThePublishSeesTheOldRowsUntilItCommits() throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    publish(APRIL, db);
    RunOutput newer =
        RunOutput.open(
            new RunFixture("r5", LocalDate.of(2013, 1, 1), 7, 7, "2026-06-01T00:00:00Z")
                .write(tmp.resolve("newer")),
            PublishedTables.all());
    List<Long> seen = new java.util.ArrayList<>();
    try (DuckDbTarget target = DuckDbTarget.open(db);
        Connection reader = ((org.duckdb.DuckDBConnection) target.connection()).duplicate()) {
      reader.setAutoCommit(true);
      new Publisher(
              "main",
              false,
              new Publisher.Listener() {
                @Override
                public void beforeCommit() throws SQLException {
                  seen.add(articleCount(reader));
                }
              })
          .publish(newer, target);
      seen.add(articleCount(reader));
    }
    assertEquals(List.of(20L, 27L), seen);
  }

  static long articleCount(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM main.articles")) {
      r.next();
      return r.getLong(1);
    }
  }
}
