package org.annals.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing into a real PostgreSQL server (see {@link TestPostgres}). */
class PostgresPublishIT {

  static final RunFixture APRIL =
      new RunFixture("r1", LocalDate.of(2012, 4, 1), 200, 45, "2026-01-01T00:00:00Z");

  /** A later run of June's articles over the same input files (r1/...). */
  static final RunFixture JUNE =
      new RunFixture("r1", LocalDate.of(2012, 6, 1), 30, 12, "2026-02-01T00:00:00Z");

  @TempDir Path tmp;
  String schema;

  @BeforeEach
  void schema() {
    TestPostgres.url();
    schema = "it_" + Long.toHexString(System.nanoTime());
  }

  @AfterEach
  void dropSchema() throws Exception {
    TestPostgres.drop(schema);
  }

  RunOutput run(RunFixture f) throws Exception {
    return RunOutput.open(
        f.write(tmp.resolve(f.prefix() + "-" + f.started().hashCode())), PublishedTables.all());
  }

  PublishReport publish(RunOutput run, boolean force, Publisher.Listener listener)
      throws Exception {
    try (PostgresTarget target = PostgresTarget.connect(TestPostgres.login())) {
      return new Publisher(schema, force, listener).publish(run, target);
    }
  }

  PublishReport publish(RunOutput run) throws Exception {
    return publish(run, false, new Publisher.Listener() {});
  }

  Map<String, Long> counts() throws Exception {
    try (Connection c = TestPostgres.connect()) {
      return counts(c);
    }
  }

  Map<String, Long> counts(Connection c) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
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

