package org.annals.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.article.InputFormat;
import org.annals.job.JobConfig;
import org.annals.job.Manifest;
import org.annals.job.RunJob;
import org.annals.job.RunOptions;
import org.annals.job.SparkSessions;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals run}: the whole pipeline, from articles to tables. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles, build the actor-event timeline, dyad sentiment and key dates, and write",
      "the tables as Parquet and CSV with a manifest. Runs on an embedded local Spark unless",
      "spark-submit (jobs/annals --master URL) provides a cluster."
    })
public final class RunCommand implements Callable<Integer> {

  @Option(
      names = {"-i", "--input"},
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files, directories or globs (text, JSON Lines, HTML, WARC; gzip anywhere).")
  List<String> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Output directory; replaced atomically when the run succeeds.")
  String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Force an input format (${COMPLETION-CANDIDATES}) instead of detecting it.")
  InputFormat format;

  @Option(
      names = "--field-mapping",
      paramLabel = "FILE",
      description = "JSON file mapping article fields to the input's JSON names.")
  String fieldMapping;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      defaultValue = "0",
      description = "Partitions for the language core (default: twice the parallelism).")
  int partitions;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "A job configuration (JSON, e.g. jobs/conf/monthly.json); options given here win.")
  Path config;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (jobs/annals hands the thin jar to spark-submit with it).")
  String master;

  /** The run's options: the command line's, falling back on the config file's. */
  RunOptions options() throws java.io.IOException {
    JobConfig c = config == null ? null : JobConfig.read(config);
    List<String> in = inputs != null && !inputs.isEmpty() ? inputs : c == null ? null : c.inputs();
    String out = output != null ? output : c == null ? null : c.output();
    if (in == null || in.isEmpty()) {
      throw new IllegalArgumentException(
          "no input: give --input PATH... or a --config with inputs");
    }
    if (out == null) {
      throw new IllegalArgumentException("no output: give --output DIR or a --config with output");
    }
    InputFormat f = format;
    if (f == null && c != null && c.format() != null) {
      f = InputFormat.valueOf(c.format().toUpperCase(Locale.ROOT));
    }
    String mapping = fieldMapping != null ? fieldMapping : c == null ? null : c.fieldMapping();
    int n = partitions > 0 ? partitions : c != null && c.partitions() != null ? c.partitions() : 0;
    return new RunOptions(in, out, f, mapping, n);
  }

  @Override
  public Integer call() throws Exception {
    if (master != null && !master.isBlank()) {
      System.setProperty("spark.master", master);
    }
    RunOptions options = options();
    SparkSession spark = SparkSessions.create("annals run");
    try {
      Manifest m = new RunJob(spark, System.err).run(options);
      output = options.output();
      var c = m.counts();
      System.out.printf(
          Locale.ROOT,
          "annals: %d records read: %d articles, %d rejected; %d mentions, %d events -> %s%n",
          c.recordsRead(),
          c.articles(),
          c.rejected(),
          c.mentions(),
          c.events(),
          output);
    } finally {
      spark.stop();
    }
    return configuredReport();
  }

  /** The report a job configuration asks for after its run, if any. */
  private int configuredReport() throws java.io.IOException {
    JobConfig c = config == null ? null : JobConfig.read(config);
    if (c == null || c.reportPeriod() == null) {
      return 0;
    }
    if (c.reportOutput() == null) {
      throw new IllegalArgumentException("config: report_period needs report_output");
    }
    return new picocli.CommandLine(new ReportCommand())
        .execute("--from", output, "--period", c.reportPeriod(), "--output", c.reportOutput());
  }
}
