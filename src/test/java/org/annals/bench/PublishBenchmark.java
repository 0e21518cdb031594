package org.annals.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.annals.job.OutputTables;
import org.annals.job.Rows;
import org.annals.mention.EventMention;
import org.annals.publish.Column;
import org.annals.publish.DuckDbTarget;
import org.annals.publish.PostgresLogin;
import org.annals.publish.PostgresTarget;
import org.annals.publish.PublishReport;
import org.annals.publish.PublishedTables;
import org.annals.publish.Publisher;
import org.annals.publish.RunOutput;
import org.annals.publish.TableSpec;
import org.annals.publish.Target;
import org.annals.timeline.DateEvidence;
import org.annals.timeline.DateReference;
import org.annals.timeline.TimelineBuilder;
import org.apache.spark.sql.Row;

/**
 * Publish times month by month on a synthetic collection shaped like news: a first publish of
 * {@code months} months at once, then a run of one more month published over it, which recomputes
 * the derived tables over everything published. Runs are written as the job writes them (Parquet
 * per table, manifest), their derived tables computed with {@link TimelineBuilder}: three mentions
 * an article between some 30 countries, most dated to a day of the article's month, a fifth
 * re-reporting an earlier month; two date references an article.
 *
 * <p>Run: {@code java -Xmx8g -cp target/test-classes:target/classes:target/lib/*
 * org.annals.bench.PublishBenchmark DIR [articles-per-month] [months] [duckdb|postgres]}; for
 * PostgreSQL the server is {@code ANNALS_TEST_PG_URL} with {@code PGUSER}, {@code PGPASSWORD}.
 */
public final class PublishBenchmark {

  private static final String[] COUNTRIES = {
    "USA", "RUS", "CHN", "TJK", "UZB", "KGZ", "KAZ", "AFG", "IRN", "IRQ", "SYR", "TUR", "DEU",
    "FRA", "GBR", "ISR", "PSE", "EGY", "IND", "PAK", "JPN", "KOR", "PRK", "UKR", "POL", "BRA",
    "MEX", "NGA", "ZAF", "ETH"
  };
  private static final String[][] CODES = {
    {"010", "01", "Make statement", "1", "0.0"},
    {"036", "03", "Express intent to meet or negotiate", "1", "4.0"},
    {"040", "04", "Consult", "1", "1.0"},
    {"042", "04", "Make a visit", "1", "1.9"},
    {"051", "05", "Praise or endorse", "1", "3.4"},
    {"057", "05", "Sign formal agreement", "1", "8.0"},
    {"061", "06", "Cooperate economically", "2", "6.4"},
    {"070", "07", "Provide aid", "2", "7.0"},
    {"111", "11", "Criticize or denounce", "3", "-2.0"},
    {"112", "11", "Accuse", "3", "-2.0"},
    {"130", "13", "Threaten", "3", "-4.4"},
    {"163", "16", "Impose embargo, boycott, or sanctions", "4", "-8.0"},
    {"173", "17", "Arrest, detain, or charge with legal action", "4", "-5.0"},
    {"190", "19", "Use conventional military force", "4", "-10.0"}
  };

