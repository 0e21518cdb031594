package org.annals.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.job.RunJob;
import org.annals.job.RunOptions;
import org.annals.job.SparkSessions;
import org.annals.timeline.CountryLevel;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Month by month publishing with real runs of the pipeline: a January run and a February run
 * published one after the other give the rows of one run over both months, and a re-run of February
 * replaces February only. The inputs are {@code src/test/resources/publish/monthly/}: February's
 * articles re-report January's events and refer to January's days, so the timeline, dyads and key
 * dates of the two months are only right when derived over both. Every actor has a known country,
 * so no event depends on the story ids, which are computed per run from the texts (they are
 * compared without {@code articles.story_id}).
 */
class PublishPeriodsIT {

  static final Path DATA = Path.of("src/test/resources/publish/monthly");

  @TempDir static Path tmp;
  static Path january;
  static Path february;
  static Path both;
  static Path februaryRevised;
  static Path bothRevised;

  @BeforeAll
  static void runMonths() throws Exception {
    System.setProperty("spark.master", "local[2]");
    System.setProperty("spark.sql.shuffle.partitions", "4");
    SparkSession spark = SparkSessions.create("annals-publish-periods-test");
    Path news = Files.createDirectories(tmp.resolve("news"));
    Path jan = news.resolve("2013-01.jsonl");
    Path feb = news.resolve("2013-02.jsonl");
    Files.copy(DATA.resolve("2013-01.jsonl"), jan);
    Files.copy(DATA.resolve("2013-02.jsonl"), feb);
    january = run(spark, "january", jan);
    february = run(spark, "february", feb);
    both = run(spark, "both", jan, feb);
    // February's file corrected: one article changed, one dropped, one added; run again.
    Files.copy(DATA.resolve("2013-02-revised.jsonl"), feb, StandardCopyOption.REPLACE_EXISTING);
    februaryRevised = run(spark, "february-revised", feb);
    bothRevised = run(spark, "both-revised", jan, feb);
  }

  static Path run(SparkSession spark, String name, Path... inputs) throws Exception {
    Path out = tmp.resolve(name);
    new RunJob(spark, new PrintStream(new ByteArrayOutputStream()))
        .run(
            new RunOptions(
                java.util.Arrays.stream(inputs).map(Path::toString).toList(),
                out.toString(),
                null,
                null,
                0));
    return out;
  }

  static PublishReport publish(Path run, Target target, String schema, boolean force)
      throws Exception {
    return new Publisher(schema, force, new Publisher.Listener() {})
        .publish(RunOutput.open(run, PublishedTables.all()), target);
  }

  static PublishReport publishDuck(Path run, Path db) throws Exception {
    try (DuckDbTarget target = DuckDbTarget.open(db)) {
      return publish(run, target, "main", false);
    }
  }

  /** The columns compared: all but the story ids, which each run computes from its own texts. */
  static String columns(String table) {
    return table.equals("articles") ? "* EXCLUDE (story_id)" : "*";
  }

  /** Rows that differ between the published table and the run's, both ways. */
  static long differences(Path db, Path run, String table, String where) throws SQLException {
    return DuckDbPublishTest.differences(db, run, table, columns(table), where);
  }

  static void assertPublishedIs(Path db, Path run) throws SQLException {
    for (TableSpec t : PublishedTables.all()) {
      assertEquals(
          0,
          differences(db, run, t.name(), ""),
          t.name() + ": rows differ from " + run.getFileName());
    }
  }

  static String parquetScalar(String sql) throws SQLException {
    return DuckDbPublishTest.scalar(tmp.resolve("scratch.duckdb"), sql);
  }

  static String parquet(Path run, String table) {
    return "read_parquet('" + run.resolve("parquet").resolve(table) + "/*.parquet')";
  }

