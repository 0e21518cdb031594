package org.annals.publish;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.job.OutputTables;
import org.annals.publish.PublishException.Kind;

/**
 * Publishes a run's tables into a database in one transaction: creates the schema, tables (with the
 * contract's types, primary keys and indexes) and views when missing, stages every table's rows,
 * replaces the published rows of the periods the run covers with the run's, recomputes the derived
 * tables, records the publish in {@code published_periods} and {@code publish_log} and commits.
 * Readers see the database as before the publish or as after it, never in between; a publish that
 * fails is rolled back and leaves the database as it was.
 *
 * <p><b>Periods.</b> A run covers the calendar months of its articles' publication dates and the
 * input files it read ({@link RunOutput#months()}, {@link RunOutput#inputs()}). A publish deletes
 * the published articles of those months, the undated ones of those files and any with an id the
 * run has, with their mentions and date references, and the rejects of those files, and inserts the
 * run's rows. So a run of each month's articles, published after the last, adds its month, and a
 * re-run of a month replaces that month only.
 *
 * <p><b>Derived tables.</b> {@code timeline}, {@code dyads} and {@code key_dates} are aggregates
 * over all articles (see {@link PublishedTables}): when rows of other runs remain published, they
 * are recomputed over everything published, in Java with the job's own steps ({@link Recompute},
 * {@link org.annals.timeline.TimelineBuilder}), and replaced whole; mentions whose event changed
 * get the new event id. When the published articles are exactly the run's, its own derived tables
 * are published.
 *
 * <p><b>Refusals.</b> A run that would replace a month's published articles that came from input
 * files it did not read (a run of February's file with one article of January 31 would replace all
 * of January with it), or that started before the run that gave one of the periods it covers (an
 * old output directory published by mistake), is refused. A run that already gave every period it
 * covers is not published again (it is reported as unchanged). {@code force} publishes in all three
 * cases; {@code replaceAll} makes the published tables exactly the run's output, whatever was
 * published before.
 *
 * <p>Not thread-safe; concurrent publishes to one PostgreSQL schema wait for each other.
 */
public final class Publisher {

  /** Hooks into a publish, for progress and for tests. */
  public interface Listener {
    /** A table's rows are staged. */
    default void staged(String table, long rows, double seconds) {}

    /**
     * All tables are replaced but not committed: the transaction is open. An exception thrown here
     * aborts the publish.
     */
    default void beforeCommit() throws SQLException {}
  }

  private final String schema;
  private final boolean force;
  private final boolean replaceAll;
  private final Listener listener;
  private final List<String> readers;

  /**
   * @param schema the database schema to publish into
   * @param force publish even a run already published, one older than the run of a period it
   *     covers, or one that would replace a month's articles from input files it did not read
   * @param listener progress hooks
   */
  public Publisher(String schema, boolean force, Listener listener) {
    this(schema, force, listener, List.of());
  }

  /**
   * @param readers PostgreSQL roles (e.g. the one a BI tool connects as) granted read access to the
   *     schema, its tables and views, in the publish's transaction
   */
  public Publisher(String schema, boolean force, Listener listener, List<String> readers) {
    this(schema, force, false, listener, readers);
  }

  /**
   * @param replaceAll make the published tables exactly the run's output, deleting the rows of
   *     every other month and input file
   */
  public Publisher(
      String schema, boolean force, boolean replaceAll, Listener listener, List<String> readers) {
    this.schema = Dialect.checkSchemaName(schema);
    this.force = force;
    this.replaceAll = replaceAll;
    this.listener = listener;
    this.readers = readers.stream().map(Dialect::checkRoleName).toList();
  }

