package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.annals.publish.RunFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code annals publish} into a DuckDB file, as a user runs it. */
class PublishCommandTest {

  static final RunFixture RUN =
      new RunFixture("r1", LocalDate.of(2012, 4, 1), 12, 9, "2026-01-01T00:00:00Z");

  @TempDir Path tmp;

  /** Exit code, standard output and standard error of one command line. */
  record Result(int code, String out, String err) {}

  static Result run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new CommandLine(
                new PublishCommand(
                    env,
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)))
            .execute(args);
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void publishesEveryTableAndPrintsRowsAndTimes() throws Exception {
    Path from = RUN.write(tmp.resolve("run"));
    Path db = tmp.resolve("bi/annals.duckdb");
    Result r = run(Map.of(), "--from", from.toString(), "--to", "duckdb:" + db);
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.exists(db));
    assertTrue(r.out().contains("mentions"), r.out());
    assertTrue(
        r.out().matches("(?s).*\\bmentions\\s+36\\s+0\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9]+\\n.*"),
        r.out());
    assertTrue(r.out().contains("rows in 7 tables published to duckdb:" + db), r.out());

    Result again = run(Map.of(), "--from", from.toString(), "--to", "duckdb:" + db);
    assertEquals(0, again.code());
    assertTrue(again.out().contains("nothing changed"), again.out());
  }

  @Test
  void anUnfinishedRunIsABadInputAndTheDatabaseIsNotCreated() throws Exception {
    Path from = RUN.write(tmp.resolve("run"));
    Files.delete(from.resolve("manifest.json"));
    Path db = tmp.resolve("annals.duckdb");
    Result r = run(Map.of(), "--from", from.toString(), "--to", "duckdb:" + db);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no manifest.json"), r.err());
    assertFalse(Files.exists(db));
  }

  @Test
  void anUnknownTargetIsABadArgumentAndItsSecretsAreNotEchoed() throws Exception {
    Path from = RUN.write(tmp.resolve("run"));
    Result r =
        run(Map.of(), "--from", from.toString(), "--to", "mysql://db/annals?password=s3cr3t-pw");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("expected jdbc:postgresql://HOST:PORT/DB or duckdb:FILE"), r.err());
    assertFalse(r.err().contains("s3cr3t-pw"), r.err());
  }

  @Test
  void grantsAreRefusedForADuckDbFileBeforeAnythingIsWritten() throws Exception {
    Path from = RUN.write(tmp.resolve("run"));
    Path db = tmp.resolve("annals.duckdb");
    Result r =
        run(
            Map.of(),
            "--from",
            from.toString(),
            "--to",
            "duckdb:" + db,
            "--grant-select-to",
            "metabase");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("a DuckDB file has no roles"), r.err());
    assertFalse(Files.exists(db));
  }

  @Test
  void aRunThatWouldReplaceMonthsOfFilesItDidNotReadIsRefusedUnlessReplaceAll() throws Exception {
    Path db = tmp.resolve("annals.duckdb");
    Path january = RUN.write(tmp.resolve("january"));
    assertEquals(0, run(Map.of(), "--from", january.toString(), "--to", "duckdb:" + db).code());
    Path february =
        new RunFixture("r2", LocalDate.of(2012, 4, 20), 5, 9, "2026-02-01T00:00:00Z")
            .write(tmp.resolve("february"));
    Result refused = run(Map.of(), "--from", february.toString(), "--to", "duckdb:" + db);
    assertEquals(2, refused.code(), refused.err());
    assertTrue(
        refused.err().contains("has articles published in 2012-04 (9 article(s) from r1/"),
        refused.err());
    assertTrue(refused.err().contains("did not read the input files"), refused.err());
    assertTrue(refused.err().contains("nothing was changed"), refused.err());
    Result replaced =
        run(Map.of(), "--from", february.toString(), "--to", "duckdb:" + db, "--replace-all");
    assertEquals(0, replaced.code(), replaced.err());
    assertTrue(replaced.out().matches("(?s).*\\barticles\\s+5\\s+12\\s.*"), replaced.out());
  }

  @Test
  void helpNamesTheOptions() {
    Result r = run(Map.of(), "--help");
    assertEquals(0, r.code());
  }
}