  @Test
  void theInputsMakeTheMonthsDependOnEachOther() throws Exception {
    // Every actor has a known country, so story ids (per run) cannot change any event.
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT source_actor, target_actor FROM "
                    + parquet(bothRevised, "mentions")
                    + " UNION ALL SELECT source_actor, target_actor FROM "
                    + parquet(both, "mentions"))) {
      int n = 0;
      while (r.next()) {
        n++;
        assertNotNull(CountryLevel.of(r.getString(1)), r.getString(1));
        assertTrue(
            r.getString(2) == null || CountryLevel.of(r.getString(2)) != null, r.getString(2));
      }
      assertTrue(n > 40, "mentions: " + n);
    }
    // February re-reports January's events and refers to January's days: the runs of each month
    // alone give other events and key dates than the run over both.
    assertTrue(
        Long.parseLong(
                parquetScalar(
                    "SELECT count(*) FROM "
                        + parquet(both, "timeline")
                        + " WHERE list_contains(list_transform(article_ids, x -> x[1:3]), 'jan')"
                        + " AND list_contains(list_transform(article_ids, x -> x[1:3]), 'feb')"))
            >= 2,
        "events reported in both months");
    assertTrue(
        Long.parseLong(
                parquetScalar(
                    "SELECT count(*) FROM (SELECT * FROM "
                        + parquet(both, "key_dates")
                        + " EXCEPT SELECT * FROM "
                        + parquet(january, "key_dates")
                        + " EXCEPT SELECT * FROM "
                        + parquet(february, "key_dates")
                        + ") WHERE date < DATE '2013-02-01'"))
            > 0,
        "January's key dates count February's articles");
  }

  @Test
  void januaryThenFebruaryGivesTheRowsOfOneRunOverBothMonths() throws Exception {
    Path db = tmp.resolve("monthly.duckdb");
    assertEquals(null, publishDuck(january, db).recompute(), "the first publish is January's run");
    assertPublishedIs(db, january);
    PublishReport report = publishDuck(february, db);
    assertNotNull(report.recompute(), "January is still published: recomputed over both");
    assertEquals(
        Long.parseLong(parquetScalar("SELECT count(*) FROM " + parquet(both, "mentions"))),
        report.recompute().mentions());
    assertPublishedIs(db, both);
    assertEquals(
        "2013-01 january|2013-02 february",
        DuckDbPublishTest.scalar(
            db,
            "SELECT string_agg(p.period || ' ' || split_part(p.run_dir, '/', -1), '|' ORDER BY"
                + " p.period) FROM main.published_periods p WHERE p.kind = 'month'"));

    // Publishing either again changes nothing.
    assertTrue(publishDuck(january, db).unchanged());
    assertTrue(publishDuck(february, db).unchanged());
    assertPublishedIs(db, both);

    // February's re-run replaces February only: January's articles are untouched.
    PublishReport revised = publishDuck(februaryRevised, db);
    assertFalse(revised.unchanged());
    assertPublishedIs(db, bothRevised);
    for (String table : List.of("articles", "date_references")) {
      assertEquals(
          0,
          differences(db, january, table, "WHERE article_id LIKE 'jan-%'"),
          table + ": January's rows are January's run's");
    }
    assertEquals(
        "0",
        DuckDbPublishTest.scalar(
            db, "SELECT count(*) FROM main.articles" + " WHERE article_id = 'feb-06'"),
        "the article February's re-run no longer has is gone");

    // The February run that the re-run replaced started before it: refused unless forced.
    PublishException e = assertThrows(PublishException.class, () -> publishDuck(february, db));
    assertTrue(e.getMessage().contains("before the run already published for"), e.getMessage());
    assertPublishedIs(db, bothRevised);
  }

  @Test
  void aRunOverBothMonthsPublishedOverTheMonthlyOnesIsTheSame() throws Exception {
    Path db = tmp.resolve("then-both.duckdb");
    publishDuck(january, db);
    publishDuck(february, db);
    PublishReport report = publishDuck(both, db);
    assertEquals(null, report.recompute(), "it covers everything published");
    assertPublishedIs(db, both);
  }

  /** A digest per table of a PostgreSQL schema, without the story ids. */
  static Map<String, String> digests(String schema) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    try (Connection c = TestPostgres.connect();
        Statement s = c.createStatement()) {
      for (TableSpec t : PublishedTables.all()) {
        String row = "(to_jsonb(x) - 'story_id')::text";
        try (ResultSet r =
            s.executeQuery(
                "SELECT count(*) || ' ' || coalesce(md5(string_agg("
                    + row
                    + ", '|' ORDER BY "
                    + row
                    + ")), '') FROM "
                    + schema
                    + "."
                    + t.name()
                    + " AS x")) {
          r.next();
          out.put(t.name(), r.getString(1));
        }
      }
    }
    return out;
  }

  @Test
  void inPostgresJanuaryThenFebruaryAndItsReRunGiveTheRowsOfOneRun() throws Exception {
    TestPostgres.url();
    String monthly = "months_" + Long.toHexString(System.nanoTime());
    String once = monthly + "_once";
    String onceRevised = monthly + "_once_revised";
    try {
      try (PostgresTarget target = PostgresTarget.connect(TestPostgres.login())) {
        publish(both, target, once, false);
      }
      try (PostgresTarget target = PostgresTarget.connect(TestPostgres.login())) {
        publish(bothRevised, target, onceRevised, false);
      }
      try (PostgresTarget target = PostgresTarget.connect(TestPostgres.login())) {
        publish(january, target, monthly, false);
      }
      PublishReport report;
      try (PostgresTarget target = PostgresTarget.connect(TestPostgres.login())) {
        report = publish(february, target, monthly, false);
      }
      assertNotNull(report.recompute());
      assertEquals(digests(once), digests(monthly));
      try (PostgresTarget target = PostgresTarget.connect(TestPostgres.login())) {
        assertTrue(publish(january, target, monthly, false).unchanged());
      }
      try (PostgresTarget target = PostgresTarget.connect(TestPostgres.login())) {
        publish(februaryRevised, target, monthly, false);
      }
      assertEquals(digests(onceRevised), digests(monthly));
    } finally {
      TestPostgres.drop(monthly);
      TestPostgres.drop(once);
      TestPostgres.drop(onceRevised);
    }
  }
}