  /** Publishes {@code run} into {@code target}; see the class contract. */
  public PublishReport publish(RunOutput run, Target target) throws PublishException {
    long t0 = System.nanoTime();
    Connection c = target.connection();
    TableDdl ddl = new TableDdl(target.dialect(), schema);
    PublishLog log = new PublishLog(ddl, target.dialect());
    PublishedPeriods periods = new PublishedPeriods(ddl, target.dialect());
    List<TableSpec> tables = PublishedTables.all();
    Step step = new Step("preparing the schema");
    try {
      target.lockForPublish(schema);
      createTables(c, ddl, log, periods, tables);
      step.now = "comparing the run with what is published";
      List<PublishedPeriods.Period> published = periods.all(c);
      if (!force && alreadyPublished(c, log, published, run)) {
        c.rollback();
        return new PublishReport(
            target.describe(), run.runId(), true, List.of(), seconds(t0), null);
      }
      refuseOlderRun(c, log, published, run);
      Map<String, Double> loadSeconds = stageAll(run, target, ddl, tables, step);
      step.now = "comparing the run's months with the published articles";
      stageCovered(c, target, run);
      refusePartialMonths(c, ddl, target.dialect());
      boolean earlierVersion = published.isEmpty() && log.lastRunId(c).isPresent();
      Replaced replaced = replace(c, ddl, target, tables, run, loadSeconds, step, earlierVersion);
      step.now = "recording the publish";
      Instant now = Instant.now();
      periods.record(c, now, run, replaceAll);
      Map<String, Long> loaded = new LinkedHashMap<>();
      Map<String, Long> replacedRows = new LinkedHashMap<>();
      for (PublishReport.TableLoad l : replaced.loads()) {
        loaded.put(l.table(), l.rows());
        replacedRows.put(l.table(), l.replaced());
      }
      log.record(c, now, run, loaded, replacedRows, seconds(t0));
      step.now = "finishing";
      listener.beforeCommit();
      commit(c, target, run);
      return new PublishReport(
          target.describe(),
          run.runId(),
          false,
          replaced.loads(),
          seconds(t0),
          replaced.recompute());
    } catch (SQLException | IOException | RuntimeException e) {
      rollback(c);
      throw new PublishException(
          Kind.TARGET,
          "publishing to "
              + target.describe()
              + " failed while "
              + step.now
              + "; nothing was changed: "
              + target.secrets().redact(RunOutput.firstLine(String.valueOf(e.getMessage()))));
    } catch (PublishException e) {
      rollback(c);
      throw e;
    }
  }

  /**
   * Commits. A connection lost during the commit itself leaves its outcome unknown to this side, so
   * the message says where to look rather than claiming that nothing changed.
   */
  private static void commit(Connection c, Target target, RunOutput run) throws PublishException {
    try {
      c.commit();
    } catch (SQLException e) {
      throw new PublishException(
          Kind.TARGET,
          "publishing to "
              + target.describe()
              + " failed while committing, so it is either complete or not applied at all: its"
              + " publish_log has a row with run_id "
              + run.runId()
              + " if it was applied: "
              + target.secrets().redact(RunOutput.firstLine(e.getMessage())));
    }
  }

  /** What the publish is doing, for the message if it fails. */
  private static final class Step {
    String now;

    Step(String now) {
      this.now = now;
    }
  }

  /** Stages every table; returns the seconds each took. */
  private Map<String, Double> stageAll(
      RunOutput run, Target target, TableDdl ddl, List<TableSpec> tables, Step step)
      throws SQLException, IOException, PublishException {
    Map<String, Double> loadSeconds = new LinkedHashMap<>();
    for (TableSpec t : tables) {
      step.now = "loading " + t.name();
      long s0 = System.nanoTime();
      long rows = target.stage(t, ddl, run);
      if (rows != run.rows(t.name())) {
        throw new PublishException(
            Kind.INPUT,
            t.name() + ": staged " + rows + " rows, the run's Parquet has " + run.rows(t.name()));
      }
      loadSeconds.put(t.name(), seconds(s0));
      listener.staged(t.name(), rows, seconds(s0));
    }
    return loadSeconds;
  }

  /** The covered periods, staged: {@code kind} month or input, {@code period}. */
  static final String COVERED = "annals_stage_covered";

  /** The published articles a publish replaces. */
  static final String DOOMED = "annals_stage_replaced_articles";

  private static void stageCovered(Connection c, Target target, RunOutput run)
      throws SQLException, IOException {
    List<Object[]> rows = new ArrayList<>();
    run.months().keySet().forEach(m -> rows.add(new Object[] {PublishedPeriods.MONTH, m}));
    run.inputs().keySet().forEach(i -> rows.add(new Object[] {PublishedPeriods.INPUT, i}));
    target.stageRows(
        COVERED,
        List.of(
            new Column("kind", ColumnType.TEXT, false),
            new Column("period", ColumnType.TEXT, false)),
        rows);
  }

  private static String covered(String kind) {
    return "(SELECT period FROM " + COVERED + " WHERE kind = '" + kind + "')";
  }

  /** What the publish did to each table, and the recompute if there was one. */
  private record Replaced(
      List<PublishReport.TableLoad> loads, PublishReport.Recomputed recompute) {}

  private static final List<String> ARTICLE_TABLES =
      List.of(
          OutputTables.ARTICLES,
          OutputTables.MENTIONS,
          OutputTables.DATE_REFERENCES,
          OutputTables.REJECTS);

