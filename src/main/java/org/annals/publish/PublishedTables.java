package org.annals.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.job.OutputTables;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Every table of the output contract as a database holds it. Columns, types and order come from
 * {@link OutputTables}, the one declaration of the contract; this class adds what a database needs
 * on top: primary keys and the indexes BI queries filter on.
 *
 * <p>{@code articles}, {@code mentions}, {@code date_references} and {@code rejects} are per
 * article (or input record), so a publish replaces those of the periods its run covers (see {@link
 * Publisher}). {@code timeline}, {@code dyads} and {@code key_dates} are aggregates over all
 * articles (an event merges mentions of many articles, across months: articles keep re-reporting
 * old events; a dyad period sums all its mentions; a key date counts every article referring to
 * it), so rows of two runs over different articles cannot be combined row by row: a publish
 * recomputes them over everything published, from the published mentions, the articles' story ids
 * and publication days, and the date references.
 */
public final class PublishedTables {

  private PublishedTables() {}

  private record Keys(List<String> primaryKey, List<List<String>> indexes) {}

  private static final Map<String, Keys> KEYS =
      Map.of(
          OutputTables.ARTICLES,
          new Keys(
              List.of("article_id"),
              List.of(List.of("published"), List.of("main_event_date"), List.of("story_id"))),
          OutputTables.MENTIONS,
          new Keys(
              List.of("mention_id"),
              List.of(
                  List.of("article_id"),
                  List.of("event_id"),
                  List.of("event_date"),
                  List.of("source_actor", "target_actor"))),
          OutputTables.TIMELINE,
          new Keys(
              List.of("event_id"),
              List.of(List.of("event_date"), List.of("source_actor", "target_actor"))),
          OutputTables.DYADS,
          new Keys(
              List.of("actor_a", "actor_b", "directed", "period_type", "period"),
              List.of(List.of("period_type", "period"), List.of("period_start"))),
          OutputTables.KEY_DATES,
          new Keys(List.of("date"), List.of(List.of("score"))),
          OutputTables.REJECTS,
          new Keys(List.of(), List.of(List.of("input_path"), List.of("reason"))),
          OutputTables.DATE_REFERENCES,
          new Keys(List.of("article_id", "date"), List.of(List.of("date"))));

  /** Every table of the contract, in the contract's order. */
  public static List<TableSpec> all() {
    List<TableSpec> specs = new ArrayList<>();
    OutputTables.ALL.forEach((name, schema) -> specs.add(spec(name, schema)));
    return specs;
  }

  /** Whether a table has its keys and indexes declared here. */
  static boolean hasKeys(String table) {
    return KEYS.containsKey(table);
  }

  private static TableSpec spec(String name, StructType schema) {
    List<Column> columns = new ArrayList<>();
    for (StructField f : schema.fields()) {
      columns.add(new Column(f.name(), ColumnType.of(f.dataType()), f.nullable()));
    }
    Keys keys = KEYS.getOrDefault(name, new Keys(List.of(), List.of()));
    return new TableSpec(name, columns, keys.primaryKey(), keys.indexes());
  }
}
