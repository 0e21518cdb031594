package org.annals.publish;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.annals.job.OutputTables;
import org.annals.job.Rows;
import org.annals.mention.EventMention;
import org.annals.timeline.DateEvidence;
import org.annals.timeline.DateReference;
import org.annals.timeline.TimelineBuilder;
import org.apache.spark.sql.Row;

/**
 * Recomputes the derived tables ({@code timeline}, {@code dyads}, {@code key_dates}) over
 * everything published, inside the publishing transaction: reads back every published mention with
 * its article's {@code story_id}, the articles' publication days and the {@code date_references},
 * runs {@link TimelineBuilder#build} (the job's own steps, on plain collections), and stages the
 * rows in temporary tables, with the mentions whose {@code event_id} changed in a mapping table.
 *
 * <p>Everything it reads is in memory at once: about half a kilobyte per mention.
 */
final class Recompute {

  /** The staged recomputed rows of a derived table. */
  static String stageName(String table) {
    return "annals_recomputed_" + table;
  }

  /** The staged mapping of mentions whose event id changed to their new event id. */
  static final String EVENT_IDS = "annals_recomputed_event_ids";

  static final List<Column> EVENT_ID_COLUMNS =
      List.of(
          new Column("mention_id", ColumnType.TEXT, false),
          new Column("event_id", ColumnType.TEXT, false));

  /**
   * What a recompute found and how long it took.
   *
   * @param mentions mentions read back
   * @param changedEventIds mentions whose event id changed
   * @param rows rows staged per derived table
   * @param readSeconds reading the published rows
   * @param buildSeconds merging and aggregating in Java
   * @param stageSeconds staging the rows in the database
   */
  record Result(
      long mentions,
      long changedEventIds,
      Map<String, Long> rows,
      double readSeconds,
      double buildSeconds,
      double stageSeconds) {}

  private final TableDdl ddl;

  Recompute(TableDdl ddl) {
    this.ddl = ddl;
  }

  Result run(Connection c, Target target) throws SQLException, IOException {
    long t0 = System.nanoTime();
    Strings strings = new Strings();
    Map<String, String> storyOf = new HashMap<>();
    List<DateEvidence> evidence = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      s.setFetchSize(10_000);
      try (ResultSet r =
          s.executeQuery(
              "SELECT article_id, published, story_id FROM "
                  + ddl.qualified(OutputTables.ARTICLES))) {
        while (r.next()) {
          storyOf.put(r.getString(1), strings.of(r.getString(3)));
          LocalDate published = r.getObject(2, LocalDate.class);
          if (published != null) {
            evidence.add(DateEvidence.ofPublication(published));
          }
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT article_id, published, date, n_references, snippet FROM "
                  + ddl.qualified(OutputTables.DATE_REFERENCES))) {
        while (r.next()) {
          evidence.add(
              new DateReference(
                      r.getString(1),
                      r.getObject(2, LocalDate.class),
                      r.getObject(3, LocalDate.class),
                      r.getLong(4),
                      r.getString(5))
                  .evidence());
        }
      }
    }
    List<EventMention> mentions = new ArrayList<>();
    Map<String, String> oldEventId = new HashMap<>();
    readMentions(c, strings, mentions, oldEventId);
    long t1 = System.nanoTime();

    Function<String, String> story = storyOf::get;
    TimelineBuilder.Tables tables = TimelineBuilder.build(mentions, story, evidence);
    storyOf.clear();
    evidence.clear();
    long n = mentions.size();
    mentions.clear();
    List<Object[]> changed = new ArrayList<>();
    for (var e : tables.events()) {
      for (String m : e.mentionIds()) {
        if (!e.eventId().equals(oldEventId.get(m))) {
          changed.add(new Object[] {m, e.eventId()});
        }
      }
    }
    oldEventId.clear();
    long t2 = System.nanoTime();

    Map<String, Long> rows = new HashMap<>();
    rows.put(
        OutputTables.TIMELINE,
        stage(target, OutputTables.TIMELINE, rows(tables.events(), Rows::timeline)));
    rows.put(
        OutputTables.DYADS, stage(target, OutputTables.DYADS, rows(tables.dyads(), Rows::dyad)));
    rows.put(
        OutputTables.KEY_DATES,
        stage(target, OutputTables.KEY_DATES, rows(tables.keyDates(), Rows::keyDate)));
    target.stageRows(EVENT_IDS, EVENT_ID_COLUMNS, changed);
    long t3 = System.nanoTime();
    return new Result(n, changed.size(), rows, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
  }

  private void readMentions(
      Connection c, Strings strings, List<EventMention> out, Map<String, String> eventIds)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.setFetchSize(10_000);
      try (ResultSet r =
          s.executeQuery(
              "SELECT mention_id, event_id, article_id, article_source, published,"
                  + " sentence_index, char_begin, char_end, sentence, source_actor, source_name,"
                  + " target_actor, target_name, event_code, event_root, event_label, quad_class,"
                  + " goldstein, modality, negated, event_date, event_date_end, date_granularity,"
                  + " date_text, date_basis, sentiment, confidence FROM "
                  + ddl.qualified(OutputTables.MENTIONS))) {
        while (r.next()) {
          String mentionId = r.getString(1);
          eventIds.put(mentionId, r.getString(2));
          out.add(
              new EventMention(
                  mentionId,
                  r.getString(3),
                  strings.of(r.getString(4)),
                  r.getObject(5, LocalDate.class),
                  r.getInt(6),
                  r.getInt(7),
                  r.getInt(8),
                  r.getString(9),
                  strings.of(r.getString(10)),
                  strings.of(r.getString(11)),
                  strings.of(r.getString(12)),
                  strings.of(r.getString(13)),
                  strings.of(r.getString(14)),
                  strings.of(r.getString(15)),
                  strings.of(r.getString(16)),
                  r.getInt(17),
                  r.getDouble(18),
                  strings.of(r.getString(19)),
                  r.getBoolean(20),
                  r.getObject(21, LocalDate.class),
                  r.getObject(22, LocalDate.class),
                  strings.of(r.getString(23)),
                  strings.of(r.getString(24)),
                  strings.of(r.getString(25)),
                  r.getDouble(26),
                  r.getDouble(27)));
        }
      }
    }
  }

  private static long stage(Target target, String table, Iterable<Object[]> rows)
      throws SQLException, IOException {
    TableSpec spec =
        PublishedTables.all().stream()
            .filter(t -> t.name().equals(table))
            .findFirst()
            .orElseThrow();
    return target.stageRows(stageName(table), spec.columns(), rows);
  }

  /** Spark rows of the contract (as the job writes them) as plain value arrays, lazily. */
  private static <T> Iterable<Object[]> rows(List<T> items, Function<T, Row> toRow) {
    return () ->
        new Iterator<>() {
          private final Iterator<T> it = items.iterator();

          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Object[] next() {
            Row row = toRow.apply(it.next());
            Object[] values = new Object[row.length()];
            for (int i = 0; i < values.length; i++) {
              values[i] = row.get(i);
            }
            return values;
          }
        };
  }

  /** One instance of each repeated value (actor codes, names, labels), to keep memory down. */
  private static final class Strings {
    private final Map<String, String> seen = new HashMap<>();

    String of(String s) {
      return s == null ? null : seen.computeIfAbsent(s, k -> k);
    }
  }
}