  /**
   * Replaces the published rows of the periods the run covers with its staged rows (all rows, when
   * {@code replaceAll}), then the derived tables: with the run's own when the published articles
   * are now exactly the run's, else recomputed over everything published (refused when {@code
   * earlierVersion} published the database: its articles have no date references). Then the views
   * and grants.
   */
  private Replaced replace(
      Connection c,
      TableDdl ddl,
      Target target,
      List<TableSpec> tables,
      RunOutput run,
      Map<String, Double> loadSeconds,
      Step step,
      boolean earlierVersion)
      throws SQLException, IOException, PublishException {
    Dialect dialect = target.dialect();
    Map<String, Long> deleted = new LinkedHashMap<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    Map<String, Double> mergeSeconds = new LinkedHashMap<>();
    Recompute.Result recompute = null;
    try (Statement s = c.createStatement()) {
      step.now = "finding the published articles of the run's months and input files";
      long m0 = System.nanoTime();
      if (!replaceAll) {
        for (String sql :
            dialect.createTempAs(
                DOOMED,
                "SELECT article_id FROM "
                    + ddl.qualified(OutputTables.ARTICLES)
                    + " WHERE "
                    + dialect.month("published")
                    + " IN "
                    + covered(PublishedPeriods.MONTH)
                    + " OR (published IS NULL AND input_path IN "
                    + covered(PublishedPeriods.INPUT)
                    + ") OR article_id IN (SELECT article_id FROM "
                    + TableSpec.stageName(OutputTables.ARTICLES)
                    + ")")) {
          s.execute(sql);
        }
      }
      double findSeconds = seconds(m0);
      for (String table : ARTICLE_TABLES) {
        step.now = "replacing the rows of " + table;
        long t0 = System.nanoTime();
        deleted.put(table, (long) s.executeUpdate(deleteCovered(ddl, table)));
        s.executeUpdate(ddl.insertStaged(spec(tables, table)));
        rows.put(table, run.rows(table));
        mergeSeconds.put(
            table, seconds(t0) + (table.equals(OutputTables.ARTICLES) ? findSeconds : 0));
      }
      step.now = "comparing the published articles with the run's";
      if (onlyTheRunsRows(s, ddl, run)) {
        for (String table : DERIVED) {
          step.now = "replacing the rows of " + table;
          long t0 = System.nanoTime();
          deleted.put(table, (long) s.executeUpdate(ddl.deleteAll(spec(tables, table))));
          s.executeUpdate(ddl.insertStaged(spec(tables, table)));
          rows.put(table, run.rows(table));
          mergeSeconds.put(table, seconds(t0));
        }
      } else if (earlierVersion) {
        throw new PublishException(
            Kind.INPUT,
            "the database was published by an earlier version of annals, which did not keep the"
                + " articles' date references that key dates are recomputed from, and this run"
                + " does not cover everything published; publish once a run that covers every"
                + " published month and input file, or use --replace-all; nothing was changed");
      } else {
        step.now = "recomputing timeline, dyads and key dates over everything published";
        recompute = new Recompute(ddl).run(c, target);
        step.now = "updating the event ids of the mentions";
        s.executeUpdate(
            "UPDATE "
                + ddl.qualified(OutputTables.MENTIONS)
                + " AS m SET event_id = x.event_id FROM "
                + Recompute.EVENT_IDS
                + " AS x WHERE m.mention_id = x.mention_id");
        for (String table : DERIVED) {
          step.now = "replacing the rows of " + table;
          long t0 = System.nanoTime();
          deleted.put(table, replaceChanged(s, ddl, dialect, spec(tables, table)));
          rows.put(table, recompute.rows().get(table));
          mergeSeconds.put(table, seconds(t0));
        }
      }
      step.now = "creating the views";
      for (String view : Views.create(ddl)) {
        s.execute(view);
      }
      step.now = "granting read access";
      for (String grant : ddl.grantRead(readers)) {
        s.execute(grant);
      }
    }
    List<PublishReport.TableLoad> loads = new ArrayList<>();
    for (TableSpec t : tables) {
      loads.add(
          new PublishReport.TableLoad(
              t.name(),
              rows.get(t.name()),
              deleted.get(t.name()),
              loadSeconds.get(t.name()),
              mergeSeconds.get(t.name())));
    }
    return new Replaced(
        loads,
        recompute == null
            ? null
            : new PublishReport.Recomputed(
                recompute.mentions(),
                recompute.changedEventIds(),
                recompute.readSeconds(),
                recompute.buildSeconds(),
                recompute.stageSeconds()));
  }

