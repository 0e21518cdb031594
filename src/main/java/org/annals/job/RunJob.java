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
import org.annals.article.Article;
import org.annals.article.FieldMapping;
import org.annals.article.ReadResult;
import org.annals.article.Reject;
import org.annals.article.RejectReason;
import org.annals.mention.EventMention;
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
 * dates, plus articles (with stories) and rejects, written atomically with a manifest.
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
    try (Progress progress = new Progress(spark.sparkContext(), log, 10)) {
      Manifest m = runStages(jsc, files, options, out, progress, started);
      out.commit();
      log.println(progress.line("done"));
      return m;
    } catch (IOException | RuntimeException e) {
      out.abandon();
      throw e;
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
    HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());
    int readSlices = Math.max(1, Math.min(files.size(), 4 * jsc.defaultParallelism()));
    var recordsRead = progress.records();
    JavaRDD<ReadResult> read =
        jsc.parallelize(files, readSlices)
            .flatMap(new ReadFile(conf, options.format(), mapping(options)))
            .map(
                r -> {
                  recordsRead.add(1);
                  return r;
                })
            .persist(StorageLevel.MEMORY_AND_DISK());

    int partitions =
        options.partitions() > 0 ? options.partitions() : 2 * jsc.defaultParallelism();
    JavaPairRDD<String, Iterable<Article>> byId =
        read.filter(ReadResult::isArticle)
            .mapToPair(r -> new Tuple2<>(r.article().id(), r.article()))
            .groupByKey(partitions);
    JavaRDD<Article> unique = byId.map(RunJob::firstRead);
    JavaRDD<Reject> duplicates = byId.flatMap(RunJob::laterReads);

    JavaRDD<AnalysisOutcome> outcomes =
        unique
            .mapPartitions(new AnalyzePartition(progress.analyzed(), progress.mentions()))
            .persist(StorageLevel.MEMORY_AND_DISK());

    JavaRDD<Reject> rejects =
        read.filter(r -> !r.isArticle())
            .map(ReadResult::reject)
            .union(duplicates)
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
    Dataset<Row> rejectRows = spark.createDataFrame(rejects.map(Rows::reject), OutputTables.REJECTS_SCHEMA);

    writer.write(OutputTables.ARTICLES, articleRows);
    writer.write(OutputTables.MENTIONS, spark.createDataFrame(timeline.mentionRows(), OutputTables.MENTIONS_SCHEMA));
    writer.write(OutputTables.TIMELINE, spark.createDataFrame(timeline.timelineRows(), OutputTables.TIMELINE_SCHEMA));
    writer.write(OutputTables.DYADS, spark.createDataFrame(timeline.dyadRows(), OutputTables.DYADS_SCHEMA));
    writer.write(OutputTables.KEY_DATES, spark.createDataFrame(timeline.keyDateRows(), OutputTables.KEY_DATES_SCHEMA));
    writer.write(OutputTables.REJECTS, rejectRows);
    writer.writeRejectsAlias();

    long recordsTotal = read.count();
    long articles = analyzed.count();
    Map<String, Long> byReason = new TreeMap<>();
    rejects.map(r -> r.reason().label()).countByValue().forEach(byReason::put);
    long rejected = byReason.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Long> tables = new TreeMap<>();
    tables.put(OutputTables.ARTICLES, articles);
    tables.put(OutputTables.MENTIONS, timeline.mentionCount());
    tables.put(OutputTables.TIMELINE, timeline.eventCount());
    tables.put(OutputTables.DYADS, timeline.dyadCount());
    tables.put(OutputTables.KEY_DATES, timeline.keyDateCount());
    tables.put(OutputTables.REJECTS, rejected);
    if (recordsTotal != articles + rejected) {
      throw new IllegalStateException(
          "counts do not add up: " + recordsTotal + " read, " + articles + " articles, "
              + rejected + " rejected");
    }
    Manifest manifest =
        new Manifest(
            Version.ANNALS,
            spark.version(),
            started,
            Instant.now().toString(),
            options.inputs(),
            files.size(),
            new Manifest.Counts(
                recordsTotal, articles, rejected, timeline.mentionCount(), timeline.eventCount()),
            byReason,
            tables);
    writeManifest(out, manifest);
    read.unpersist();
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

  private static Article firstRead(Tuple2<String, Iterable<Article>> group) {
    Article first = null;
    for (Article a : group._2()) {
      if (first == null || READ_ORDER.compare(a, first) < 0) {
        first = a;
      }
    }
    return first;
  }

  private static java.util.Iterator<Reject> laterReads(Tuple2<String, Iterable<Article>> group) {
    List<Article> all = new ArrayList<>();
    group._2().forEach(all::add);
    if (all.size() < 2) {
      return java.util.Collections.emptyIterator();
    }
    all.sort(READ_ORDER);
    Article first = all.get(0);
    List<Reject> out = new ArrayList<>(all.size() - 1);
    for (Article a : all.subList(1, all.size())) {
      out.add(
          new Reject(
              a.inputPath(),
              a.inputPosition(),
              RejectReason.DUPLICATE_ID,
              "article id " + a.id() + " was read first at " + first.inputPath() + ":"
                  + first.inputPosition(),
              a.text()));
    }
    return out.iterator();
  }

  private static final Comparator<Article> READ_ORDER =
      Comparator.comparing(Article::inputPath).thenComparingLong(Article::inputPosition);

  private static void writeManifest(OutputDirectory out, Manifest manifest) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try (OutputStream o = out.fileSystem().create(new Path(out.staging(), "manifest.json"))) {
      json.writeValue(o, manifest);
    }
  }
}
