package org.annals.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.annals.time.TemporalExpression;
import org.annals.time.TemporalTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code annals timex}: temporal tagging only, JSONL in and out, no Spark. Input lines {@code
 * {"id", "dct", "text"}}; one output line per expression {@code {"id", "begin", "end", "text",
 * "type", "value"}}, offsets into {@code text}. A bad line is reported on stderr with its number
 * and counted; it never stops the run.
 */
@Command(
    name = "timex",
    mixinStandardHelpOptions = true,
    description = {
      "Tag temporal expressions (DATE, TIME, DURATION, SET) in JSONL documents.",
      "Input lines: {\"id\", \"dct\" (ISO date), \"text\"}. Output lines: {\"id\", \"begin\",",
      "\"end\", \"text\", \"type\", \"value\"} with TIMEX3 values (2011-11, 2014, P2W, PRESENT_REF)."
    })
public final class TimexCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "Documents, JSONL (.gz allowed).")
  Path input;

  @Option(names = "--output", required = true, description = "Spans, JSONL (.gz when so named).")
  Path output;

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    if (!Files.isReadable(input)) {
      System.err.println("timex: cannot read input " + input);
      return 2;
    }
    TemporalTagger tagger = TemporalTagger.standard();
    long lines = 0;
    long documents = 0;
    long spans = 0;
    long bad = 0;
    try (BufferedReader in = reader(input);
        BufferedWriter out = writer(output)) {
      String line;
      while ((line = in.readLine()) != null) {
        lines++;
        if (line.isBlank()) {
          continue;
        }
        String problem = null;
        try {
          JsonNode doc = json.readTree(line);
          problem = check(doc);
          if (problem == null) {
            String id = doc.get("id").asText();
            String text = doc.get("text").asText();
            LocalDate dct = dct(doc.get("dct"));
            for (TemporalExpression e : tagger.tag(text, dct)) {
              ObjectNode o = json.createObjectNode();
              o.put("id", id);
              o.put("begin", e.begin());
              o.put("end", e.end());
              o.put("text", e.text());
              o.put("type", e.type().name());
              o.put("value", e.value());
              out.write(json.writeValueAsString(o));
              out.newLine();
              spans++;
            }
            documents++;
          }
        } catch (JsonProcessingException e) {
          problem = "not valid JSON (" + e.getOriginalMessage() + ")";
        } catch (DateTimeParseException e) {
          problem = "\"dct\" is not an ISO date (" + e.getParsedString() + ")";
        }
        if (problem != null) {
          bad++;
          System.err.println("timex: " + input + ":" + lines + ": skipped: " + problem);
        }
      }
    }
    System.err.printf(
        "timex: %d documents, %d expressions, %d bad lines skipped%n", documents, spans, bad);
    return 0;
  }

  private static String check(JsonNode doc) {
    if (doc == null || !doc.isObject()) {
      return "not a JSON object";
    }
    if (!doc.hasNonNull("id")) {
      return "no \"id\"";
    }
    if (!doc.hasNonNull("text") || !doc.get("text").isTextual()) {
      return "no \"text\" string";
    }
    return null;
  }

  /** The reference date; a missing or empty "dct" leaves relative expressions unanchored. */
  private static LocalDate dct(JsonNode node) {
    if (node == null || node.isNull() || node.asText().isBlank()) {
      return null;
    }
    String s = node.asText().strip();
    return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
  }

  private static BufferedReader reader(Path p) throws IOException {
    InputStream in = Files.newInputStream(p);
    if (p.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static BufferedWriter writer(Path p) throws IOException {
    if (p.getParent() != null) {
      Files.createDirectories(p.getParent());
    }
    OutputStream out = Files.newOutputStream(p);
    if (p.toString().endsWith(".gz")) {
      out = new GZIPOutputStream(out);
    }
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new TimexCommand()).execute(args));
  }
}
