package org.annals.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annals.Version;
import org.annals.article.FieldMapping;
import org.annals.article.ReadResult;
import org.annals.article.Reject;
import org.annals.mention.EventMention;
import org.annals.timeline.DateReference;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The whole pipeline as one Spark job: read → language core → mentions → timeline → dyads → key
 * dates, plus articles (with stories), rejects and the articles' date references, written
 * atomically with a manifest.
 *
 * <p>Spark only reads, partitions, calls the core once per partition, shuffles, aggregates and
 * writes; all language work is in the core packages.
 */
public final class RunJob {

  private final SparkSession spark;
  private final PrintStream log;

  public RunJob(SparkSession spark, PrintStream log) {
    this.spark = spark;
    this.log = log;
  }

  public Manifest run(RunOptions options) throws IOException {
    String started = Instant.now().toString();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    List<InputFile> files = InputFiles.expand(options.inputs(), hadoop);
    OutputDirectory out = OutputDirectory.stage(options.output(), hadoop);
    boolean committed = false;
    try (Progress progress = new Progress(spark.sparkContext(), log, 10)) {
      Manifest m = runStages(jsc, files, options, out, progress, started);
      out.commit();
      committed = true;
      log.println(progress.line("done"));
      return m;
    } finally {
      if (!committed) {
        out.abandon();
      }
    }
  }

