package org.annals.job;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * A progress line on stderr while a run is under way (records read, articles analysed, mentions,
 * elapsed time, rate) and a summary at the end. Counts come from accumulators, which tasks report
 * when they finish, so they advance in steps, and a task that is retried counts again: they are a
 * gauge of progress, not figures. The manifest's counts come from the data itself.
 */
public final class Progress implements AutoCloseable {

  private final LongAccumulator records;
  private final LongAccumulator analyzed;
  private final LongAccumulator mentions;
  private final PrintStream out;
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService timer;

  public Progress(SparkContext sc, PrintStream out, long intervalSeconds) {
    this.records = sc.longAccumulator("records read");
    this.analyzed = sc.longAccumulator("articles analysed");
    this.mentions = sc.longAccumulator("mentions");
    this.out = out;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "annals-progress");
              t.setDaemon(true);
              return t;
            });
    if (intervalSeconds > 0) {
      timer.scheduleAtFixedRate(
          () -> out.println(line("progress")), intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }
  }

  public LongAccumulator records() {
    return records;
  }

  public LongAccumulator analyzed() {
    return analyzed;
  }

  public LongAccumulator mentions() {
    return mentions;
  }

  public double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  String line(String label) {
    double s = elapsedSeconds();
    long a = analyzed.value();
    return String.format(
        Locale.ROOT,
        "annals %s: %,d records read, %,d articles analysed, %,d mentions, %.1f s, %,.0f articles/s",
        label,
        records.value(),
        a,
        mentions.value(),
        s,
        s > 0 ? a / s : 0.0);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
