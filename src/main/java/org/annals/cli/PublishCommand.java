package org.annals.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.publish.DuckDbTarget;
import org.annals.publish.PostgresLogin;
import org.annals.publish.PostgresTarget;
import org.annals.publish.PublishException;
import org.annals.publish.PublishReport;
import org.annals.publish.PublishedTables;
import org.annals.publish.Publisher;
import org.annals.publish.RunOutput;
import org.annals.publish.Secrets;
import org.annals.publish.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals publish}: a run's tables into PostgreSQL or a DuckDB file, for BI tools. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Load a run's tables into PostgreSQL or a DuckDB file for BI tools, with",
      "keys, indexes and views, in one transaction. A publish replaces the",
      "published articles of the months the run's articles were published in (and",
      "the undated articles and rejects of the input files it read) with the run's,",
      "then recomputes timeline, dyads and key dates over everything published: run",
      "each month's file and publish each run. Publishing the same run again changes",
      "nothing; --replace-all makes the tables exactly this run's. See docs/publish.md.",
      "PostgreSQL user: --user, PGUSER. Password: --password-file,",
      "ANNALS_DB_PASSWORD, PGPASSWORD or ~/.pgpass (PGPASSFILE)."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:published, or already published",
      "1:the database could not be reached or refused the publish",
      "2:the run's output is missing, incomplete or unreadable, older than the run published"
          + " for one of its months or input files, or would replace a month's articles from"
          + " input files it did not read"
    })
public final class PublishCommand implements Callable<Integer> {

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DIR",
      description = "A run's output directory (with manifest.json and parquet/).")
  Path from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "URL",
      description =
          "jdbc:postgresql://HOST:PORT/DB (without a host: PGHOST, PGPORT, PGDATABASE)"
              + " or duckdb:FILE.")
  String to;

  @Option(
      names = "--schema",
      paramLabel = "NAME",
      description = "Schema to publish into (default: annals in PostgreSQL, main in DuckDB).")
  String schema;

  @Option(names = "--user", paramLabel = "NAME", description = "PostgreSQL user (default: PGUSER).")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "File whose first line is the PostgreSQL password.")
  Path passwordFile;

  @Option(
      names = "--grant-select-to",
      paramLabel = "ROLE",
      split = ",",
      description =
          "PostgreSQL roles (e.g. the one your BI tool connects as) to grant read access to the"
              + " schema, its tables and views.")
  List<String> readers = List.of();

  @Option(
      names = "--force",
      description =
          "Publish even if this run is already published, started before the run published"
              + " for one of its months or input files, or would replace a month's articles"
              + " from input files it did not read.")
  boolean force;

  @Option(
      names = "--replace-all",
      description =
          "Make the published tables exactly this run's output: every published row of"
              + " other months and input files is deleted too.")
  boolean replaceAll;

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;

  public PublishCommand() {
    this(System.getenv(), System.out, System.err);
  }

  PublishCommand(Map<String, String> env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    try {
      boolean duckdb = to.startsWith("duckdb:") || to.startsWith("jdbc:duckdb:");
      if (duckdb && !readers.isEmpty()) {
        throw new IllegalArgumentException(
            "--grant-select-to: a DuckDB file has no roles; anyone who can read the file can read"
                + " the tables");
      }
      String into = schema != null ? schema : duckdb ? "main" : "annals";
      Publisher publisher = new Publisher(into, force, replaceAll, progress(), readers);
      RunOutput run = RunOutput.open(from, PublishedTables.all());
      try (Target target = openTarget()) {
        err.printf(
            Locale.ROOT,
            "annals publish: %s -> %s (schema %s)%n",
            run.dir(),
            target.describe(),
            into);
        print(publisher.publish(run, target));
        return 0;
      }
    } catch (PublishException e) {
      err.println("annals publish: " + e.getMessage());
      return e.kind() == PublishException.Kind.INPUT ? 2 : 1;
    } catch (IllegalArgumentException e) {
      err.println("annals publish: " + Secrets.maskUrl(e.getMessage()));
      return 2;
    }
  }

  private Publisher.Listener progress() {
    return new Publisher.Listener() {
      @Override
      public void staged(String table, long rows, double seconds) {
        err.printf(
            Locale.ROOT, "annals publish: loaded %s: %d rows, %.2f s%n", table, rows, seconds);
      }
    };
  }

  private Target openTarget() throws PublishException {
    if (to.startsWith("duckdb:")) {
      return DuckDbTarget.open(Path.of(to.substring("duckdb:".length())));
    }
    if (to.startsWith("jdbc:duckdb:")) {
      return DuckDbTarget.open(Path.of(to.substring("jdbc:duckdb:".length())));
    }
    if (to.startsWith("jdbc:postgresql:")) {
      Path home = Path.of(System.getProperty("user.home", "."));
      return PostgresTarget.connect(PostgresLogin.resolve(to, user, passwordFile, env, home));
    }
    throw new IllegalArgumentException(
        "--to: expected jdbc:postgresql://HOST:PORT/DB or duckdb:FILE, was " + to);
  }

  private void print(PublishReport report) {
    if (report.unchanged()) {
      out.printf(
          Locale.ROOT,
          "annals publish: run %s is already published to %s (it gave every month and input"
              + " file it covers); nothing changed (--force publishes it again)%n",
          report.runId().substring(0, 12),
          report.target());
      return;
    }
    out.printf(
        Locale.ROOT,
        "%-15s %10s %10s %8s %8s %11s%n",
        "table",
        "rows",
        "replaced",
        "load s",
        "merge s",
        "rows/s");
    for (PublishReport.TableLoad t : report.tables()) {
      out.printf(
          Locale.ROOT,
          "%-15s %10d %10d %8.2f %8.2f %11.0f%n",
          t.table(),
          t.rows(),
          t.replaced(),
          t.loadSeconds(),
          t.mergeSeconds(),
          t.rowsPerSecond());
    }
    PublishReport.Recomputed r = report.recompute();
    if (r != null) {
      out.printf(
          Locale.ROOT,
          "annals publish: timeline, dyads and key_dates recomputed over the %d published"
              + " mentions in %.2f s (read %.2f s, merge %.2f s, load %.2f s); %d mentions got"
              + " another event id%n",
          r.mentions(),
          r.seconds(),
          r.readSeconds(),
          r.buildSeconds(),
          r.stageSeconds(),
          r.changedEventIds());
    }
    out.printf(
        Locale.ROOT,
        "annals publish: %d rows in %d tables published to %s in %.2f s (run %s)%n",
        report.totalRows(),
        report.tables().size(),
        report.target(),
        report.seconds(),
        report.runId().substring(0, 12));
  }
}
