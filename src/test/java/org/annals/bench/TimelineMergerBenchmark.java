package org.annals.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.annals.mention.EventMention;
import org.annals.timeline.TimelineEvent;
import org.annals.timeline.TimelineMerger;
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

/**
 * Time to merge one block of mentions (one dyad and CAMEO root) with {@link TimelineMerger#merge}:
 * a skewed block like "USA makes statements about CHN" over four years, half the mentions dated to
 * the day, a quarter publication-date fallbacks, a fifth to the month and the rest to the year.
 * Near-linear growth in {@code size} is the contract; all pairs would be quadratic.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(deps) org.openjdk.jmh.Main
 * TimelineMergerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TimelineMergerBenchmark {

  @Param({"1000", "10000", "100000"})
  int size;

  private List<EventMention> block;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    LocalDate origin = LocalDate.of(2010, 1, 1);
    block = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      LocalDate day = origin.plusDays(random.nextInt(4 * 365));
      LocalDate published = day.plusDays(random.nextInt(3));
      int kind = random.nextInt(20);
      LocalDate begin = day;
      LocalDate end = day;
      String granularity = "day";
      String basis = "explicit";
      if (kind < 5) {
        begin = published;
        end = published;
        basis = "publication";
      } else if (kind < 9) {
        begin = day.withDayOfMonth(1);
        end = begin.plusMonths(1).minusDays(1);
        granularity = "month";
        basis = "relative";
      } else if (kind < 10) {
        begin = day.withDayOfYear(1);
        end = begin.plusYears(1).minusDays(1);
        granularity = "year";
      }
      block.add(
          new EventMention(
              "m" + i,
              "a" + (i / 3),
              "outlet" + (i % 50),
              published,
              i % 30,
              0,
              80,
              "The United States said on Tuesday it was concerned about China's policy.",
              "USAGOV",
              "United States",
              "CHN",
              "China",
              "010",
              "01",
              "Make statement",
              1,
              0.0,
              "asserted",
              false,
              begin,
              end,
              granularity,
              "",
              basis,
              random.nextDouble() * 2 - 1,
              random.nextDouble()));
    }
  }

  @Benchmark
  public List<TimelineEvent> merge() {
    return TimelineMerger.merge(block);
  }
}
