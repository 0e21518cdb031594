package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalEventsCommandTest {

  @Test
  void printsScoresForEachValidationFile() throws Exception {
    Path dir = Path.of(getClass().getResource("/petrarch/records.xml").toURI()).getParent();
    StringWriter out = new StringWriter();
    CommandLine cmd = new CommandLine(new EvalEventsCommand());
    cmd.setOut(new PrintWriter(out));
    int code = cmd.execute("--data", dir.toString(), "--by-category");
    assertEquals(0, code);
    String text = out.toString();
    assertTrue(text.contains("records.xml: 5 sentences, 5 with expected codings"), text);
    assertTrue(text.contains("(source country, target country, root): P="), text);
    assertTrue(text.contains("false events on no-event sentences: "), text);
    assertTrue(text.contains("MODIFY"), text);
  }

  @Test
  void rejectsAMissingDirectory() {
    CommandLine cmd = new CommandLine(new EvalEventsCommand());
    cmd.setErr(new PrintWriter(new StringWriter()));
    assertEquals(2, cmd.execute("--data", "no/such/dir"));
  }
}
