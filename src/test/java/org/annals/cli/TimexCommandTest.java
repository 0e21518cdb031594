package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TimexCommandTest {

  @TempDir Path dir;

  @Test
  void tagsGoodLinesAndReportsBadOnesWithTheirLineNumbers() throws Exception {
    Path in = dir.resolve("docs.jsonl");
    Path out = dir.resolve("spans.jsonl");
    Files.writeString(
        in,
        String.join(
            "\n",
            "{\"id\": \"seed\", \"dct\": \"2012-04-23\", \"text\": \"A Russian pilot was jailed "
                + "in Tajikistan last November, its president said on Tuesday.\"}",
            "this is not json",
            "{\"id\": \"bad-date\", \"dct\": \"2012-13-45\", \"text\": \"on Monday\"}",
            "{\"id\": \"no-text\", \"dct\": \"2012-04-23\"}",
            "{\"id\": \"no-dct\", \"text\": \"He resigned yesterday, in 1998.\"}",
            ""),
        StandardCharsets.UTF_8);
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      code =
          new CommandLine(new TimexCommand())
              .execute("--input", in.toString(), "--output", out.toString());
    } finally {
      System.setErr(err);
    }
    assertEquals(0, code);
    String messages = captured.toString(StandardCharsets.UTF_8);
    assertTrue(messages.contains(":2: skipped"), messages);
    assertTrue(messages.contains(":3: skipped"), messages);
    assertTrue(messages.contains(":4: skipped"), messages);
    assertTrue(messages.contains("3 bad lines"), messages);

    ObjectMapper json = new ObjectMapper();
    List<JsonNode> spans = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      spans.add(json.readTree(line));
    }
    JsonNode november =
        spans.stream()
            .filter(s -> s.get("text").asText().equals("last November"))
            .findFirst()
            .orElseThrow();
    assertEquals("seed", november.get("id").asText());
    assertEquals("DATE", november.get("type").asText());
    assertEquals("2011-11", november.get("value").asText());
    String text =
        "A Russian pilot was jailed in Tajikistan last November, its president said on "
            + "Tuesday.";
    assertEquals(
        "last November",
        text.substring(november.get("begin").asInt(), november.get("end").asInt()));
    assertTrue(spans.stream().anyMatch(s -> s.get("value").asText().equals("2012-04-17")));
    assertTrue(
        spans.stream()
            .anyMatch(
                s ->
                    s.get("id").asText().equals("no-dct")
                        && s.get("value").asText().equals("XXXX-XX-XX")));
  }

  @Test
  void missingInputIsAClearErrorNotACrash() {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      code =
          new CommandLine(new TimexCommand())
              .execute(
                  "--input",
                  dir.resolve("absent.jsonl").toString(),
                  "--output",
                  dir.resolve("o.jsonl").toString());
    } finally {
      System.setErr(err);
    }
    assertEquals(2, code);
    assertTrue(captured.toString(StandardCharsets.UTF_8).contains("cannot read input"));
  }
}
