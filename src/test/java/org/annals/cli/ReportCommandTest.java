package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

  @TempDir Path tmp;

  @Test
  void aMalformedPeriodIsAUsageErrorThatNamesTheForms() {
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(new ReportCommand())
            .setErr(new PrintWriter(err))
            .execute("--from", tmp.toString(), "--period", "2012-13", "--output", "r.html");
    assertEquals(2, code);
    assertTrue(err.toString().contains("2012-Q2"), err.toString());
  }

  @Test
  void aDirectoryThatIsNotARunIsRefusedWithAClearMessage() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("notes"));
    ReportCommand cmd = new ReportCommand();
    new CommandLine(cmd).parseArgs("--from", dir.toString(), "--period", "2012", "-o", "r.html");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, cmd::call);
    assertTrue(e.getMessage().contains("is not an annals output directory"), e.getMessage());
    assertTrue(Files.notExists(Path.of("r.html")), "no report written");
  }

  @Test
  void helpNamesThePeriodForms() {
    StringWriter out = new StringWriter();
    new CommandLine(new ReportCommand()).setOut(new PrintWriter(out)).execute("--help");
    assertTrue(out.toString().contains("--period"));
    assertTrue(out.toString().contains("2012-W17"));
    assertTrue(out.toString().contains("with 95% intervals"), out.toString());
  }
}