  /**
   * Makes a derived table's rows exactly its recomputed ones, writing only what changed: deletes
   * the published rows that are not among the recomputed ones (by primary key), then inserts the
   * recomputed rows that are not published. A month's publish changes a small part of the timeline
   * and dyads, so this is much less work, and less churn for readers' snapshots, than replacing
   * every row.
   *
   * @return rows deleted
   */
  private static long replaceChanged(Statement s, TableDdl ddl, Dialect dialect, TableSpec t)
      throws SQLException {
    String published = ddl.qualified(t.name());
    String recomputed = Recompute.stageName(t.name());
    String cols = t.columnList();
    if (t.primaryKey().isEmpty()) {
      long n = s.executeUpdate(ddl.deleteAll(t));
      s.executeUpdate(
          "INSERT INTO " + published + " (" + cols + ") SELECT " + cols + " FROM " + recomputed);
      return n;
    }
    String keys = String.join(", ", t.primaryKey().stream().map(Dialect::quote).toList());
    String stale = "annals_stale_" + t.name();
    for (String sql :
        dialect.createTempAs(
            stale,
            "SELECT "
                + keys
                + " FROM (SELECT "
                + cols
                + " FROM "
                + published
                + " EXCEPT SELECT "
                + cols
                + " FROM "
                + recomputed
                + ") AS d")) {
      s.execute(sql);
    }
    String match =
        String.join(
            " AND ",
            t.primaryKey().stream()
                .map(k -> "p." + Dialect.quote(k) + " = d." + Dialect.quote(k))
                .toList());
    long n =
        s.executeUpdate(
            "DELETE FROM " + published + " AS p USING " + stale + " AS d WHERE " + match);
    s.executeUpdate(
        "INSERT INTO "
            + published
            + " ("
            + cols
            + ") SELECT "
            + cols
            + " FROM "
            + recomputed
            + " EXCEPT SELECT "
            + cols
            + " FROM "
            + published);
    return n;
  }

  private static final List<String> DERIVED =
      List.of(OutputTables.TIMELINE, OutputTables.DYADS, OutputTables.KEY_DATES);

