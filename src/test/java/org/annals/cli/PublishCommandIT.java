package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.annals.cli.PublishCommandTest.Result;
import org.annals.publish.RunFixture;
import org.annals.publish.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals publish} to the test PostgreSQL server: credentials and what is printed. */
class PublishCommandIT {

  static final RunFixture RUN =
      new RunFixture("r1", LocalDate.of(2012, 4, 1), 12, 9, "2026-01-01T00:00:00Z");

  @TempDir Path tmp;
  String url;
  String password;
  String schema;
  Path from;

  @BeforeEach
  void setUp() throws Exception {
    url = TestPostgres.url();
    password = System.getenv("PGPASSWORD");
    schema = "cli_" + Long.toHexString(System.nanoTime());
    from = RUN.write(tmp.resolve("run"));
  }

  @AfterEach
  void tearDown() throws Exception {
    TestPostgres.drop(schema);
  }

  /** The environment without a password, so that each test says where the password comes from. */
  static Map<String, String> envWithout(String... names) {
    Map<String, String> env = new HashMap<>(System.getenv());
    for (String n : names) {
      env.remove(n);
    }
    env.put("PGPASSFILE", "/nonexistent");
    return env;
  }

  @Test
  void thePasswordComesFromAFileAndIsNeverPrinted() throws Exception {
    Path file = tmp.resolve("password");
    Files.writeString(file, password + "\n");
    Map<String, String> env = envWithout("PGPASSWORD", "ANNALS_DB_PASSWORD");
    Result r =
        PublishCommandTest.run(
            env,
            "--from",
            from.toString(),
            "--to",
            url,
            "--schema",
            schema,
            "--password-file",
            file.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("rows in 7 tables published to " + url), r.out());
    assertFalse((r.out() + r.err()).contains(password));
  }

  @Test
  void aWrongPasswordFailsWithTheUrlMaskedAndNothingCreated() throws Exception {
    Map<String, String> env = envWithout("PGPASSWORD");
    env.put("ANNALS_DB_PASSWORD", "wrong-Secret-42");
    String withSecret = url + "?ApplicationName=x&password=wrong-Secret-42";
    Result r =
        PublishCommandTest.run(
            env, "--from", from.toString(), "--to", withSecret, "--schema", schema);
    assertEquals(1, r.code());
    assertTrue(
        r.err().contains("cannot connect to " + url + "?ApplicationName=x&password=***"), r.err());
    assertFalse((r.out() + r.err()).contains("wrong-Secret-42"), r.err());
  }

  @Test
  void aBiRoleCanBeGrantedReadAccessToTablesAndViews() throws Exception {
    String role = "bi_" + Long.toHexString(System.nanoTime());
    String rolePassword = "bi-" + role;
    try (Connection c = TestPostgres.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + rolePassword + "'");
    }
    try {
      Result r =
          PublishCommandTest.run(
              System.getenv(),
              "--from",
              from.toString(),
              "--to",
              url,
              "--schema",
              schema,
              "--grant-select-to",
              role);
      assertEquals(0, r.code(), r.err());
      Properties asBi = new Properties();
      asBi.setProperty("user", role);
      asBi.setProperty("password", rolePassword);
      try (Connection bi = DriverManager.getConnection(url, asBi);
          Statement s = bi.createStatement();
          ResultSet rows =
              s.executeQuery("SELECT count(*) FROM " + schema + ".dyad_sentiment_monthly")) {
        rows.next();
        assertEquals(RUN.dyads(), rows.getLong(1));
        assertThrows(SQLException.class, () -> s.execute("DELETE FROM " + schema + ".articles"));
      }
    } finally {
      TestPostgres.drop(schema);
      try (Connection c = TestPostgres.connect();
          Statement s = c.createStatement()) {
        s.execute("DROP ROLE " + role);
      }
    }
  }

  @Test
  void anUnreachableServerFailsClearly() throws Exception {
    Map<String, String> env = envWithout();
    Result r =
        PublishCommandTest.run(
            env, "--from", from.toString(), "--to", "jdbc:postgresql://127.0.0.1:1/annals");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("cannot connect to jdbc:postgresql://127.0.0.1:1/annals"), r.err());
    assertFalse(r.err().contains(password), r.err());
  }

  @Test
  void aServerFromTheEnvironmentAsLibpqReadsIt() throws Exception {
    String hostPort = url.substring("jdbc:postgresql://".length(), url.lastIndexOf('/'));
    Map<String, String> env = envWithout();
    env.put("PGHOST", hostPort.substring(0, hostPort.indexOf(':')));
    env.put("PGPORT", hostPort.substring(hostPort.indexOf(':') + 1));
    env.put("PGDATABASE", url.substring(url.lastIndexOf('/') + 1));
    Result r =
        PublishCommandTest.run(
            env, "--from", from.toString(), "--to", "jdbc:postgresql:", "--schema", schema);
    assertEquals(0, r.code(), r.err());
  }
}
