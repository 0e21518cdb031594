package org.annals.publish;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the integration tests publish to: {@code ANNALS_TEST_PG_URL} (a JDBC URL
 * without credentials; {@code PGUSER}/{@code PGPASSWORD} from the environment), as {@code
 * jobs/ci/postgres.sh start} exports it. Tests are skipped when it is unset, unless {@code CI} is
 * set: then they fail, so that CI never passes without having talked to a server.
 */
public final class TestPostgres {

  private TestPostgres() {}

  public static final String URL_VARIABLE = "ANNALS_TEST_PG_URL";

  /** The server's URL; skips or fails the test when there is none. */
  public static String url() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      if (System.getenv("CI") != null) {
        fail(
            URL_VARIABLE
                + " is not set: start a server with eval \"$(jobs/ci/postgres.sh start)\"");
      }
      assumeTrue(false, URL_VARIABLE + " is not set; skipping the PostgreSQL tests");
    }
    return url;
  }

  /** A login to the test server from the environment. */
  public static PostgresLogin login() throws PublishException {
    return PostgresLogin.resolve(url(), null, null, System.getenv(), Path.of("/nonexistent"));
  }

  /** A plain connection (auto-commit on) for checking what a publish did. */
  public static Connection connect() throws Exception {
    PostgresLogin login = login();
    return DriverManager.getConnection(login.url(), login.properties());
  }

  /** Drops a test schema with everything in it. */
  public static void drop(String schema) throws Exception {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + Dialect.quote(schema) + " CASCADE");
    } catch (SQLException e) {
      // Best effort: the cluster is thrown away after the tests.
    }
  }
}
