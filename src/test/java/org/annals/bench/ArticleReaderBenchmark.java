package org.annals.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.annals.article.ArticleReader;
import org.annals.article.ReadResult;
import org.annals.text.SentenceSplitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time to read the whole Reuters-21578 file (21,578 gzip-compressed JSON lines) into articles and
 * rejects on one thread: decompression, JSON, cleaning, ids, and optionally sentence splitting.
 * Divide 21,578 by the score (seconds per file) for records per second.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main
 * ArticleReaderBenchmark -p file=/path/to/reuters21578.jsonl.gz}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ArticleReaderBenchmark {

  @Param({"../shared/data/reuters21578/reuters21578.jsonl.gz"})
  public String file;

  @Param({"false", "true"})
  public boolean split;

  private byte[] bytes;
  private ArticleReader reader;

  @Setup
  public void setUp() throws IOException {
    bytes = Files.readAllBytes(Path.of(file));
    reader = ArticleReader.standard(null);
  }

  @Benchmark
  public long readFile(Blackhole bh) {
    long records = 0;
    InputStream in = new java.io.ByteArrayInputStream(bytes);
    Iterator<ReadResult> it = reader.read(file, in);
    while (it.hasNext()) {
      ReadResult r = it.next();
      records++;
      if (split && r.isArticle()) {
        bh.consume(SentenceSplitter.standard().split(r.article().text()));
      }
      bh.consume(r);
    }
    return records;
  }
}
