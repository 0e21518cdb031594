package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalKeyDatesCommandTest {

  @TempDir Path data;

  private void topic(String name) throws IOException {
    Path dir = Files.createDirectories(data.resolve(name));
    Files.writeString(
        dir.resolve("articles.json"),
        """
        [{"uid": "1", "dct": "2010-01-13", "dates": ["2010-01-12", "2010-01-13"],
          "text": "The quake struck on Tuesday ."},
         {"uid": "2", "dct": "2010-01-14", "dates": ["2010-01-12", null, "2010-01-14"],
          "text": "Aid arrives today , two days after the quake of 12 January ."},
         {"uid": "3", "dct": "2010-01-14", "dates": ["2010-01-14"],
          "text": "The first aid flights landed on Thursday ."}]
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("bbc.txt.timeline.json"),
        """
        [{"date": "2010-01-12", "text": "A magnitude 7 earthquake hits Haiti ."},
         {"date": "2010-01-14", "text": "Aid arrives ."}]
        """,
        StandardCharsets.UTF_8);
  }

  private int run(StringWriter out, String... args) {
    CommandLine cmd = new CommandLine(new EvalKeyDatesCommand());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(new StringWriter()));
    return cmd.execute(args);
  }

  @Test
  void printsDateF1PerTimelineAndTheMean() throws IOException {
    topic("haiti_test");
    StringWriter out = new StringWriter();

    int code = run(out, "--data", data.toString(), "--source", "dataset");

    assertEquals(0, code);
    String text = out.toString();
    assertTrue(text.startsWith("source: dataset"), text);
    assertTrue(text.contains("haiti_test"), text);
    assertTrue(text.lines().anyMatch(l -> l.startsWith("MEAN") && l.contains("1.000")), text);
  }

  @Test
  void splitsTheMeanBetweenTuningTopicsAndTheOthers() throws IOException {
    topic("haiti_test");
    topic("syria_test");
    StringWriter out = new StringWriter();

    run(out, "--data", data.toString(), "--source", "dataset", "--tuned-on", "haiti");

    String text = out.toString();
    assertTrue(text.contains("MEAN tuned-on          (1 timelines)        "), text);
    assertTrue(text.contains("MEAN others            (1 timelines)"), text);
  }

  @Test
  void missingDataDirectoryIsAnError() {
    assertTrue(run(new StringWriter(), "--data", data.resolve("none").toString()) != 0);
  }
}
