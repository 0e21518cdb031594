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
 * replaces every published table's rows with the run's, records the publish in {@code publish_log}
 * and commits. Readers see the database as before the publish or as after it, never in between; a
 * publish that fails is rolled back and leaves the database as it was.
 *
 * <p>Runs are cumulative: the database holds the output of one run, the last published, and each
 * run re-derives everything from all its inputs (see {@link PublishedTables} for why tables of
 * different runs are not merged). So that publishing a run of new inputs only (this month's
 * articles after last month's) cannot silently delete what earlier inputs gave, a run that did not
 * read every input file of the published articles and rejects is refused; {@code replaceAll}
 * publishes it anyway, replacing everything with its output.
 *
 * <p>Publishing the run that was published last changes nothing (it is reported as unchanged). A
 * run that started before the latest run already published is refused, so that an old output
 * directory published by mistake cannot overwrite newer results. {@code force} publishes in both
 * cases.
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
   * @param force publish even if the run is the one published last
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
   * @param replaceAll publish even a run that did not read every input file of what is published,
   *     deleting what those files gave
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
    List<TableSpec> tables = PublishedTables.all();
    Step step = new Step("preparing the schema");
    try {
      target.lockForPublish(schema);
      createTables(c, ddl, log, tables);
      Optional<String> last = log.lastRunId(c);
      if (!force && last.isPresent() && last.get().equals(run.runId())) {
        c.rollback();
        return new PublishReport(target.describe(), run.runId(), true, List.of(), seconds(t0));
      }
      refuseOlderRun(c, log, run);
      Map<String, Double> loadSeconds = stageAll(run, target, ddl, tables, step);
      step.now = "comparing the run's input files with the published ones";
      refuseMissingInputs(c, ddl);
      List<PublishReport.TableLoad> loads = replaceAll(c, ddl, tables, run, loadSeconds, step);
      step.now = "recording the publish";
      Map<String, Long> loaded = new LinkedHashMap<>();
      Map<String, Long> replaced = new LinkedHashMap<>();
      for (PublishReport.TableLoad l : loads) {
        loaded.put(l.table(), l.rows());
        replaced.put(l.table(), l.replaced());
      }
      log.record(c, Instant.now(), run, loaded, replaced, seconds(t0));
      step.now = "finishing";
      listener.beforeCommit();
      commit(c, target, run);
      return new PublishReport(target.describe(), run.runId(), false, loads, seconds(t0));
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

  /** Replaces every table's rows with the run's staged rows, then the views and grants. */
  private List<PublishReport.TableLoad> replaceAll(
      Connection c,
      TableDdl ddl,
      List<TableSpec> tables,
      RunOutput run,
      Map<String, Double> loadSeconds,
      Step step)
      throws SQLException {
    List<PublishReport.TableLoad> loads = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      for (TableSpec t : tables) {
        step.now = "replacing the rows of " + t.name();
        long m0 = System.nanoTime();
        long deleted = s.executeUpdate(ddl.deleteAll(t));
        s.executeUpdate(ddl.insertStaged(t));
        loads.add(
            new PublishReport.TableLoad(
                t.name(), run.rows(t.name()), deleted, loadSeconds.get(t.name()), seconds(m0)));
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
    return loads;
  }

  /**
   * Refuses, unless {@code replaceAll}, a run that did not read every input file that published
   * articles or rejects came from: publishing it would delete what those files gave. Call after
   * staging.
   */
  private void refuseMissingInputs(Connection c, TableDdl ddl)
      throws SQLException, PublishException {
    if (replaceAll) {
      return;
    }
    String articles = OutputTables.ARTICLES;
    String rejects = OutputTables.REJECTS;
    String sql =
        "SELECT p.\"input_path\" FROM (SELECT \"input_path\" FROM "
            + ddl.qualified(articles)
            + " UNION SELECT \"input_path\" FROM "
            + ddl.qualified(rejects)
            + ") AS p WHERE p.\"input_path\" NOT IN (SELECT \"input_path\" FROM "
            + TableSpec.stageName(articles)
            + " UNION SELECT \"input_path\" FROM "
            + TableSpec.stageName(rejects)
            + ") ORDER BY 1";
    List<String> missing = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        missing.add(r.getString(1));
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String some = String.join(", ", missing.subList(0, Math.min(3, missing.size())));
    throw new PublishException(
        Kind.INPUT,
        "the run did not read "
            + missing.size()
            + " input file(s) that published rows came from ("
            + some
            + (missing.size() > 3 ? ", ..." : "")
            + "); a publish replaces the tables whole, because events, dyads and key dates sum"
            + " over all articles, so it would delete what those files gave. Run again on every"
            + " input published so far plus the new ones, or use --replace-all to replace the"
            + " published tables with this run's anyway; nothing was changed");
  }

  private void refuseOlderRun(Connection c, PublishLog log, RunOutput run)
      throws SQLException, PublishException {
    if (force) {
      return;
    }
    Optional<Instant> started = PublishLog.parse(run.manifest().path("started").asText(null));
    Optional<Instant> latest = log.latestRunStarted(c);
    if (started.isPresent() && latest.isPresent() && started.get().isBefore(latest.get())) {
      throw new PublishException(
          Kind.INPUT,
          "the run started "
              + started.get()
              + ", before the latest run already published ("
              + latest.get()
              + "): publishing it would replace newer results; --force publishes it anyway");
    }
  }

  private void createTables(Connection c, TableDdl ddl, PublishLog log, List<TableSpec> tables)
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