  private PublishBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int perMonth = args.length > 1 ? Integer.parseInt(args[1]) : 8_700;
    int months = args.length > 2 ? Integer.parseInt(args[2]) : 23;
    String target = args.length > 3 ? args[3] : "duckdb";
    Files.createDirectories(dir);
    LocalDate first = LocalDate.of(2011, 1, 1);
    long g0 = System.nanoTime();
    Path base = dir.resolve("run-base");
    Path next = dir.resolve("run-next");
    if (!Files.exists(base.resolve("manifest.json"))) {
      write(base, first, 0, months, perMonth, "2026-01-01T00:00:00Z");
      write(next, first, months, 1, perMonth, "2026-02-01T00:00:00Z");
    }
    System.err.printf(Locale.ROOT, "runs ready in %.1f s%n", (System.nanoTime() - g0) / 1e9);
    String schema = "bench_" + Long.toHexString(System.nanoTime());
    Path db = dir.resolve("bench-" + System.nanoTime() + ".duckdb");
    for (Path run : List.of(base, next)) {
      RunOutput out = RunOutput.open(run, PublishedTables.all());
      long t0 = System.nanoTime();
      PublishReport r;
      try (Target t = open(target, db)) {
        r =
            new Publisher(target.equals("duckdb") ? "main" : schema, false, listener())
                .publish(out, t);
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      long rows = r.totalRows();
      System.out.printf(
          Locale.ROOT,
          "%s %s: %d rows published in %.1f s (in the transaction %.1f s)%n",
          target,
          run.getFileName(),
          rows,
          wall,
          r.seconds());
      for (PublishReport.TableLoad l : r.tables()) {
        System.out.printf(
            Locale.ROOT,
            "  %-15s %9d rows %9d replaced  load %6.2f s  merge %6.2f s%n",
            l.table(),
            l.rows(),
            l.replaced(),
            l.loadSeconds(),
            l.mergeSeconds());
      }
      if (r.recompute() != null) {
        PublishReport.Recomputed c = r.recompute();
        System.out.printf(
            Locale.ROOT,
            "  recompute over %d mentions: %.1f s (read %.1f, merge %.1f, load %.1f);"
                + " %d event ids changed%n",
            c.mentions(),
            c.seconds(),
            c.readSeconds(),
            c.buildSeconds(),
            c.stageSeconds(),
            c.changedEventIds());
      }
    }
  }

  private static Publisher.Listener listener() {
    return new Publisher.Listener() {};
  }

  private static Target open(String target, Path db) throws Exception {
    if (target.equals("duckdb")) {
      return DuckDbTarget.open(db);
    }
    return PostgresTarget.connect(
        PostgresLogin.resolve(
            System.getenv("ANNALS_TEST_PG_URL"),
            null,
            null,
            System.getenv(),
            Path.of("/nonexistent")));
  }

