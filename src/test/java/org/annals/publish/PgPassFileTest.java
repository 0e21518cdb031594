package org.annals.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassFileTest {

  static final PgPassFile FILE =
      PgPassFile.of(
          List.of(
              "# comment",
              "db.example.org:5432:annals:alice:first",
              "db.example.org:*:*:alice:second",
              "*:*:*:bob:pass\\:with\\:colons",
              "*:*:*:carol:has:raw:colons",
              "short:line"));

  @Test
  void firstMatchingLineWinsAndStarMatchesAnything() {
    assertEquals(Optional.of("first"), FILE.password("db.example.org", 5432, "annals", "alice"));
    assertEquals(Optional.of("second"), FILE.password("db.example.org", 6543, "other", "alice"));
    assertEquals(Optional.empty(), FILE.password("elsewhere", 5432, "annals", "alice"));
  }

  @Test
  void escapedAndTrailingColonsBelongToThePassword() {
    assertEquals(Optional.of("pass:with:colons"), FILE.password("h", 1, "d", "bob"));
    assertEquals(Optional.of("has:raw:colons"), FILE.password("h", 1, "d", "carol"));
  }

  @Test
  void aFileOthersCanReadIsIgnoredAsLibpqDoes(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("pgpass");
    Files.writeString(file, "*:*:*:*:secret\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    assertEquals(Optional.of("secret"), PgPassFile.load(file).password("h", 1, "d", "u"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertEquals(Optional.empty(), PgPassFile.load(file).password("h", 1, "d", "u"));
    assertEquals(
        Optional.empty(), PgPassFile.load(tmp.resolve("absent")).password("h", 1, "d", "u"));
  }
}
