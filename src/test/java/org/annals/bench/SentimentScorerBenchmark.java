package org.annals.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.annals.sentiment.SentimentScorer;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time to score one news sentence with {@link SentimentScorer#standard()} (VADER), averaged over
 * 200 Reuters sentences of 20-300 characters (about 25 words).
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(deps) org.openjdk.jmh.Main
 * SentimentScorerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SentimentScorerBenchmark {

  private static final int SENTENCES = 200;

  private SentimentScorer scorer;
  private String[] sentences;

  @Setup
  public void setUp() throws IOException {
    scorer = SentimentScorer.standard();
    try (InputStream in =
        SentimentScorerBenchmark.class.getResourceAsStream("/sentiment/reuters-sentences.txt")) {
      sentences = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
    }
    if (sentences.length != SENTENCES) {
      throw new IllegalStateException("expected " + SENTENCES + " sentences");
    }
  }

  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public void scoreSentence(Blackhole bh) {
    for (String s : sentences) {
      bh.consume(scorer.score(s));
    }
  }
}
