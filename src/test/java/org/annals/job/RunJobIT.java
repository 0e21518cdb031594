package org.annals.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on an embedded Spark, on the sample articles shipped in {@code jobs/samples}.
 */
class RunJobIT {

  static final Path SAMPLES = Path.of("jobs/samples");
  static final String SEED = SAMPLES.resolve("tajikistan-2012-04-23.txt").toString();

  @TempDir static Path tmp;
  static SparkSession spark;
  static Path seedOut;

  @BeforeAll
  static void runSeed() throws IOException {
    spark = SharedSpark.get();
    seedOut = tmp.resolve("seed");
    run(List.of(SEED), seedOut);
  }

  static Manifest run(List<String> inputs, Path out) throws IOException {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    return new RunJob(spark, quiet).run(new RunOptions(inputs, out.toString(), null, null, 0));
  }

  static Dataset<Row> table(Path out, String name) {
    return spark.read().parquet(out.resolve("parquet").resolve(name).toString());
  }

  @Test
  void seedArticleIsOneArticlePublishedOnItsDate() {
    List<Row> articles = table(seedOut, "articles").collectAsList();
    assertEquals(1, articles.size());
    assertEquals(LocalDate.of(2012, 4, 23), articles.get(0).getAs("published"));
  }

  @Test
  void seedJailingIsTajikistanArrestingARussianLastNovember() {
    List<Row> rows =
        table(seedOut, "timeline")
            .where(
                "event_code like '17%' and source_actor like 'TJK%' and target_actor like 'RUS%'")
            .collectAsList();
    assertFalse(rows.isEmpty(), "no TJK -> RUS arrest in the timeline");
    Row jailing = rows.get(0);
    assertEquals("173", jailing.getAs("event_code"));
    assertEquals(LocalDate.of(2011, 11, 1), jailing.getAs("event_date"));
    assertEquals("month", jailing.getAs("date_granularity"));
  }

