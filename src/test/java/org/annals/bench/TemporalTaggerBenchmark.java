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
import org.annals.time.TemporalExpression;
import org.annals.time.TemporalTagger;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Temporal tagging throughput on real Reuters-21578 articles, one thread: each operation tags one
 * article against its own publication date. The articles are read from the path in the {@code
 * annals.reuters} system property (default {@code
 * ../shared/data/reuters21578/reuters21578.jsonl.gz}, relative to the project root).
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:<test class path> org.openjdk.jmh.Main
 * TemporalTaggerBenchmark}. {@link #main} runs a plain timing instead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class TemporalTaggerBenchmark {

  static final String DEFAULT_PATH = "../shared/data/reuters21578/reuters21578.jsonl.gz";
  static final int ARTICLES = 2000;

  private List<String> texts;
  private List<LocalDate> dates;
  private TemporalTagger tagger;

  /** A Reuters article with its publication date. */
  record ReutersArticle(String text, LocalDate published) {}

  @Setup
  public void load() throws IOException {
    List<ReutersArticle> articles = read(path(), ARTICLES);
    texts = articles.stream().map(ReutersArticle::text).toList();
    dates = articles.stream().map(ReutersArticle::published).toList();
    tagger = TemporalTagger.standard();
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void tagArticles(Blackhole bh) {
    for (int i = 0; i < texts.size(); i++) {
      bh.consume(tagger.tag(texts.get(i), dates.get(i)));
    }
  }

  static Path path() {
    return Path.of(System.getProperty("annals.reuters", DEFAULT_PATH));
  }

  /** The first {@code limit} non-empty articles (all when limit is 0). */
  static List<ReutersArticle> read(Path path, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<ReutersArticle> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null && (limit == 0 || out.size() < limit)) {
        JsonNode n = json.readTree(line);
        String text = n.path("text").asText("");
        if (text.isBlank()) {
          continue;
        }
        LocalDate published = null;
        String d = n.path("date_publish").asText("");
        if (d.length() >= 10) {
          try {
            published = LocalDate.parse(d.substring(0, 10));
          } catch (RuntimeException e) {
            published = null;
          }
        }
        out.add(new ReutersArticle(text, published));
      }
    }
    return out;
  }

  /**
   * A plain measurement without JMH: one cold pass over every non-empty article (Natty's cache
   * empty at the start), then warm passes; prints articles per second on one thread.
   */
  public static void main(String[] args) throws IOException {
    List<ReutersArticle> all = read(path(), 0);
    long chars = all.stream().mapToLong(a -> a.text().length()).sum();
    long t0 = System.nanoTime();
    TemporalTagger tagger = TemporalTagger.standard();
    long t1 = System.nanoTime();
    System.out.printf(
        "articles %d, characters %d, tagger built in %.2f s%n", all.size(), chars, (t1 - t0) / 1e9);
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int pass = 1; pass <= 3; pass++) {
      long expressions = 0;
      long s = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      for (ReutersArticle a : all) {
        List<TemporalExpression> e = tagger.tag(a.text(), a.published());
        expressions += e.size();
      }
      double secs = (System.nanoTime() - s) / 1e9;
      double cpuSecs = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      System.out.printf(
          "pass %d (%s): wall %.2f s = %.0f articles/s; thread CPU %.2f s = %.0f"
              + " articles/s; %d expressions%n",
          pass,
          pass == 1 ? "cold Natty cache" : "warm",
          secs,
          all.size() / secs,
          cpuSecs,
          all.size() / cpuSecs,
          expressions);
    }
    if (tagger instanceof org.annals.time.GrammarTemporalTagger g) {
      long[] natty = g.nattyUsage();
      System.out.printf(
          "values taken from Natty: %d; spans Natty parsed (cache misses): %d%n",
          natty[0], natty[1]);
    }
  }
}
