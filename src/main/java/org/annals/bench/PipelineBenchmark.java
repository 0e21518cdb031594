package org.annals.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.article.Article;
import org.annals.job.Manifest;
import org.annals.job.RunJob;
import org.annals.job.RunOptions;
import org.annals.job.SparkSessions;
import org.apache.spark.sql.SparkSession;

/**
 * The throughput benchmark: the whole pipeline on a JSON Lines corpus and on twice that corpus, in
 * one JVM on the embedded Spark, after a warm-up run; per-stage costs of the language core on one
 * thread; start-up time (JVM start to SparkSession ready) and peak memory. Writes {@code
 * bench.json} and {@code bench.md}.
 *
 * <p>Rates: {@code rate} is articles over wall time of a run (session start-up excluded, it is paid
 * once); {@code marginal_rate} is the extra articles of the doubled run over its extra time; {@code
 * scaling} is the doubled run's time over the single run's (linear: 2.0).
 */
public final class PipelineBenchmark {

  private final Path corpus;
  private final Path workDir;
  private final int stageArticles;
  private final PrintStream log;

  public PipelineBenchmark(Path corpus, Path workDir, int stageArticles, PrintStream log) {
    this.corpus = corpus;
    this.workDir = workDir;
    this.stageArticles = stageArticles;
    this.log = log;
  }

  public Map<String, Object> run() throws IOException {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("corpus", corpus.getFileName().toString());
    result.put("cores", Runtime.getRuntime().availableProcessors());
    result.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));

    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    SparkSession spark = SparkSessions.create("annals bench");
    result.put("startup_seconds", (System.currentTimeMillis() - jvmStart) / 1000.0);
    long first = System.nanoTime();
    spark.range(1).count();
    result.put("first_spark_job_seconds", (System.nanoTime() - first) / 1e9);
    try {
      Files.createDirectories(workDir);
      Path warm = BenchCorpus.replicate(corpus, 1, 500, workDir.resolve("warmup.jsonl.gz"));
      Path twice = BenchCorpus.replicate(corpus, 2, 0, workDir.resolve("twice.jsonl.gz"));
      log.println("annals bench: warm-up run");
      timedRun(spark, warm, "warmup");
      log.println("annals bench: the corpus");
      Map<String, Object> once = timedRun(spark, corpus, "once");
      log.println("annals bench: the corpus twice");
      Map<String, Object> doubled = timedRun(spark, twice, "twice");
      result.put("once", once);
      result.put("twice", doubled);
      double t1 = (double) once.get("seconds");
      double t2 = (double) doubled.get("seconds");
      long a1 = (long) once.get("articles");
      long a2 = (long) doubled.get("articles");
      result.put("marginal_rate", (a2 - a1) / Math.max(1e-9, t2 - t1));
      result.put("scaling", t2 / t1);
    } finally {
      spark.stop();
    }
    log.println("annals bench: per-stage costs on one thread");
    List<Article> articles = BenchCorpus.articles(corpus);
    List<Article> sample = articles.subList(0, Math.min(stageArticles, articles.size()));
    Map<String, Double> stages = StageTimings.measure(sample, 300);
    result.put("stage_articles", sample.size());
    result.put("stage_ms_per_article", stages);
    result.put("core_articles_per_second_per_thread", 1000.0 / stages.get("whole_core"));
    result.put("peak_rss_mb", PeakMemory.residentMegabytes());
    return result;
  }

  private Map<String, Object> timedRun(SparkSession spark, Path input, String name)
      throws IOException {
    Path out = workDir.resolve("out-" + name);
    long start = System.nanoTime();
    Manifest m =
        new RunJob(spark, new PrintStream(new ByteArrayOutputStream()))
            .run(new RunOptions(List.of(input.toString()), out.toString(), null, null, 0));
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("records", m.counts().recordsRead());
    r.put("articles", m.counts().articles());
    r.put("mentions", m.counts().mentions());
    r.put("events", m.counts().events());
    r.put("seconds", seconds);
    r.put("rate", m.counts().articles() / seconds);
    return r;
  }

  /** Writes the figures as JSON and as a Markdown summary. */
  public static void write(Map<String, Object> result, Path dir) throws IOException {
    Files.createDirectories(dir);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(dir.resolve("bench.json").toFile(), result);
    Files.writeString(dir.resolve("bench.md"), markdown(result));
  }

  @SuppressWarnings("unchecked")
  static String markdown(Map<String, Object> r) {
    StringBuilder b = new StringBuilder();
    Map<String, Object> once = (Map<String, Object>) r.get("once");
    Map<String, Object> twice = (Map<String, Object>) r.get("twice");
    b.append("| figure | value |\n|---|---|\n");
    row(b, "corpus", r.get("corpus"));
    row(b, "cores", r.get("cores"));
    row(b, "start-up (JVM start to SparkSession ready), s", r.get("startup_seconds"));
    row(
        b,
        "first Spark job (planner and code generation warming up), s",
        r.get("first_spark_job_seconds"));
    row(
        b,
        "corpus: articles / seconds / articles per s",
        once.get("articles") + " / " + f(once.get("seconds")) + " / " + f(once.get("rate")));
    row(
        b,
        "twice the corpus: articles / seconds / articles per s",
        twice.get("articles") + " / " + f(twice.get("seconds")) + " / " + f(twice.get("rate")));
    row(b, "marginal rate, articles per s", f(r.get("marginal_rate")));
    row(b, "time for twice the corpus / time for the corpus", f(r.get("scaling")));
    row(
        b,
        "language core, articles per s on one thread",
        f(r.get("core_articles_per_second_per_thread")));
    ((Map<String, Double>) r.get("stage_ms_per_article"))
        .forEach((k, v) -> row(b, "ms per article: " + k, f(v)));
    row(b, "peak resident memory of the benchmark JVM, MB", r.get("peak_rss_mb"));
    return b.toString();
  }

  private static void row(StringBuilder b, String k, Object v) {
    b.append("| ").append(k).append(" | ").append(v).append(" |\n");
  }

  private static String f(Object v) {
    return v instanceof Number n
        ? String.format(Locale.ROOT, "%.2f", n.doubleValue())
        : String.valueOf(v);
  }
}
