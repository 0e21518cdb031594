package org.annals.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.bench.PipelineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals bench}: throughput, scaling, start-up and memory on a corpus. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Time the whole pipeline on a JSON Lines corpus and on twice that corpus (embedded Spark,",
      "one JVM, after a warm-up), the language core's stages on one thread, start-up and peak",
      "memory. Writes bench.json and bench.md."
    })
public final class BenchCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      paramLabel = "FILE",
      defaultValue = "../shared/data/reuters21578/reuters21578.jsonl.gz",
      description = "JSON Lines corpus, gzip or not (default: ${DEFAULT-VALUE}).")
  Path input;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      defaultValue = "target/bench",
      description = "Where the figures and the runs' outputs go (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--stage-articles",
      paramLabel = "N",
      defaultValue = "3000",
      description = "Articles for the per-stage timings (default: ${DEFAULT-VALUE}).")
  int stageArticles;

  @Override
  public Integer call() throws Exception {
    if (!java.nio.file.Files.isRegularFile(input)) {
      throw new java.io.FileNotFoundException("corpus not found: " + input);
    }
    Map<String, Object> result =
        new PipelineBenchmark(input, output.resolve("work"), stageArticles, System.err).run();
    PipelineBenchmark.write(result, output);
    System.out.print(java.nio.file.Files.readString(output.resolve("bench.md")));
    return 0;
  }
}