  private Manifest runStages(
      JavaSparkContext jsc,
      List<InputFile> files,
      RunOptions options,
      OutputDirectory out,
      Progress progress,
      String started)
      throws IOException {
    var conf = jsc.broadcast(new HadoopConf(jsc.hadoopConfiguration()));
    int readSlices = Math.max(1, Math.min(files.size(), 4 * jsc.defaultParallelism()));
    var recordsRead = progress.records();
    JavaRDD<ReadResult> firstRead =
        jsc.parallelize(balanced(files, readSlices), readSlices)
            .flatMap(List::iterator)
            .flatMap(new ReadFile(conf, options.format(), mapping(options)))
            .map(
                r -> {
                  recordsRead.add(1);
                  return r;
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    DuplicateArticles duplicates = DuplicateArticles.find(firstRead);
    JavaRDD<ReadResult> read = firstRead.map(duplicates::settle);

    int partitions = options.partitions() > 0 ? options.partitions() : 2 * jsc.defaultParallelism();
    JavaRDD<AnalysisOutcome> outcomes =
        read.filter(ReadResult::isArticle)
            .map(ReadResult::article)
            .repartition(partitions)
            .mapPartitions(new AnalyzePartition(progress.analyzed(), progress.mentions()))
            .persist(StorageLevel.MEMORY_AND_DISK());

    JavaRDD<Reject> rejects =
        read.filter(r -> !r.isArticle())
            .map(ReadResult::reject)
            .union(outcomes.filter(o -> !o.ok()).map(AnalysisOutcome::reject));
    var analyzed = outcomes.filter(AnalysisOutcome::ok).map(AnalysisOutcome::analyzed);
    JavaRDD<EventMention> mentions = analyzed.flatMap(a -> a.mentions().iterator());

    JavaPairRDD<String, String> stories =
        StoryStage.storyIds(jsc, analyzed.map(a -> a.article())).cache();
    TimelineStage timeline = TimelineStage.build(jsc, mentions, analyzed, stories);

    TableWriter writer = new TableWriter(out.staging(), out.fileSystem());
    Dataset<Row> articleRows =
        spark.createDataFrame(
            analyzed
                .mapToPair(a -> new Tuple2<>(a.article().id(), a))
                .leftOuterJoin(stories)
                .map(t -> Rows.article(t._2()._1(), t._2()._2().orElse(StoryStage.alone(t._1())))),
            OutputTables.ARTICLES_SCHEMA);
    Dataset<Row> rejectRows =
        spark.createDataFrame(rejects.map(Rows::reject), OutputTables.REJECTS_SCHEMA);

    writer.write(OutputTables.ARTICLES, articleRows);
    writer.write(
        OutputTables.MENTIONS,
        spark.createDataFrame(timeline.mentionRows(), OutputTables.MENTIONS_SCHEMA));
    writer.write(
        OutputTables.TIMELINE,
        spark.createDataFrame(timeline.timelineRows(), OutputTables.TIMELINE_SCHEMA));
    writer.write(
        OutputTables.DYADS, spark.createDataFrame(timeline.dyadRows(), OutputTables.DYADS_SCHEMA));
    writer.write(
        OutputTables.KEY_DATES,
        spark.createDataFrame(timeline.keyDateRows(), OutputTables.KEY_DATES_SCHEMA));
    writer.write(OutputTables.REJECTS, rejectRows);
    writer.writeRejectsAlias();
    JavaRDD<Row> dateReferences =
        analyzed.flatMap(a -> DateReference.ofArticle(a).iterator()).map(Rows::dateReference);
    writer.write(
        OutputTables.DATE_REFERENCES,
        spark.createDataFrame(dateReferences, OutputTables.DATE_REFERENCES_SCHEMA));

    long recordsTotal = read.count();
    long articles = analyzed.count();
    Map<String, Long> byReason = new TreeMap<>();
    rejects.map(r -> r.reason().label()).countByValue().forEach(byReason::put);
    long rejected = byReason.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Long> tables = new TreeMap<>();
    tables.put(OutputTables.ARTICLES, articles);
    long mentionCount = timeline.mentionCount();
    long eventCount = timeline.eventCount();
    tables.put(OutputTables.MENTIONS, mentionCount);
    tables.put(OutputTables.TIMELINE, eventCount);
    tables.put(OutputTables.DYADS, timeline.dyadCount());
    tables.put(OutputTables.KEY_DATES, timeline.keyDateCount());
    tables.put(OutputTables.REJECTS, rejected);
    tables.put(OutputTables.DATE_REFERENCES, dateReferences.count());
    if (recordsTotal != articles + rejected) {
      throw new IllegalStateException(
          "counts do not add up: "
              + recordsTotal
              + " read, "
              + articles
              + " articles, "
              + rejected
              + " rejected");
    }
    Manifest manifest =
        new Manifest(
            Version.ANNALS,
            spark.version(),
            started,
            Instant.now().toString(),
            options.inputs(),
            files.size(),
            new Manifest.Counts(recordsTotal, articles, rejected, mentionCount, eventCount),
            byReason,
            tables,
            files.stream().map(InputFile::displayPath).toList());
    writeManifest(out, manifest);
    firstRead.unpersist();
    outcomes.unpersist();
    timeline.unpersist();
    stories.unpersist();
    return manifest;
  }

  private static FieldMapping mapping(RunOptions options) throws IOException {
    return options.fieldMapping() == null
        ? FieldMapping.defaults()
        : FieldMapping.fromJson(java.nio.file.Path.of(options.fieldMapping()));
  }

  /**
   * The files in {@code slices} groups of about equal bytes, one group a read task: largest first,
   * each to the group with the fewest bytes so far.
   */
  static List<List<InputFile>> balanced(List<InputFile> files, int slices) {
    List<InputFile> bySize = new ArrayList<>(files);
    bySize.sort(
        Comparator.comparingLong(InputFile::length)
            .reversed()
            .thenComparing(InputFile::displayPath));
    List<List<InputFile>> bins = new ArrayList<>();
    long[] bytes = new long[slices];
    for (int i = 0; i < slices; i++) {
      bins.add(new ArrayList<>());
    }
    for (InputFile f : bySize) {
      int lightest = 0;
      for (int i = 1; i < slices; i++) {
        if (bytes[i] < bytes[lightest]) {
          lightest = i;
        }
      }
      bins.get(lightest).add(f);
      bytes[lightest] += Math.max(1, f.length());
    }
    return bins;
  }

  private static void writeManifest(OutputDirectory out, Manifest manifest) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try (OutputStream o = out.fileSystem().create(new Path(out.staging(), "manifest.json"))) {
      json.writeValue(o, manifest);
    }
  }
}