  private static TableSpec spec(List<TableSpec> tables, String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  /** DELETE of the published rows of a table of articles that the run replaces. */
  private String deleteCovered(TableDdl ddl, String table) {
    String from = "DELETE FROM " + ddl.qualified(table);
    if (replaceAll) {
      return from;
    }
    String doomed = "(SELECT article_id FROM " + DOOMED + ")";
    return switch (table) {
      case OutputTables.ARTICLES, OutputTables.DATE_REFERENCES ->
          from + " WHERE article_id IN " + doomed;
      case OutputTables.MENTIONS ->
          from
              + " WHERE article_id IN "
              + doomed
              + " OR mention_id IN (SELECT mention_id FROM "
              + TableSpec.stageName(table)
              + ")";
      case OutputTables.REJECTS -> from + " WHERE input_path IN " + covered(PublishedPeriods.INPUT);
      default -> throw new IllegalArgumentException(table);
    };
  }

  /**
   * Whether the published articles, mentions and date references are now exactly the run's (all its
   * rows are in; nothing else is), so that its own derived tables are those of everything
   * published.
   */
  private static boolean onlyTheRunsRows(Statement s, TableDdl ddl, RunOutput run)
      throws SQLException {
    for (String table :
        List.of(OutputTables.ARTICLES, OutputTables.MENTIONS, OutputTables.DATE_REFERENCES)) {
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + ddl.qualified(table))) {
        r.next();
        if (r.getLong(1) != run.rows(table)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether the run is already published: every period it covers was last given by it (or, in a
   * database published before periods were recorded, it is the last run published).
   */
  private static boolean alreadyPublished(
      Connection c, PublishLog log, List<PublishedPeriods.Period> published, RunOutput run)
      throws SQLException {
    if (published.isEmpty()) {
      Optional<String> last = log.lastRunId(c);
      return last.isPresent() && last.get().equals(run.runId());
    }
    Set<String> ours = new HashSet<>();
    for (PublishedPeriods.Period p : published) {
      if (p.runId().equals(run.runId())) {
        ours.add(p.kind() + " " + p.period());
      }
    }
    for (String m : run.months().keySet()) {
      if (!ours.contains(PublishedPeriods.MONTH + " " + m)) {
        return false;
      }
    }
    for (String i : run.inputs().keySet()) {
      if (!ours.contains(PublishedPeriods.INPUT + " " + i)) {
        return false;
      }
    }
    return !ours.isEmpty();
  }

  /**
   * Refuses, unless {@code force}, a run that started before a run that gave one of the periods it
   * covers (any published period, when {@code replaceAll}): publishing it would replace newer
   * results.
   */
  private void refuseOlderRun(
      Connection c, PublishLog log, List<PublishedPeriods.Period> published, RunOutput run)
      throws SQLException, PublishException {
    if (force) {
      return;
    }
    Optional<Instant> started = PublishLog.parse(run.manifest().path("started").asText(null));
    if (started.isEmpty()) {
      return;
    }
    if (published.isEmpty()) {
      Optional<Instant> latest = log.latestRunStarted(c);
      if (latest.isPresent() && started.get().isBefore(latest.get())) {
        throw older(started.get(), latest.get(), "the latest run already published");
      }
      return;
    }
    for (PublishedPeriods.Period p : published) {
      boolean ours =
          replaceAll
              || (p.kind().equals(PublishedPeriods.MONTH)
                  ? run.months().containsKey(p.period())
                  : run.inputs().containsKey(p.period()));
      if (ours && p.runStarted().isPresent() && started.get().isBefore(p.runStarted().get())) {
        throw older(
            started.get(),
            p.runStarted().get(),
            "the run already published for "
                + (p.kind().equals(PublishedPeriods.MONTH) ? "" : "input file ")
                + p.period());
      }
    }
  }

  private static PublishException older(Instant started, Instant latest, String what) {
    return new PublishException(
        Kind.INPUT,
        "the run started "
            + started
            + ", before "
            + what
            + " ("
            + latest
            + "): publishing it would replace newer results; --force publishes it anyway");
  }

  /**
   * Refuses, unless {@code force} or {@code replaceAll}, a run that covers a month of which
   * published articles came from input files the run did not read: a run of February's file that
   * holds one article published on January 31 would otherwise replace all of January with that one
   * article. Call after staging.
   */
  private void refusePartialMonths(Connection c, TableDdl ddl, Dialect dialect)
      throws SQLException, PublishException {
    if (force || replaceAll) {
      return;
    }
    String sql =
        "SELECT "
            + dialect.month("published")
            + " AS month, count(*), min(input_path), count(DISTINCT input_path) FROM "
            + ddl.qualified(OutputTables.ARTICLES)
            + " WHERE "
            + dialect.month("published")
            + " IN "
            + covered(PublishedPeriods.MONTH)
            + " AND input_path NOT IN "
            + covered(PublishedPeriods.INPUT)
            + " AND article_id NOT IN (SELECT article_id FROM "
            + TableSpec.stageName(OutputTables.ARTICLES)
            + ") GROUP BY 1 ORDER BY 1";
    List<String> partial = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        partial.add(
            r.getString(1)
                + " ("
                + r.getLong(2)
                + " article(s) from "
                + r.getString(3)
                + (r.getLong(4) > 1 ? " and " + (r.getLong(4) - 1) + " other file(s)" : "")
                + ")");
      }
    }
    if (partial.isEmpty()) {
      return;
    }
    throw new PublishException(
        Kind.INPUT,
        "the run has articles published in "
            + String.join(", ", partial.subList(0, Math.min(3, partial.size())))
            + (partial.size() > 3 ? ", ..." : "")
            + ", but did not read the input files those months' published articles came from; a"
            + " publish replaces every published article of the months its run covers, so it"
            + " would delete them. Run again reading those files too, or use --force to replace"
            + " those months with this run's articles anyway; nothing was changed");
  }

  private void createTables(
      Connection c, TableDdl ddl, PublishLog log, PublishedPeriods periods, List<TableSpec> tables)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      if (!schemaExists(c)) {
        // Only when missing: CREATE SCHEMA IF NOT EXISTS needs the right to create schemas even
        // when the schema exists, which a publisher given just a schema may not have.
        s.execute(ddl.createSchema());
      }
      for (TableSpec t : tables) {
        s.execute(ddl.createTable(t));
        for (String alter : ddl.addMissingColumns(t, columns(c, t.name()))) {
          s.execute(alter);
        }
        for (String index : ddl.createIndexes(t)) {
          s.execute(index);
        }
      }
      s.execute(log.create());
      s.execute(periods.create());
    }
  }

  private boolean schemaExists(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
      s.setString(1, schema);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  private Set<String> columns(Connection c, String table) throws SQLException {
    Set<String> names = new HashSet<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ?")) {
      s.setString(1, schema);
      s.setString(2, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
    }
    return names;
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      // The connection is gone; the server discards the open transaction with it.
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