  /** Writes a run of {@code count} months from month {@code from} (0 = {@code first}'s). */
  static void write(Path dir, LocalDate first, int from, int count, int perMonth, String started)
      throws Exception {
    SplittableRandom rnd = new SplittableRandom(from * 7919L + 17);
    List<Object[]> articles = new ArrayList<>();
    List<EventMention> mentions = new ArrayList<>();
    List<DateReference> refs = new ArrayList<>();
    List<DateEvidence> evidence = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    for (int mo = from; mo < from + count; mo++) {
      LocalDate month = first.plusMonths(mo);
      String input = "news/" + month.toString().substring(0, 7) + ".jsonl";
      inputs.add(input);
      for (int a = 0; a < perMonth; a++) {
        String id = String.format(Locale.ROOT, "m%03d-a%06d", mo, a);
        LocalDate published = month.plusDays(rnd.nextInt(month.lengthOfMonth()));
        for (int k = 0; k < 3; k++) {
          String[] code = CODES[rnd.nextInt(CODES.length)];
          String src = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
          String tgt = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
          LocalDate day = published.minusDays(rnd.nextInt(4));
          if (rnd.nextInt(5) == 0 && mo > 0) {
            LocalDate earlier = first.plusMonths(rnd.nextInt(mo));
            day = earlier.plusDays(rnd.nextInt(earlier.lengthOfMonth()));
          }
          boolean monthOnly = rnd.nextInt(10) == 0;
          mentions.add(
              new EventMention(
                  id + "-m" + k,
                  id,
                  "source" + rnd.nextInt(40) + ".example",
                  published,
                  k,
                  k * 100,
                  k * 100 + 60,
                  "Sentence " + k + " of article " + id + ": " + src + " and " + tgt + ".",
                  src,
                  src + " name",
                  tgt,
                  tgt + " name",
                  code[0],
                  code[1],
                  code[2],
                  Integer.parseInt(code[3]),
                  Double.parseDouble(code[4]),
                  rnd.nextInt(8) == 0 ? "planned" : "asserted",
                  false,
                  monthOnly ? day.withDayOfMonth(1) : day,
                  monthOnly ? day.withDayOfMonth(day.lengthOfMonth()) : day,
                  monthOnly ? "month" : "day",
                  "on that day",
                  rnd.nextInt(3) == 0 ? "relative" : "explicit",
                  rnd.nextDouble() * 2 - 1,
                  rnd.nextDouble()));
        }
        List<DateReference> own = new ArrayList<>();
        LocalDate r1 = published.minusDays(rnd.nextInt(3));
        LocalDate r2 = published.minusDays(3 + rnd.nextInt(60));
        own.add(new DateReference(id, published, r1, 1 + rnd.nextInt(2), "On that day, " + id));
        own.add(new DateReference(id, published, r2, 1, "Earlier, " + id));
        own.sort(java.util.Comparator.comparing(DateReference::date));
        refs.addAll(own);
        evidence.addAll(DateEvidence.ofArticle(published, own));
        articles.add(
            new Object[] {
              id,
              "source.example",
              "https://source.example/" + id,
              "Title of " + id,
              published,
              "metadata",
              12,
              3,
              published,
              "day",
              TimelineBuilder.aloneStory(id),
              published,
              "explicit",
              2400,
              input,
              (long) a + 1,
              new String[0]
            });
      }
    }
    TimelineBuilder.Tables t = TimelineBuilder.build(mentions, a -> null, evidence);
    java.util.Map<String, String> eventOf = t.eventIdOfMention();
    Files.createDirectories(dir);
    java.util.Map<String, Long> counts = new java.util.TreeMap<>();
    try (DuckDbTarget duck = DuckDbTarget.open(dir.resolve("scratch.duckdb"))) {
      counts.put(OutputTables.ARTICLES, table(duck, dir, OutputTables.ARTICLES, articles));
      counts.put(
          OutputTables.MENTIONS,
          table(
              duck,
              dir,
              OutputTables.MENTIONS,
              values(mentions.stream().map(m -> Rows.mention(m, eventOf.get(m.mentionId()))))));
      counts.put(
          OutputTables.TIMELINE,
          table(duck, dir, OutputTables.TIMELINE, values(t.events().stream().map(Rows::timeline))));
      counts.put(
          OutputTables.DYADS,
          table(duck, dir, OutputTables.DYADS, values(t.dyads().stream().map(Rows::dyad))));
      counts.put(
          OutputTables.KEY_DATES,
          table(
              duck, dir, OutputTables.KEY_DATES, values(t.keyDates().stream().map(Rows::keyDate))));
      counts.put(OutputTables.REJECTS, table(duck, dir, OutputTables.REJECTS, List.of()));
      counts.put(
          OutputTables.DATE_REFERENCES,
          table(
              duck,
              dir,
              OutputTables.DATE_REFERENCES,
              values(refs.stream().map(Rows::dateReference))));
    }
    Files.delete(dir.resolve("scratch.duckdb"));
    ObjectMapper json = new ObjectMapper();
    ObjectNode m = json.createObjectNode();
    m.put("annals_version", "bench");
    m.put("started", started);
    m.put("finished", Instant.parse(started).plusSeconds(60).toString());
    m.putArray("inputs").add("news/");
    ObjectNode tables = m.putObject("tables");
    counts.forEach(tables::put);
    var paths = m.putArray("input_paths");
    inputs.forEach(paths::add);
    json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("manifest.json").toFile(), m);
  }

  private static List<Object[]> values(java.util.stream.Stream<Row> rows) {
    return rows.map(
            r -> {
              Object[] v = new Object[r.length()];
              for (int i = 0; i < v.length; i++) {
                v[i] = r.get(i);
              }
              return v;
            })
        .toList();
  }

  private static long table(DuckDbTarget duck, Path dir, String name, List<Object[]> rows)
      throws Exception {
    TableSpec spec =
        PublishedTables.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    List<Column> columns = new ArrayList<>();
    for (Column c : spec.columns()) {
      columns.add(new Column(c.name(), c.type(), true));
    }
    long n = duck.stageRows("t_" + name, columns, rows);
    Path part = dir.resolve("parquet").resolve(name).resolve("part-00000.parquet");
    Files.createDirectories(part.getParent());
    try (Statement s = duck.connection().createStatement()) {
      s.execute("COPY t_" + name + " TO '" + part + "' (FORMAT PARQUET)");
    }
    return n;
  }
}
