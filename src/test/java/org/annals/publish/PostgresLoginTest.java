package org.annals.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresLoginTest {

  @TempDir Path home;

  PostgresLogin resolve(String url, Map<String, String> env) throws PublishException {
    return PostgresLogin.resolve(url, null, null, env, home);
  }

  String password(PostgresLogin login) {
    return login.properties().getProperty("password");
  }

  @Test
  void theUrlNamesTheServerAndTheEnvironmentTheUser() throws Exception {
    PostgresLogin login =
        resolve("jdbc:postgresql://db.example.org:6543/research", Map.of("PGUSER", "alice"));
    assertEquals("db.example.org", login.host());
    assertEquals(6543, login.port());
    assertEquals("research", login.database());
    assertEquals("alice", login.user());
    assertFalse(login.hasPassword());
  }

  @Test
  void aUrlWithoutAHostTakesItFromTheEnvironmentAsLibpqDoes() throws Exception {
    PostgresLogin login =
        resolve(
            "jdbc:postgresql:",
            Map.of(
                "PGHOST", "pg.internal", "PGPORT", "5433", "PGDATABASE", "dash", "PGUSER", "bi"));
    assertEquals("jdbc:postgresql://pg.internal:5433/dash", login.maskedUrl());
    assertEquals("dash", login.database());
  }

  @Test
  void passwordsComeFromTheFileThenAnnalsThenLibpqVariablesThenPgpass() throws Exception {
    String url = "jdbc:postgresql://h:5432/d";
    Path pgpass = home.resolve(".pgpass");
    Files.writeString(pgpass, "h:5432:d:u:from-pgpass\n");
    Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
    Map<String, String> user = Map.of("PGUSER", "u");
    assertEquals("from-pgpass", password(resolve(url, user)));
    assertEquals(
        "from-pgpassword",
        password(resolve(url, Map.of("PGUSER", "u", "PGPASSWORD", "from-pgpassword"))));
    assertEquals(
        "from-annals",
        password(
            resolve(
                url,
                Map.of(
                    "PGUSER",
                    "u",
                    "PGPASSWORD",
                    "from-pgpassword",
                    "ANNALS_DB_PASSWORD",
                    "from-annals"))));
    Path file = home.resolve("secret");
    Files.writeString(file, "from-file\nignored\n");
    assertEquals(
        "from-file",
        password(
            PostgresLogin.resolve(
                url, "u", file, Map.of("ANNALS_DB_PASSWORD", "from-annals"), home)));
  }

  @Test
  void printedUrlsAndMessagesNeverShowThePassword() throws Exception {
    PostgresLogin login =
        resolve("jdbc:postgresql://h/d?user=u&password=hunter22&ssl=false", Map.of());
    assertEquals("jdbc:postgresql://h/d?user=u&password=***&ssl=false", login.maskedUrl());
    assertEquals("hunter22", password(login));
    assertEquals(
        "auth failed for *** at jdbc:postgresql://h/d?password=***",
        login
            .secrets()
            .redact("auth failed for hunter22 at jdbc:postgresql://h/d?password=hunter22"));
  }

  @Test
  void anythingButAPostgresUrlIsRefusedWithoutEchoingSecrets() {
    PublishException e =
        assertThrows(
            PublishException.class, () -> resolve("postgres://u:pw@h/d?password=pw2", Map.of()));
    assertFalse(e.getMessage().contains("pw2"), e.getMessage());
  }
}