  String scalar(String sql) throws Exception {
    try (Connection c = TestPostgres.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql.replace("$s", schema))) {
      return r.next() ? r.getString(1) : null;
    }
  }

  /** A digest of every published row, to tell "changed nothing" from "changed back". */
  String digest() throws Exception {
    StringBuilder all = new StringBuilder();
    for (TableSpec t : PublishedTables.all()) {
      all.append(
          scalar(
              "SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) FROM $s."
                  + t.name()
                  + " AS x"));
    }
    return all.toString();
  }

  @Test
  void tablesHaveTheRunsRowsTheContractsTypesKeysAndIndexes() throws Exception {
    PublishReport report = publish(run(APRIL));
    assertEquals(APRIL.counts(), counts());
    assertEquals(PublishedTables.all().size(), report.tables().size());
    Map<ColumnType, String> pgTypes =
        Map.of(
            ColumnType.TEXT, "text",
            ColumnType.INTEGER, "int4",
            ColumnType.BIGINT, "int8",
            ColumnType.DOUBLE, "float8",
            ColumnType.BOOLEAN, "bool",
            ColumnType.DATE, "date",
            ColumnType.TEXT_ARRAY, "_text");
    try (Connection c = TestPostgres.connect();
        Statement s = c.createStatement()) {
      for (TableSpec t : PublishedTables.all()) {
        Map<String, String> published = new LinkedHashMap<>();
        try (ResultSet r =
            s.executeQuery(
                "SELECT column_name, udt_name, is_nullable FROM information_schema.columns"
                    + " WHERE table_schema = '"
                    + schema
                    + "' AND table_name = '"
                    + t.name()
                    + "' ORDER BY ordinal_position")) {
          while (r.next()) {
            published.put(r.getString(1), r.getString(2) + " " + r.getString(3));
          }
        }
        Map<String, String> declared = new LinkedHashMap<>();
        for (Column col : t.columns()) {
          boolean key = t.primaryKey().contains(col.name());
          declared.put(
              col.name(), pgTypes.get(col.type()) + (col.nullable() && !key ? " YES" : " NO"));
        }
        assertEquals(declared, published, t.name());
      }
    }
    assertEquals(
        "actor_a, actor_b, directed, period_type, period",
        scalar(
            "SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM pg_index i"
                + " CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)"
                + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                + " WHERE i.indrelid = '$s.dyads'::regclass AND i.indisprimary"));
    assertEquals(
        "1",
        scalar(
            "SELECT count(*) FROM pg_indexes WHERE schemaname = '$s'"
                + " AND indexdef LIKE '%dyads USING btree (period_type, period)'"));
    // Text with tabs, newlines, backslashes and quotes, and arrays, arrive as written.
    assertEquals(
        "Title 7\\ \"q\" é\ttab\nline",
        scalar("SELECT title FROM $s.articles WHERE article_id = 'r1-a7'"));
    assertEquals(
        "{r1-a7,\"x\\\"y\\\\z\",\"a,b{c}\"}",
        scalar("SELECT article_ids::text FROM $s.timeline WHERE event_id = 'r1-e7'"));
    assertEquals(
        "3", scalar("SELECT cardinality(article_ids) FROM $s.timeline WHERE event_id = 'r1-e7'"));
    assertEquals(
        String.valueOf(3 * APRIL.events()),
        scalar("SELECT count(*) FROM $s.timeline_articles"),
        "one link row per event and article");
    assertEquals(
        String.valueOf(APRIL.counts().values().stream().mapToLong(Long::longValue).sum()),
        scalar(
            "SELECT (SELECT sum(value::bigint) FROM jsonb_each_text(rows_loaded))"
                + " FROM $s.publish_log"));
    assertEquals("2026-01-01T00:00:00Z", scalar("SELECT manifest->>'started' FROM $s.publish_log"));
  }

  @Test
  void publishingTheSameRunAgainChangesNothing() throws Exception {
    RunOutput april = run(APRIL);
    publish(april);
    String before = digest();
    assertTrue(publish(april).unchanged());
    assertEquals(before, digest());
    assertEquals("1", scalar("SELECT count(*) FROM $s.publish_log"));
    assertFalse(publish(april, true, new Publisher.Listener() {}).unchanged());
    assertEquals(before, digest(), "forced re-publish gives the same rows");
  }

  /** Mentions whose event_id is not in the timeline. */
  String danglingMentions() throws Exception {
    return scalar(
        "SELECT count(*) FROM $s.mentions m WHERE NOT EXISTS"
            + " (SELECT 1 FROM $s.timeline t WHERE t.event_id = m.event_id)");
  }

  @Test
  void aRunOfOtherFilesWithArticlesOfAPublishedMonthIsRefusedAndKeepsEveryPublishedRow()
      throws Exception {
    publish(run(APRIL));
    String before = digest();
    // Other input files (r2/...), with articles from April 20: they would replace April's.
    RunFixture later =
        new RunFixture("r2", LocalDate.of(2012, 4, 20), 30, 40, "2026-02-01T00:00:00Z");
    RunOutput laterRun = run(later);
    PublishException e = assertThrows(PublishException.class, () -> publish(laterRun));
    assertEquals(PublishException.Kind.INPUT, e.kind());
    assertTrue(
        e.getMessage().contains("has articles published in 2012-04 (150 article(s) from r1/"),
        e.getMessage());
    assertEquals(before, digest());
    assertEquals("0", danglingMentions());
    assertEquals("1", scalar("SELECT count(*) FROM $s.publish_log"));
    // Replacing everything is a deliberate choice.
    try (PostgresTarget target = PostgresTarget.connect(TestPostgres.login())) {
      new Publisher(schema, false, true, new Publisher.Listener() {}, List.of())
          .publish(laterRun, target);
    }
    assertEquals(later.counts(), counts());
    assertEquals("0", danglingMentions());
  }

  /**
   * The rows of the derived tables and the mentions' event ids, as text: equal in two databases
   * when they hold the same events, dyads and key dates.
   */
  static final List<String> DERIVED_KEYS =
      List.of(
          "SELECT event_id || ' ' || n_mentions || ' ' || n_articles || ' '"
              + " || coalesce(CAST(event_date AS VARCHAR), '') FROM $s.timeline",
          "SELECT actor_a || actor_b || CAST(directed AS VARCHAR) || period || ' ' || n_events"
              + " || ' ' || n_mentions || ' ' || CAST(round(goldstein_sum * 1000000) AS BIGINT)"
              + " FROM $s.dyads",
          "SELECT date || ' ' || rank || ' ' || n_articles || ' ' || n_events || ' '"
              + " || coalesce(top_event_id, '') || ' ' || label FROM $s.key_dates",
          "SELECT mention_id || ' ' || event_id FROM $s.mentions");

  List<String> derivedKeys() throws Exception {
    List<String> out = new java.util.ArrayList<>();
    try (Connection c = TestPostgres.connect();
        Statement s = c.createStatement()) {
      for (String q : DERIVED_KEYS) {
        try (ResultSet r = s.executeQuery(q.replace("$s", schema))) {
          while (r.next()) {
            out.add(r.getString(1));
          }
        }
      }
    }
    java.util.Collections.sort(out);
    return out;
  }

  static List<String> derivedKeys(Path duckdb) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + duckdb);
        Statement s = c.createStatement()) {
      for (String q : DERIVED_KEYS) {
        try (ResultSet r = s.executeQuery(q.replace("$s", "main"))) {
          while (r.next()) {
            out.add(r.getString(1));
          }
        }
      }
    }
    java.util.Collections.sort(out);
    return out;
  }

  @Test
  void aRunOfAnotherMonthKeepsThePublishedOnesAndRecomputesAsDuckDbDoes() throws Exception {
    RunOutput april = run(APRIL);
    // Other input files (r2/...), articles published in July, events from July 1.
    RunOutput july =
        run(new RunFixture("r2", LocalDate.of(2012, 7, 1), 40, 20, "2026-02-01T00:00:00Z"));
    publish(april);
    String aprilArticles =
        scalar("SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) FROM" + " $s.articles AS x");
    PublishReport report = publish(july);
    assertTrue(report.recompute() != null, "April is still published: recomputed");
    assertEquals(APRIL.mentions() + 3 * 40, report.recompute().mentions());
    assertEquals(
        aprilArticles,
        scalar(
            "SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) FROM $s.articles AS x"
                + " WHERE article_id LIKE 'r1-%'"),
        "April's articles are kept as they were");
    assertEquals(String.valueOf(APRIL.articles() + 40), scalar("SELECT count(*) FROM $s.articles"));
    assertEquals("0", danglingMentions());
    assertEquals(
        scalar("SELECT count(*) FROM $s.mentions"),
        scalar("SELECT sum(n_mentions) FROM $s.timeline"));
    assertEquals(
        april.runId(),
        scalar(
            "SELECT run_id FROM $s.published_periods WHERE kind = 'month' AND period = '2012-04'"));
    assertEquals(
        july.runId(),
        scalar(
            "SELECT run_id FROM $s.published_periods WHERE kind = 'month' AND period = '2012-07'"));
    // The same publishes into DuckDB give the same events, dyads, key dates and event ids.
    Path db = tmp.resolve("same.duckdb");
    for (RunOutput r : List.of(april, july)) {
      try (DuckDbTarget target = DuckDbTarget.open(db)) {
        new Publisher("main", false, new Publisher.Listener() {}).publish(r, target);
      }
    }
    List<String> duck = derivedKeys(db);
    assertTrue(duck.size() > APRIL.mentions(), "rows compared: " + duck.size());
    assertEquals(duck, derivedKeys());
    // Publishing either again changes nothing.
    String before = digest();
    assertTrue(publish(april).unchanged());
    assertTrue(publish(july).unchanged());
    assertEquals(before, digest());
  }

  @Test
  void aRunCoveringEveryPublishedMonthLeavesExactlyItsOwnRowsWhateverWasPublishedBefore()
      throws Exception {
    publish(run(APRIL));
    // April's input files grown by later articles, whose events reach back into April.
    RunFixture grown =
        new RunFixture("r1", LocalDate.of(2012, 4, 1), 230, 72, "2026-03-01T00:00:00Z");
    RunOutput grownRun = run(grown);
    PublishReport report = publish(grownRun);
    assertEquals(APRIL.counts().get("timeline"), report.tables().get(2).replaced());
    assertEquals(grown.counts(), counts());
    assertEquals("0", danglingMentions());
    String afterApril = digest();
    String published = schema;
    try {
      schema = published + "_alone";
      publish(grownRun);
      assertEquals(afterApril, digest(), "the same rows as the run published into an empty schema");
    } finally {
      TestPostgres.drop(schema);
      schema = published;
    }
    assertEquals("2", scalar("SELECT count(*) FROM $s.publish_log"));
  }

  @Test
  void aReaderDuringASlowPublishSeesTheOldOrTheNewRowsNeverAMix() throws Exception {
    publish(run(APRIL));
    Map<String, Long> old = counts();
    RunOutput june = run(JUNE);
    Set<String> seen = new ConcurrentSkipListSet<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> readerFailure = new AtomicReference<>();
    AtomicInteger reads = new AtomicInteger();
    Thread reader =
        new Thread(
            () -> {
              try (Connection c = TestPostgres.connect()) {
                while (!stop.get()) {
                  // One statement, one snapshot: every count as of the same moment.
                  StringBuilder q = new StringBuilder("SELECT ");
                  for (TableSpec t : PublishedTables.all()) {
                    q.append(q.length() > 7 ? ", " : "")
                        .append("(SELECT count(*) FROM " + schema + "." + t.name() + ")");
                  }
                  try (Statement s = c.createStatement();
                      ResultSet r = s.executeQuery(q.toString())) {
                    r.next();
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= PublishedTables.all().size(); i++) {
                      row.append(r.getLong(i)).append(i < PublishedTables.all().size() ? "," : "");
                    }
                    seen.add(row.toString());
                    reads.incrementAndGet();
                  }
                }
              } catch (Throwable e) {
                readerFailure.set(e);
              }
            });
    reader.start();
    Publisher.Listener slow =
        new Publisher.Listener() {
          @Override
          public void staged(String table, long rows, double seconds) {
            pause(150);
          }

          @Override
          public void beforeCommit() {
            pause(800);
          }
        };
    publish(june, false, slow);
    pause(300);
    stop.set(true);
    reader.join();
    if (readerFailure.get() != null) {
      throw new AssertionError("reader failed", readerFailure.get());
    }
    Map<String, Long> now = counts();
    String oldRow = String.join(",", old.values().stream().map(String::valueOf).toList());
    String newRow = String.join(",", now.values().stream().map(String::valueOf).toList());
    assertTrue(reads.get() > 10, "the reader read during the publish: " + reads.get());
    assertEquals(new TreeSet<>(List.of(oldRow, newRow)), new TreeSet<>(seen));
  }

  @Test
  void aConnectionLostMidPublishLeavesTheDatabaseAsItWas() throws Exception {
    String message = publishKilledAt("timeline", null);
    assertTrue(message.contains("failed while loading dyads; nothing was changed"), message);
  }

  @Test
  void aConnectionLostJustBeforeCommitLeavesTheDatabaseAsItWasAndSaysWhereToCheck()
      throws Exception {
    String message = publishKilledAt(null, "commit");
    assertTrue(message.contains("failed while committing"), message);
    assertTrue(message.contains("publish_log has a row with run_id"), message);
  }

  /**
   * Publishes June over April while the publishing connection is terminated by the server after
   * staging {@code afterTable}, or just before committing; checks that April is intact and returns
   * the error message.
   */
  String publishKilledAt(String afterTable, String beforeCommit) throws Exception {
    publish(run(APRIL));
    String before = digest();
    RunOutput june = run(JUNE);
    String message;
    try (PostgresTarget target = PostgresTarget.connect(TestPostgres.login())) {
      long pid;
      try (Statement s = target.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
        r.next();
        pid = r.getLong(1);
      }
      Publisher.Listener killer =
          new Publisher.Listener() {
            @Override
            public void staged(String table, long rows, double seconds) {
              if (table.equals(afterTable)) {
                terminate(pid);
              }
            }

            @Override
            public void beforeCommit() {
              if (beforeCommit != null) {
                terminate(pid);
              }
            }
          };
      PublishException e =
          assertThrows(
              PublishException.class,
              () -> new Publisher(schema, false, killer).publish(june, target));
      assertEquals(PublishException.Kind.TARGET, e.kind());
      message = e.getMessage();
    }
    assertEquals(before, digest());
    assertEquals("1", scalar("SELECT count(*) FROM $s.publish_log"));
    return message;
  }

  static void terminate(long pid) {
    try (Connection admin = TestPostgres.connect();
        Statement s = admin.createStatement()) {
      s.execute("SELECT pg_terminate_backend(" + pid + ")");
      // The backend exits asynchronously; wait until it is gone.
      for (int i = 0; i < 100; i++) {
        try (ResultSet r =
            s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid)) {
          r.next();
          if (r.getLong(1) == 0) {
            return;
          }
        }
        pause(20);
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot terminate the publishing connection", e);
    }
  }

  @Test
  void aTruncatedTableFailsBeforeTheDatabaseIsTouched() throws Exception {
    publish(run(APRIL));
    String before = digest();
    Path dir = JUNE.write(tmp.resolve("half"));
    Path part = dir.resolve("parquet/mentions/part-00000.parquet");
    byte[] bytes = java.nio.file.Files.readAllBytes(part);
    java.nio.file.Files.write(part, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    PublishException e =
        assertThrows(PublishException.class, () -> RunOutput.open(dir, PublishedTables.all()));
    assertEquals(PublishException.Kind.INPUT, e.kind());
    assertTrue(e.getMessage().contains("parquet/mentions/part-00000.parquet"), e.getMessage());
    assertEquals(before, digest());
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
