package org.annals.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.annals.actor.ActorMention;
import org.annals.actor.ActorRecognizer;
import org.annals.event.EventCoder;
import org.annals.text.Sentence;
import org.annals.text.SentenceSplitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of actor look-up plus event coding, in sentences per second on one thread, over real
 * Reuters-21578 sentences (split once in setup: splitting is not measured).
 *
 * <p>The corpus path is the system property {@code annals.reuters}, by default {@code
 * ../shared/data/reuters21578/reuters21578.jsonl.gz} relative to the project root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class EventCoderBenchmark {

  static final int SENTENCES = 5000;

  private record Doc(String text, List<Sentence> sentences, LocalDate date) {}

  private final List<Doc> docs = new ArrayList<>();
  private ActorRecognizer actors;
  private EventCoder coder;

  @Setup
  public void load() throws IOException {
    Path path =
        Path.of(
            System.getProperty(
                "annals.reuters", "../shared/data/reuters21578/reuters21578.jsonl.gz"));
    actors = ActorRecognizer.standard();
    coder = EventCoder.standard();
    SentenceSplitter splitter = SentenceSplitter.standard();
    ObjectMapper json = new ObjectMapper();
    int n = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8))) {
      for (String line; n < SENTENCES && (line = in.readLine()) != null; ) {
        JsonNode record = json.readTree(line);
        String text = record.path("text").asText("");
        if (text.isBlank()) {
          continue;
        }
        List<Sentence> sentences = splitter.split(text);
        if (n + sentences.size() > SENTENCES) {
          sentences = sentences.subList(0, SENTENCES - n);
        }
        n += sentences.size();
        String published = record.path("date_publish").asText("");
        LocalDate date = published.length() >= 10 ? parse(published.substring(0, 10)) : null;
        docs.add(new Doc(text, List.copyOf(sentences), date));
      }
    }
    if (n < SENTENCES) {
      throw new IllegalStateException("only " + n + " sentences in " + path);
    }
  }

  private static LocalDate parse(String s) {
    try {
      return LocalDate.parse(s);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Actors of each article, then events of each of its sentences. */
  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public int actorsAndEvents() {
    int events = 0;
    for (Doc d : docs) {
      List<ActorMention> found = actors.find(d.text(), d.sentences(), d.date());
      int a = 0;
      for (Sentence s : d.sentences()) {
        int from = a;
        while (a < found.size() && found.get(a).begin() < s.end()) {
          a++;
        }
        if (a > from) {
          events += coder.code(s, found.subList(from, a)).size();
        }
      }
    }
    return events;
  }
}
