package org.annals.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annals.text.OpenNlpSentenceSplitter;
import org.annals.text.SentenceSplitter;
import org.annals.text.SentenceSplitterEvaluator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time to split one cleaned Reuters article (64 articles of 300-2,200 characters, the hand-checked
 * sets in {@code src/test/resources/text}) with annals' rule-based splitter and with OpenNLP's
 * maximum-entropy model.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main
 * SentenceSplitterBenchmark} (cp.txt from {@code mvn dependency:build-classpath}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SentenceSplitterBenchmark {

  private static final int ARTICLES = 64;

  @Param({"rule-based", "opennlp"})
  public String splitter;

  private SentenceSplitter impl;
  private final List<String> texts = new ArrayList<>();

  @Setup
  public void setUp() throws IOException {
    impl = splitter.equals("opennlp") ? new OpenNlpSentenceSplitter() : SentenceSplitter.standard();
    for (String set : new String[] {"sentences-reuters-dev.txt", "sentences-reuters-heldout.txt"}) {
      try (InputStream in = SentenceSplitterBenchmark.class.getResourceAsStream("/text/" + set)) {
        String gold = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        SentenceSplitterEvaluator.parse(gold).forEach(d -> texts.add(d.text()));
      }
    }
    if (texts.size() != ARTICLES) {
      throw new IllegalStateException("expected " + ARTICLES + " articles, got " + texts.size());
    }
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void splitArticle(Blackhole bh) {
    for (String t : texts) {
      bh.consume(impl.split(t));
    }
  }
}
