package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalStoriesCommandTest {

  @Test
  void printsBCubedScoresForTheDataDirectory() throws Exception {
    String dir = Path.of(getClass().getResource("/story/news_cluster").toURI()).toString();
    StringWriter out = new StringWriter();
    CommandLine cmd = new CommandLine(new EvalStoriesCommand());
    cmd.setOut(new PrintWriter(out));
    assertEquals(0, cmd.execute("--data", dir));
    String text = out.toString();
    assertTrue(text.contains("13 articles, 4 stories"), text);
    assertTrue(text.contains("every article alone"), text);
    assertTrue(text.contains("held-out half"), text);
  }

  @Test
  void missingDirectoryIsAnError() {
    CommandLine cmd = new CommandLine(new EvalStoriesCommand());
    cmd.setErr(new PrintWriter(new StringWriter()));
    assertTrue(cmd.execute("--data", "/no/such/dir") != 0);
  }
}
