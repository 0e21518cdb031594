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

  /** January's articles, read from r1/input-0..2.jsonl, with events from January 1 to 31. */
  static final RunFixture JANUARY =
      new RunFixture("r1", LocalDate.of(2013, 1, 1), 20, 31, "2026-01-01T00:00:00Z");

  /**
   * Articles of other files (r2/...), published from January 20: they cover January, whose
   * published articles came from r1's files, and February.
   */
  static final RunFixture FEBRUARY_ONLY =
      new RunFixture("r2", LocalDate.of(2013, 1, 20), 10, 20, "2026-02-01T00:00:00Z");

  /** February's articles, read from r2/input-0..2.jsonl, published in February. */
  static final RunFixture FEBRUARY =
      new RunFixture("r2", LocalDate.of(2013, 2, 1), 12, 20, "2026-02-01T00:00:00Z");

  /** January's and February's articles together (r1's files grown), run after February. */
  static final RunFixture JANUARY_AND_FEBRUARY =
      new RunFixture("r1", LocalDate.of(2013, 1, 1), 30, 59, "2026-02-02T00:00:00Z");

  /** Rows in the published table and not in the run's Parquet, plus the other way round. */
  static long differences(Path db, Path runDir, String table) throws SQLException {
    return differences(db, runDir, table, "*", "");
  }

  /**
   * As {@link #differences(Path, Path, String)}, for {@code columns} of the rows of {@code where}
   * (SQL on both sides; empty for all).
   */
  static long differences(Path db, Path runDir, String table, String columns, String where)
      throws SQLException {
    String parquet =
        "SELECT "
            + columns
            + " FROM read_parquet('"
            + runDir.resolve("parquet/" + table)
            + "/*.parquet') "
            + where;
    String published = "SELECT " + columns + " FROM main." + table + " " + where;
    return Long.parseLong(
        scalar(
            db,
            "SELECT count(*) FROM (("
                + published
                + " EXCEPT ALL "
                + parquet
                + ") UNION ALL ("
                + parquet
                + " EXCEPT ALL "
                + published
                + "))"));
  }

  /** Asserts that every published table holds exactly the run's rows. */
  static void assertPublishedIsExactly(Path db, Path runDir) throws SQLException {
    for (TableSpec t : PublishedTables.all()) {
      assertEquals(0, differences(db, runDir, t.name()), t.name() + ": rows differ from the run's");
    }
  }

  static long danglingMentions(Path db) throws SQLException {
    return Long.parseLong(
        scalar(
            db,
            "SELECT count(*) FROM main.mentions WHERE event_id NOT IN"
                + " (SELECT event_id FROM main.timeline)"));
  }

  @Test
  void aRunOfOtherFilesWithArticlesOfAPublishedMonthIsRefusedAndKeepsEveryPublishedRow()
      throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    Path january = JANUARY.write(tmp.resolve("january"));
    publish(january, db);
    Path february = FEBRUARY_ONLY.write(tmp.resolve("february"));
    PublishException e = assertThrows(PublishException.class, () -> publish(february, db));
    assertEquals(PublishException.Kind.INPUT, e.kind());
    assertTrue(
        e.getMessage().contains("has articles published in 2013-01 (15 article(s) from r1/"),
        e.getMessage());
    assertTrue(e.getMessage().contains("--force"), e.getMessage());
    assertPublishedIsExactly(db, january);
    assertEquals(0, danglingMentions(db));
    assertEquals("1", scalar(db, "SELECT count(*) FROM main.publish_log"));
  }

  @Test
  void aRunOfANewMonthKeepsThePublishedMonthsAndRecomputesTheDerivedTables() throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    Path january = JANUARY.write(tmp.resolve("january"));
    publish(january, db);
    Path february = FEBRUARY.write(tmp.resolve("february"));
    PublishReport report = publish(february, db);
    assertFalse(report.unchanged());
    assertTrue(report.recompute() != null, "January's rows are still published: recomputed");
    assertEquals(JANUARY.mentions() + FEBRUARY.mentions(), report.recompute().mentions());
    // January's rows are kept, February's are the run's; mentions may have new event ids.
    for (String table : List.of("articles", "mentions", "date_references", "rejects")) {
      String columns = table.equals("mentions") ? "* EXCLUDE (event_id)" : "*";
      String key = table.equals("rejects") ? "input_path" : "article_id";
      assertEquals(
          0,
          differences(db, january, table, columns, "WHERE " + key + " LIKE 'r1%'"),
          table + ": January's rows are kept");
      assertEquals(
          0,
          differences(db, february, table, columns, "WHERE " + key + " LIKE 'r2%'"),
          table + ": February's rows are the run's");
    }
    assertEquals(
        String.valueOf(JANUARY.articles() + FEBRUARY.articles()),
        scalar(db, "SELECT count(*) FROM main.articles"));
    assertEquals(0, danglingMentions(db));
    assertEquals(
        "0",
        scalar(
            db,
            "SELECT count(*) FROM main.timeline WHERE event_id NOT IN"
                + " (SELECT event_id FROM main.mentions)"),
        "every event has its mentions");
    assertEquals(
        scalar(db, "SELECT count(*) FROM main.mentions"),
        scalar(db, "SELECT sum(n_mentions) FROM main.timeline"));
    assertEquals(
        "2013-01 r1|2013-02 r2",
        scalar(
                db,
                "SELECT string_agg(p.period || ' ' || split_part(l.run_dir, '/', -1), '|' ORDER BY"
                    + " p.period) FROM main.published_periods p JOIN main.publish_log l USING (run_id)"
                    + " WHERE p.kind = 'month'")
            .replace("january", "r1")
            .replace("february", "r2"));
    // Publishing either run again changes nothing: each still gives its periods.
    String timeline =
        scalar(db, "SELECT md5(string_agg(event_id, ',' ORDER BY event_id)) FROM main.timeline");
    assertTrue(publish(january, db).unchanged());
    assertTrue(publish(february, db).unchanged());
    assertEquals(
        timeline,
        scalar(db, "SELECT md5(string_agg(event_id, ',' ORDER BY event_id)) FROM main.timeline"));
    assertEquals("2", scalar(db, "SELECT count(*) FROM main.publish_log"));
  }

  @Test
  void aDatabaseOfAnEarlierVersionTakesARunOfANewMonthOnlyOnceAllIsRepublished() throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    Path january = JANUARY.write(tmp.resolve("january"));
    publish(january, db);
    // An earlier version recorded no periods and no date references.
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM main.published_periods");
    }
    Path february = FEBRUARY.write(tmp.resolve("february"));
    PublishException e = assertThrows(PublishException.class, () -> publish(february, db));
    assertEquals(PublishException.Kind.INPUT, e.kind());
    assertTrue(e.getMessage().contains("published by an earlier version"), e.getMessage());
    assertPublishedIsExactly(db, january);
    Path again =
        new RunFixture("r1", LocalDate.of(2013, 1, 1), 20, 31, "2026-01-15T00:00:00Z")
            .write(tmp.resolve("january-again"));
    publish(again, db);
    assertFalse(publish(february, db).unchanged());
    assertEquals(
        String.valueOf(JANUARY.articles() + FEBRUARY.articles()),
        scalar(db, "SELECT count(*) FROM main.articles"));
  }

  @Test
  void aRunCoveringEveryPublishedMonthLeavesExactlyItsOwnRows() throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    publish(JANUARY.write(tmp.resolve("january")), db);
    Path both = JANUARY_AND_FEBRUARY.write(tmp.resolve("both"));
    PublishReport report = publish(both, db);
    assertFalse(report.unchanged());
    assertEquals(null, report.recompute(), "nothing else is published: the run's own tables");
    // Every table is the newer run's: January's dyads are its sums over January and February
    // articles, not January's run's figures nor a part of them; no event of the older run lingers.
    assertPublishedIsExactly(db, both);
    assertEquals(0, danglingMentions(db));
    for (PublishReport.TableLoad t : report.tables()) {
      assertEquals(JANUARY.counts().get(t.table()), t.replaced(), t.table() + " replaced");
    }
    assertEquals(
        "4",
        scalar(db, "SELECT count(*) FROM main.dyads WHERE period = '2013-01'"),
        "one row per dyad and period, not one per run");
    // Publishing it again changes nothing.
    assertTrue(publish(both, db).unchanged());
    assertPublishedIsExactly(db, both);
  }

  @Test
  void replaceAllPublishesARunOfOtherInputsWhole() throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    publish(JANUARY.write(tmp.resolve("january")), db);
    Path february = FEBRUARY_ONLY.write(tmp.resolve("february"));
    try (DuckDbTarget target = DuckDbTarget.open(db)) {
      new Publisher("main", false, true, new Publisher.Listener() {}, List.of())
          .publish(RunOutput.open(february, PublishedTables.all()), target);
    }
    assertPublishedIsExactly(db, february);
    assertEquals(0, danglingMentions(db));
    assertEquals("2", scalar(db, "SELECT count(*) FROM main.publish_log"));
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
    assertTrue(
        e.getMessage().contains("before the run already published for input file r1/input-0.jsonl"),
        e.getMessage());
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
            new RunFixture("r1", LocalDate.of(2012, 4, 1), 5, 40, "2026-05-01T00:00:00Z")
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
            new RunFixture("r1", LocalDate.of(2012, 4, 1), 7, 7, "2026-06-01T00:00:00Z")
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
    assertEquals(List.of(20L, 7L), seen);
  }

  static long articleCount(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM main.articles")) {
      r.next();
      return r.getLong(1);
    }
  }
}
