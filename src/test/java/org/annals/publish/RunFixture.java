package org.annals.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's output directory laid out as {@code RunJob} writes it ({@code manifest.json}, {@code
 * parquet/<table>/part-00000.parquet}), with every table in exactly the {@code OutputTables}
 * schema, written by DuckDB. Text values carry tabs, newlines, backslashes, quotes and non-ASCII
 * letters; nullable columns hold some nulls.
 *
 * @param prefix makes the run's ids its own (two runs with the same prefix share ids)
 * @param firstDay the first event date; events, key dates and dyad months follow from it
 * @param articles articles (each has mentions, and is read from one of three input files),
 *     published from {@code firstDay} on over 28 days (every fourth undated)
 * @param events timeline events, one a day from {@code firstDay}
 * @param started the manifest's start time, which makes runs with equal tables distinct
 */
public record RunFixture(
    String prefix, LocalDate firstDay, int articles, int events, String started) {

  public int mentions() {
    return 3 * articles;
  }

  public int dyads() {
    return 4 * months();
  }

  public int keyDates() {
    return events;
  }

  int rejects() {
    return 2;
  }

  /** Calendar months from {@code firstDay} spanned by the events. */
  int months() {
    LocalDate last = firstDay.plusDays(events - 1L);
    return (last.getYear() - firstDay.getYear()) * 12
        + last.getMonthValue()
        - firstDay.getMonthValue()
        + 1;
  }

  public Map<String, Long> counts() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("articles", (long) articles);
    m.put("mentions", (long) mentions());
    m.put("timeline", (long) events);
    m.put("dyads", (long) dyads());
    m.put("key_dates", (long) keyDates());
    m.put("rejects", (long) rejects());
    m.put("date_references", (long) articles);
    return m;
  }

  /** Writes the run's output into {@code dir} (created) and returns it. */
  public Path write(Path dir) throws IOException, SQLException {
    Files.createDirectories(dir);
    String day = "DATE '" + firstDay + "'";
    String tricky = "'\\ \"q\" é' || chr(9) || 'tab' || chr(10) || 'line'";
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("articles.article_id", id("a", "i"));
    overrides.put("articles.title", "'Title ' || i || " + tricky);
    overrides.put(
        "articles.published",
        "CASE WHEN i % 4 = 3 THEN NULL ELSE " + day + " + CAST(i % 28 AS INTEGER) END");
    overrides.put("articles.input_path", "'" + prefix + "/input-' || (i % 3) || '.jsonl'");
    overrides.put("mentions.mention_id", id("m", "i"));
    overrides.put("mentions.article_id", id("a", "(i % " + articles + ")"));
    overrides.put("mentions.event_id", id("e", "(i % " + events + ")"));
    overrides.put("mentions.event_date", day + " + CAST(i % " + events + " AS INTEGER)");
    overrides.put("timeline.event_id", id("e", "i"));
    overrides.put("timeline.event_date", day + " + CAST(i AS INTEGER)");
    overrides.put("timeline.event_date_end", day + " + CAST(i AS INTEGER)");
    overrides.put("timeline.source_name", "'Source ' || (i % 4)");
    overrides.put("timeline.source_actor", "'SRC' || (i % 4)");
    overrides.put(
        "timeline.target_actor", "CASE WHEN i % 5 = 0 THEN NULL ELSE 'TGT' || (i % 3) END");
    overrides.put(
        "timeline.target_name", "CASE WHEN i % 5 = 0 THEN NULL ELSE 'Target ' || (i % 3) END");
    overrides.put("timeline.modality", "CASE WHEN i % 3 = 0 THEN 'planned' ELSE 'asserted' END");
    overrides.put("timeline.quad_class", "CAST(1 + i % 4 AS INTEGER)");
    overrides.put(
        "timeline.article_ids",
        "CAST([" + id("a", "(i % " + articles + ")") + ", 'x\"y\\z', 'a,b{c}'] AS VARCHAR[])");
    overrides.put("dyads.actor_a", "'SRC' || (i % 4)");
    overrides.put("dyads.actor_b", "'TGT' || (i % 4)");
    overrides.put("dyads.directed", "i % 2 = 0");
    overrides.put("dyads.period_type", "'month'");
    overrides.put("dyads.period", "strftime(" + month("i // 4") + ", '%Y-%m')");
    overrides.put("dyads.period_start", month("i // 4"));
    overrides.put("dyads.period_end", "last_day(" + month("i // 4") + ")");
    overrides.put("key_dates.date", day + " + CAST(i AS INTEGER)");
    overrides.put("key_dates.top_event_id", id("e", "i"));
    overrides.put("key_dates.rank", "CAST(i + 1 AS INTEGER)");
    overrides.put("date_references.article_id", id("a", "i"));
    overrides.put("date_references.date", day + " + CAST(i % " + events + " AS INTEGER)");
    overrides.put("rejects.input_path", "'" + prefix + "/input-' || i || '.jsonl'");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      for (TableSpec t : PublishedTables.all()) {
        Path part = dir.resolve("parquet").resolve(t.name()).resolve("part-00000.parquet");
        Files.createDirectories(part.getParent());
        List<String> cols = new ArrayList<>();
        for (Column col : t.columns()) {
          String expr = overrides.get(t.name() + "." + col.name());
          if (expr == null) {
            expr = generic(col);
          }
          cols.add(
              "CAST("
                  + expr
                  + " AS "
                  + col.type().duckdbName()
                  + ") AS "
                  + Dialect.quote(col.name()));
        }
        s.execute(
            "COPY (SELECT "
                + String.join(", ", cols)
                + " FROM range("
                + counts().get(t.name())
                + ") AS r(i) ORDER BY i) TO '"
                + part
                + "' (FORMAT PARQUET)");
      }
    }
    writeManifest(dir);
    return dir;
  }

  private void writeManifest(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode m = json.createObjectNode();
    m.put("annals_version", "0.1.0");
    m.put("spark_version", "4.0.1");
    m.put("started", started);
    m.put("finished", started);
    m.putArray("inputs").add(prefix + "/");
    m.put("input_files", 3);
    ObjectNode counts = m.putObject("counts");
    counts.put("records_read", articles + rejects());
    counts.put("articles", articles);
    counts.put("rejected", rejects());
    counts.put("mentions", mentions());
    counts.put("events", events);
    m.putObject("rejects_by_reason").put("empty_text", rejects());
    ObjectNode tables = m.putObject("tables");
    counts().forEach(tables::put);
    json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("manifest.json").toFile(), m);
  }

  private String id(String kind, String i) {
    return "'" + prefix + "-" + kind + "' || " + i;
  }

  private String month(String offset) {
    return "CAST(date_trunc('month', DATE '"
        + firstDay
        + "') + to_months(CAST("
        + offset
        + " AS INTEGER)) AS DATE)";
  }

  private static String generic(Column c) {
    String value =
        switch (c.type()) {
          case TEXT -> "'" + c.name() + " ' || i";
          case INTEGER -> "i % 1000";
          case BIGINT -> "i * 1000003";
          case DOUBLE -> "i / 7.0 - 3";
          case BOOLEAN -> "i % 2 = 1";
          case DATE -> "DATE '2012-04-23' + CAST(i % 30 AS INTEGER)";
          case TEXT_ARRAY -> "['x' || i]";
        };
    return c.nullable() ? "CASE WHEN i % 4 = 3 THEN NULL ELSE " + value + " END" : value;
  }
}
