package org.annals.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.annals.timeline.PeriodType;

/**
 * Reads what a report needs from a run's output directory, without Spark: DuckDB (in memory, over
 * JDBC) queries {@code <dir>/parquet/<table>/*.parquet} and Jackson reads {@code manifest.json}. A
 * report of a small period reads in well under a second whatever the size of the run.
 *
 * <p>An event belongs to a period when its whole date interval lies inside it: an event known only
 * to the month counts in its month, quarter and year, not in a week.
 */
public final class ReportReader {

  /** The tables a report reads; each must exist as {@code parquet/<table>/}. */
  public static final List<String> TABLES = List.of("articles", "timeline", "dyads", "key_dates");

  private final Path dir;
  private final int topEvents;
  private final int topDyads;

  /**
   * @param dir a run's output directory
   * @param topEvents how many of the most reported events to list with their evidence
   * @param topDyads how many of the most active dyads to chart and tabulate
   */
  public ReportReader(Path dir, int topEvents, int topDyads) {
    if (topEvents < 1 || topDyads < 1) {
      throw new IllegalArgumentException("topEvents and topDyads must be >= 1");
    }
    this.dir = dir;
    this.topEvents = topEvents;
    this.topDyads = topDyads;
  }

  /**
   * Reads the report of {@code period} with its sentiment series in {@code seriesType} periods.
   *
   * @throws IllegalArgumentException when the directory is not an annals output directory
   * @throws IOException when a table cannot be read
   */
  public Report read(ReportPeriod period, PeriodType seriesType) throws IOException {
    RunSummary run = readManifest();
    checkTables();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      createViews(db);
      List<ReportEvent> events = events(db, period);
      List<ReportEvent> top = events.stream().sorted(MOST_REPORTED).limit(topEvents).toList();
      List<DyadSeries> dyads = dyads(db, period, seriesType);
      Set<String> ids = new LinkedHashSet<>();
      top.forEach(e -> ids.addAll(e.articleIds()));
      return new Report(
          dir.toString(),
          period,
          seriesType,
          run,
          events,
          top,
          keyDates(db, period),
          dyads,
          articles(db, ids),
          actorNames(db),
          publishedIn(db, period),
          datedBound(db, "min(event_date)"),
          datedBound(db, "max(coalesce(event_date_end, event_date))"));
    } catch (SQLException e) {
      throw new IOException("cannot read the tables of " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Most mentioned first, then most articles, then strongest Goldstein value, then date and id. */
  static final Comparator<ReportEvent> MOST_REPORTED =
      Comparator.comparingLong(ReportEvent::nMentions)
          .reversed()
          .thenComparing(Comparator.comparingLong(ReportEvent::nArticles).reversed())
          .thenComparing(e -> -Math.abs(e.goldstein()))
          .thenComparing(ReportEvent::eventDate, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ReportEvent::eventId);

  private RunSummary readManifest() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("from: " + dir + " is not a directory");
    }
    Path manifest = dir.resolve("manifest.json");
    if (!Files.isRegularFile(manifest)) {
      throw notAnOutput("it has no manifest.json");
    }
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(manifest.toFile());
    } catch (IOException e) {
      throw notAnOutput("its manifest.json does not parse (" + e.getMessage() + ")");
    }
    JsonNode counts = json == null ? null : json.get("counts");
    if (counts == null || !counts.isObject()) {
      throw notAnOutput("its manifest.json has no counts");
    }
    List<String> inputs = new ArrayList<>();
    json.path("inputs").forEach(n -> inputs.add(n.asText()));
    Map<String, Long> reasons = new TreeMap<>();
    json.path("rejects_by_reason")
        .fields()
        .forEachRemaining(f -> reasons.put(f.getKey(), f.getValue().asLong()));
    return new RunSummary(
        json.path("annals_version").asText(""),
        json.path("finished").asText(""),
        inputs,
        counts.path("records_read").asLong(),
        counts.path("articles").asLong(),
        counts.path("rejected").asLong(),
        counts.path("mentions").asLong(),
        counts.path("events").asLong(),
        reasons);
  }

  private void checkTables() throws IOException {
    for (String table : TABLES) {
      Path t = dir.resolve("parquet").resolve(table);
      boolean hasParts = false;
      if (Files.isDirectory(t)) {
        try (Stream<Path> files = Files.list(t)) {
          hasParts = files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        }
      }
      if (!hasParts) {
        throw notAnOutput(
            "it has no Parquet table " + table + " (parquet/" + table + "/*.parquet)");
      }
    }
  }

  private IllegalArgumentException notAnOutput(String why) {
    return new IllegalArgumentException(
        "from: "
            + dir
            + " is not an annals output directory: "
            + why
            + "; give the --output directory of 'annals run'");
  }

  private void createViews(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      for (String table : TABLES) {
        String glob = dir.resolve("parquet").resolve(table).toAbsolutePath() + "/*.parquet";
        s.execute(
            "CREATE VIEW "
                + table
                + " AS SELECT * FROM read_parquet('"
                + glob.replace("'", "''")
                + "')");
      }
    }
  }

  private static List<ReportEvent> events(Connection db, ReportPeriod period) throws SQLException {
    String sql =
        "SELECT event_id, event_date, event_date_end, date_granularity, date_basis, source_actor,"
            + " source_name, target_actor, target_name, event_code, event_label, quad_class,"
            + " goldstein, modality, sentiment, n_mentions, n_articles, n_sources, first_reported,"
            + " last_reported, evidence, article_ids FROM timeline"
            + " WHERE event_date >= CAST(? AS DATE)"
            + " AND coalesce(event_date_end, event_date) <= CAST(? AS DATE)"
            + " ORDER BY event_date, event_id";
    List<ReportEvent> out = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement(sql)) {
      bindPeriod(q, period);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(
              new ReportEvent(
                  r.getString(1),
                  date(r, 2),
                  date(r, 3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  r.getString(8),
                  r.getString(9),
                  r.getString(10),
                  r.getString(11),
                  r.getInt(12),
                  r.getDouble(13),
                  r.getString(14),
                  r.getDouble(15),
                  r.getLong(16),
                  r.getLong(17),
                  r.getLong(18),
                  date(r, 19),
                  date(r, 20),
                  r.getString(21),
                  strings(r.getArray(22))));
        }
      }
    }
    return out;
  }

  private static List<KeyDateRow> keyDates(Connection db, ReportPeriod period) throws SQLException {
    String sql =
        "SELECT date, score, n_events, n_mentions, n_articles, top_event_id, label, rank"
            + " FROM key_dates WHERE date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)"
            + " ORDER BY rank, date LIMIT 10";
    List<KeyDateRow> out = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement(sql)) {
      bindPeriod(q, period);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(
              new KeyDateRow(
                  date(r, 1),
                  r.getDouble(2),
                  r.getLong(3),
                  r.getLong(4),
                  r.getLong(5),
                  r.getString(6),
                  r.getString(7),
                  r.getInt(8)));
        }
      }
    }
    return out;
  }

  private static final String DYAD_COLUMNS =
      "actor_a, actor_b, directed, period_type, period, period_start, period_end, n_events,"
          + " n_mentions, sentiment_mean, sentiment_ci_low, sentiment_ci_high, goldstein_sum,"
          + " goldstein_mean, verbal_coop, material_coop, verbal_conflict, material_conflict";

  private List<DyadSeries> dyads(Connection db, ReportPeriod period, PeriodType seriesType)
      throws SQLException {
    List<DyadRow> whole =
        dyadRows(
            db, "period_type = ? AND period = ?", List.of(period.type().label(), period.label()));
    List<DyadRow> top =
        whole.stream()
            .filter(d -> !d.directed())
            .sorted(
                Comparator.comparingLong(DyadRow::nMentions)
                    .reversed()
                    .thenComparing(Comparator.comparingLong(DyadRow::nEvents).reversed())
                    .thenComparing(DyadRow::actorA)
                    .thenComparing(DyadRow::actorB))
            .limit(topDyads)
            .toList();
    Map<String, DyadRow> directed = new HashMap<>();
    whole.stream()
        .filter(DyadRow::directed)
        .forEach(d -> directed.put(d.actorA() + ">" + d.actorB(), d));
    Map<String, List<DyadRow>> series = new LinkedHashMap<>();
    for (DyadRow d :
        dyadRows(
            db,
            "period_type = ? AND NOT directed AND period_end >= CAST(? AS DATE)"
                + " AND period_start <= CAST(? AS DATE)",
            List.of(seriesType.label(), period.start().toString(), period.end().toString()))) {
      series.computeIfAbsent(d.actorA() + "-" + d.actorB(), k -> new ArrayList<>()).add(d);
    }
    List<DyadSeries> out = new ArrayList<>();
    for (DyadRow d : top) {
      out.add(
          new DyadSeries(
              d,
              series.getOrDefault(d.actorA() + "-" + d.actorB(), List.of()),
              directed.get(d.actorA() + ">" + d.actorB()),
              directed.get(d.actorB() + ">" + d.actorA())));
    }
    return out;
  }

  private static List<DyadRow> dyadRows(Connection db, String where, List<String> params)
      throws SQLException {
    String sql =
        "SELECT "
            + DYAD_COLUMNS
            + " FROM dyads WHERE "
            + where
            + " ORDER BY period_start, actor_a, actor_b, directed";
    List<DyadRow> out = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        q.setString(i + 1, params.get(i));
      }
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(
              new DyadRow(
                  r.getString(1),
                  r.getString(2),
                  r.getBoolean(3),
                  r.getString(4),
                  r.getString(5),
                  date(r, 6),
                  date(r, 7),
                  r.getLong(8),
                  r.getLong(9),
                  r.getDouble(10),
                  nullableDouble(r, 11),
                  nullableDouble(r, 12),
                  r.getDouble(13),
                  r.getDouble(14),
                  r.getLong(15),
                  r.getLong(16),
                  r.getLong(17),
                  r.getLong(18)));
        }
      }
    }
    return out;
  }

  private static Map<String, ArticleRef> articles(Connection db, Set<String> ids)
      throws SQLException {
    Map<String, ArticleRef> out = new TreeMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    String sql =
        "SELECT article_id, source, title, url, published FROM articles"
            + " WHERE list_contains(CAST(? AS VARCHAR[]), article_id)";
    try (PreparedStatement q = db.prepareStatement(sql)) {
      q.setArray(1, db.createArrayOf("VARCHAR", ids.toArray()));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.put(
              r.getString(1),
              new ArticleRef(
                  r.getString(1), r.getString(2), r.getString(3), r.getString(4), date(r, 5)));
        }
      }
    }
    return out;
  }

  /**
   * The most frequent name the run gives each actor code; of names used equally often, the first in
   * code-point order, so that the same run always gives the same report.
   */
  private static Map<String, String> actorNames(Connection db) throws SQLException {
    String sql =
        "SELECT code, first(name ORDER BY n DESC, name) FROM ("
            + " SELECT code, name, count(*) AS n FROM ("
            + "  SELECT source_actor AS code, source_name AS name FROM timeline"
            + "  UNION ALL SELECT target_actor, target_name FROM timeline"
            + "   WHERE target_actor IS NOT NULL)"
            + " WHERE name IS NOT NULL AND name <> '' GROUP BY code, name)"
            + " GROUP BY code ORDER BY code";
    Map<String, String> out = new TreeMap<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.put(r.getString(1), r.getString(2));
      }
    }
    return out;
  }

  private static long publishedIn(Connection db, ReportPeriod period) throws SQLException {
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT count(*) FROM articles"
                + " WHERE published BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)")) {
      bindPeriod(q, period);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** Binds the first and last day of {@code period} to the first two parameters, as ISO dates. */
  private static void bindPeriod(PreparedStatement statement, ReportPeriod period)
      throws SQLException {
    statement.setString(1, period.start().toString());
    statement.setString(2, period.end().toString());
  }

  private static LocalDate datedBound(Connection db, String aggregate) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT " + aggregate + " FROM timeline")) {
      r.next();
      return date(r, 1);
    }
  }

  private static LocalDate date(ResultSet r, int column) throws SQLException {
    Object v = r.getObject(column);
    return v == null ? null : LocalDate.parse(v.toString().substring(0, 10));
  }

  private static Double nullableDouble(ResultSet r, int column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object o : (Object[]) array.getArray()) {
      if (o != null) {
        out.add(o.toString());
      }
    }
    return out;
  }
}