  @Test
  void seedAmnestyIsDatedAfterTheJailingNotAtPublication() {
    List<Row> rows = table(seedOut, "timeline").where("event_root = '08'").collectAsList();
    Row amnesty =
        rows.stream()
            .filter(r -> ((String) r.getAs("event_code")).startsWith("084"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no release (084x) event: " + rows));
    LocalDate date = amnesty.getAs("event_date");
    assertFalse(date.isBefore(LocalDate.of(2011, 11, 1)), "amnesty before the jailing: " + date);
    assertTrue(date.isBefore(LocalDate.of(2012, 4, 1)), "amnesty dated at publication: " + date);
  }

  @Test
  void seedNatoPulloutIsPlannedFor2014() {
    List<Row> rows =
        table(seedOut, "timeline")
            .where(
                "source_actor like 'IGOWSTNAT%' and target_actor like 'AFG%' and event_root = '08'")
            .collectAsList();
    assertFalse(rows.isEmpty(), "no NATO -> AFG pull-out");
    Row pullout = rows.get(0);
    assertEquals("planned", pullout.getAs("modality"));
    assertEquals(2014, ((LocalDate) pullout.getAs("event_date")).getYear());
  }

  @Test
  void seedRejectionOfBasesIsTajikistanInApril2012() {
    List<Row> rows =
        table(seedOut, "timeline")
            .where("source_actor like 'TJK%' and event_root = '12'")
            .collectAsList();
    assertFalse(rows.isEmpty(), "no TJK rejection");
    LocalDate date = rows.get(0).getAs("event_date");
    assertEquals(2012, date.getYear());
    assertEquals(4, date.getMonthValue());
  }

  @Test
  void seedDyadsHaveTheJailingNegativeAndThePartnershipPositive() {
    Dataset<Row> dyads = table(seedOut, "dyads").where("period_type = 'month'");
    List<Row> jailing =
        dyads
            .where("actor_a = 'RUS' and actor_b = 'TJK' and not directed and period = '2011-11'")
            .collectAsList();
    assertEquals(1, jailing.size(), "RUS-TJK 2011-11");
    assertTrue((double) jailing.get(0).getAs("sentiment_mean") < 0);
    List<Row> partner =
        dyads
            .where("actor_a = 'TJK' and actor_b = 'RUS' and directed and period = '2012-04'")
            .collectAsList();
    assertEquals(1, partner.size(), "TJK -> RUS 2012-04");
    assertTrue((double) partner.get(0).getAs("sentiment_mean") > 0);
  }

  @Test
  void dateReferencesAreWhatKeyDatesCountAsReferringArticles() {
    Dataset<Row> refs = table(seedOut, OutputTables.DATE_REFERENCES);
    assertTrue(refs.count() > 0, "the seed article refers to days");
    assertEquals(
        0, refs.where("n_references < 1 or published <> DATE '2012-04-23'").count(), "columns");
    Dataset<Row> perDate = refs.groupBy("date").count();
    Dataset<Row> keyDates = table(seedOut, OutputTables.KEY_DATES);
    assertEquals(
        0,
        keyDates
            .join(perDate, keyDates.col("date").equalTo(perDate.col("date")), "left")
            .where("n_articles <> coalesce(count, 0)")
            .count(),
        "key_dates.n_articles counts the date_references rows of its date");
    assertEquals(perDate.count(), keyDates.where("n_articles > 0").count());
  }

  @Test
  void writtenTablesHaveTheDeclaredSchemas() {
    OutputTables.ALL.forEach(
        (name, declared) -> {
          StructType written = table(seedOut, name).schema();
          assertArrayEquals(
              declared.fieldNames(), written.fieldNames(), name + ": column names and order");
          for (StructField f : declared.fields()) {
            assertEquals(
                f.dataType().catalogString(),
                written.apply(f.name()).dataType().catalogString(),
                name + "." + f.name() + " type");
          }
        });
  }

  @Test
  void csvTablesHaveAHeaderAndEveryRow() throws IOException {
    for (String name : OutputTables.ALL.keySet()) {
      Path dir = seedOut.resolve("csv").resolve(name);
      Path part = dir.resolve("part-00000.csv");
      assertTrue(Files.exists(part), part + " missing");
      String header = Files.readAllLines(part).get(0);
      assertEquals(
          String.join(",", OutputTables.ALL.get(name).fieldNames()), header, name + " header");
      long csvRows =
          spark
              .read()
              .option("header", "true")
              .option("escape", "\"")
              .option("multiLine", "true")
              .csv(part.toString())
              .count();
      assertEquals(table(seedOut, name).count(), csvRows, name + " rows");
    }
  }

  @Test
  void samplesAreAllAccountedForAndTheManifestAddsUp() throws IOException {
    Path out = tmp.resolve("samples");
    Manifest m = run(List.of(SAMPLES.toString()), out);
    var c = m.counts();
    assertEquals(c.recordsRead(), c.articles() + c.rejected());
    assertTrue(c.rejected() > 0, "the Reuters slice has empty records");
    assertTrue(m.rejectsByReason().containsKey("empty_text"));
    assertEquals(c.rejected(), table(out, "rejects").count());
    assertEquals(c.articles(), table(out, "articles").count());
    JsonNode json = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals(
        json.at("/counts/records_read").asLong(),
        json.at("/counts/articles").asLong() + json.at("/counts/rejected").asLong());
    assertTrue(Files.isDirectory(out.resolve("rejects")), "<out>/rejects/");
  }

  @Test
  void theSameInputGivesByteIdenticalTablesHoweverItIsPartitioned() throws IOException {
    Path a = tmp.resolve("samples-1");
    Path b = tmp.resolve("samples-7");
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    List<String> in = List.of(SAMPLES.toString(), SEED);
    new RunJob(spark, quiet).run(new RunOptions(in, a.toString(), null, null, 1));
    new RunJob(spark, quiet).run(new RunOptions(in, b.toString(), null, null, 7));
    for (String dir : List.of("parquet", "csv")) {
      for (String name : OutputTables.ALL.keySet()) {
        Path x = a.resolve(dir).resolve(name);
        Path y = b.resolve(dir).resolve(name);
        try (Stream<Path> files = Files.list(x)) {
          for (Path f : (Iterable<Path>) files::iterator) {
            assertArrayEquals(
                Files.readAllBytes(f),
                Files.readAllBytes(y.resolve(f.getFileName())),
                f.toString());
          }
        }
      }
    }
  }

  @Test
  void theSameArticleInTwoFilesIsOneArticleAndOneCountedDuplicate() throws IOException {
    Path copy = tmp.resolve("copy");
    Files.createDirectories(copy);
    Files.copy(Path.of(SEED), copy.resolve("again.txt"));
    Path out = tmp.resolve("twice");
    Manifest m = run(List.of(SEED, copy.resolve("again.txt").toString()), out);
    assertEquals(2, m.counts().recordsRead());
    assertEquals(1, m.counts().articles());
    assertEquals(1L, m.rejectsByReason().get("duplicate_id"));
  }

  @Test
  void aFailedRunLeavesThePreviousOutputIntact() throws IOException {
    Path out = tmp.resolve("kept");
    run(List.of(SEED), out);
    byte[] before = Files.readAllBytes(out.resolve("manifest.json"));
    assertThrows(
        FileNotFoundException.class, () -> run(List.of(tmp.resolve("missing").toString()), out));
    assertArrayEquals(before, Files.readAllBytes(out.resolve("manifest.json")));
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertTrue(
          siblings.noneMatch(p -> p.getFileName().toString().contains(".staging-")),
          "staging directory left behind");
    }
  }
}
