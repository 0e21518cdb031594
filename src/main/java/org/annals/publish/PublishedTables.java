package org.annals.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.job.OutputTables;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The publishing rules for every table of the output contract. Columns, types and order come from
 * {@link OutputTables}, the one declaration of the contract; this class adds what a database needs
 * on top: keys, indexes and what a run "covers" (the rows a newer run replaces).
 *
 * <p>What a run covers, per table:
 *
 * <ul>
 *   <li>{@code articles}: its articles, by {@code article_id};
 *   <li>{@code mentions}: every mention of its articles (by {@code article_id}), and its mentions
 *       by {@code mention_id};
 *   <li>{@code timeline}: its event-date range, {@code min(event_date)} to {@code max(event_date)}
 *       of its timeline, and its events by {@code event_id} (events without a date are covered by
 *       id only);
 *   <li>{@code dyads}: its periods, each ({@code period_type}, {@code period}) it has a row for;
 *   <li>{@code key_dates}: the same event-date range as the timeline, and its dates;
 *   <li>{@code rejects}: every input file it read, by {@code input_path}.
 * </ul>
 *
 * A table the contract gains later without a rule here is replaced whole by every publish.
 */
public final class PublishedTables {

  private PublishedTables() {}

  private record Rule(
      List<String> primaryKey, List<List<String>> indexes, String coverage, String doc) {}

  private static final String EVENT_RANGE =
      "(SELECT min(\"event_date\") FROM ${timeline})"
          + " AND (SELECT max(\"event_date\") FROM ${timeline})";

  private static final Map<String, Rule> RULES =
      Map.of(
          OutputTables.ARTICLES,
          new Rule(
              List.of("article_id"),
              List.of(List.of("published"), List.of("main_event_date"), List.of("story_id")),
              "\"article_id\" IN (SELECT \"article_id\" FROM ${articles})",
              "its articles, by article_id"),
          OutputTables.MENTIONS,
          new Rule(
              List.of("mention_id"),
              List.of(
                  List.of("article_id"),
                  List.of("event_id"),
                  List.of("event_date"),
                  List.of("source_actor", "target_actor")),
              "\"article_id\" IN (SELECT \"article_id\" FROM ${articles})"
                  + " OR \"mention_id\" IN (SELECT \"mention_id\" FROM ${mentions})",
              "every mention of its articles, and its mentions by mention_id"),
          OutputTables.TIMELINE,
          new Rule(
              List.of("event_id"),
              List.of(List.of("event_date"), List.of("source_actor", "target_actor")),
              "\"event_id\" IN (SELECT \"event_id\" FROM ${timeline})"
                  + " OR \"event_date\" BETWEEN "
                  + EVENT_RANGE,
              "its event-date range (min to max event_date of its timeline), and its events by"
                  + " event_id"),
          OutputTables.DYADS,
          new Rule(
              List.of("actor_a", "actor_b", "directed", "period_type", "period"),
              List.of(List.of("period_type", "period"), List.of("period_start")),
              "(\"period_type\", \"period\") IN (SELECT \"period_type\", \"period\" FROM ${dyads})",
              "its periods: every (period_type, period) it has a row for"),
          OutputTables.KEY_DATES,
          new Rule(
              List.of("date"),
              List.of(List.of("score")),
              "\"date\" IN (SELECT \"date\" FROM ${key_dates}) OR \"date\" BETWEEN " + EVENT_RANGE,
              "the timeline's event-date range, and its dates"),
          OutputTables.REJECTS,
          new Rule(
              List.of(),
              List.of(List.of("input_path"), List.of("reason")),
              "\"input_path\" IN (SELECT \"input_path\" FROM ${articles}"
                  + " UNION SELECT \"input_path\" FROM ${rejects})",
              "every input file it read, by input_path"));

  /** Every table of the contract, in the contract's order. */
  public static List<TableSpec> all() {
    List<TableSpec> specs = new ArrayList<>();
    OutputTables.ALL.forEach((name, schema) -> specs.add(spec(name, schema)));
    return specs;
  }

  /** Whether a table has its own rule (rather than being replaced whole). */
  static boolean hasRule(String table) {
    return RULES.containsKey(table);
  }

  private static TableSpec spec(String name, StructType schema) {
    List<Column> columns = new ArrayList<>();
    for (StructField f : schema.fields()) {
      columns.add(new Column(f.name(), ColumnType.of(f.dataType()), f.nullable()));
    }
    Rule rule = RULES.get(name);
    if (rule == null) {
      return new TableSpec(name, columns, List.of(), List.of(), "TRUE", "the whole table");
    }
    return new TableSpec(
        name, columns, rule.primaryKey(), rule.indexes(), rule.coverage(), rule.doc());
  }
}
