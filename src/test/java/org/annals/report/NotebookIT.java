package org.annals.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The researchers' notebook, executed headless by {@code notebooks-export/run.sh} against an output
 * directory: it must run every cell without error, draw its charts, and leave the committed
 * notebook untouched. Skipped only when Python's notebook stack is absent outside CI.
 */
class NotebookIT {

  static final Path NOTEBOOK = Path.of("notebooks-export/annals-timeline.ipynb");
  static final Path RUNNER = Path.of("notebooks-export/run.sh");

  @TempDir static Path tmp;

  @BeforeAll
  static void needsPython() throws Exception {
    boolean present =
        run(
                new ProcessBuilder(
                    "bash",
                    "-c",
                    "for p in /usr/bin/python3 python3; do $p -c 'import nbconvert, nbclient, ipykernel,"
                        + " pandas, matplotlib' 2>/dev/null && exit 0; done; exit 1"),
                "probe")
            == 0;
    if (System.getenv("CI") == null) {
      assumeTrue(present, "python3-nbconvert, -nbclient, -ipykernel, -pandas, -matplotlib absent");
    }
    assertTrue(
        present,
        "CI needs python3-nbconvert python3-nbclient python3-ipykernel"
            + " python3-pandas python3-matplotlib");
  }

  static int run(ProcessBuilder pb, String name) throws Exception {
    Process p =
        pb.redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile()).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), name + " did not finish in 300 s");
    return p.exitValue();
  }

  @Test
  void runsEveryCellAndDrawsItsChartsWithoutTouchingTheCommittedNotebook() throws Exception {
    byte[] before = Files.readAllBytes(NOTEBOOK);
    Path out = OutputFixture.seed(tmp.resolve("out"));
    Path executed = tmp.resolve("executed.ipynb");
    int code =
        run(
            new ProcessBuilder("bash", RUNNER.toString(), out.toString(), executed.toString()),
            "ok");
    assertEquals(0, code, Files.readString(tmp.resolve("ok.log")));
    assertArrayEquals(before, Files.readAllBytes(NOTEBOOK), "the committed notebook changed");

    JsonNode nb = new ObjectMapper().readTree(executed.toFile());
    int images = 0;
    int errors = 0;
    StringBuilder text = new StringBuilder();
    for (JsonNode cell : nb.get("cells")) {
      for (JsonNode output : cell.path("outputs")) {
        if (output.path("data").has("image/png")) {
          images++;
        }
        if ("error".equals(output.path("output_type").asText())) {
          errors++;
        }
        output.path("text").forEach(t -> text.append(t.asText()));
        output.path("data").path("text/plain").forEach(t -> text.append(t.asText()));
      }
    }
    assertEquals(0, errors);
    assertEquals(2, images, "events per month and dyad sentiment");
    assertTrue(
        text.toString().contains("Russia is our main strategic partner"), "evidence printed");
    assertTrue(text.toString().contains("Tajik government rejects"), "key dates shown");
  }

  @Test
  void committedNotebookHasNoOutputs() throws IOException {
    JsonNode nb = new ObjectMapper().readTree(NOTEBOOK.toFile());
    for (JsonNode cell : nb.get("cells")) {
      assertEquals(0, cell.path("outputs").size(), "outputs are cleared before committing");
      assertTrue(
          cell.path("execution_count").isNull() || cell.path("execution_count").isMissingNode());
    }
  }

  @Test
  void failsOnABrokenTableAndOnADirectoryThatIsNotARun() throws Exception {
    Path out = OutputFixture.seed(tmp.resolve("broken"));
    Files.writeString(out.resolve("csv/timeline/part-00000.csv"), "not,the,timeline\n1,2,3\n");
    int code =
        run(
            new ProcessBuilder(
                "bash", RUNNER.toString(), out.toString(), tmp.resolve("broken.ipynb").toString()),
            "broken");
    assertEquals(
        1, code, "a cell error must fail the run: " + Files.readString(tmp.resolve("broken.log")));
    Path notes = Files.createDirectories(tmp.resolve("notes"));
    assertEquals(2, run(new ProcessBuilder("bash", RUNNER.toString(), notes.toString()), "notes"));
  }
}
