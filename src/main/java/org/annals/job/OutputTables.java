package org.annals.job;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output contract: every table annals writes, its columns, their types and their order,
 * declared once. The writers convert rows to these schemas and never let Spark infer one; a test
 * reads the written tables back and compares them with what is declared here. Columns are only ever
 * added at the end.
 */
public final class OutputTables {

  private OutputTables() {}

  public static final String ARTICLES = "articles";
  public static final String MENTIONS = "mentions";
  public static final String TIMELINE = "timeline";
  public static final String DYADS = "dyads";
  public static final String KEY_DATES = "key_dates";
  public static final String REJECTS = "rejects";
  public static final String DATE_REFERENCES = "date_references";

  public static final StructType ARTICLES_SCHEMA =
      schema(
          field("article_id", StringType, false),
          field("source", StringType, false),
          field("url", StringType, false),
          field("title", StringType, false),
          field("published", DateType, true),
          field("published_basis", StringType, false),
          field("n_sentences", IntegerType, false),
          field("n_mentions", IntegerType, false),
          field("main_event_date", DateType, true),
          field("main_event_granularity", StringType, true),
          field("story_id", StringType, false),
          field("main_event_date_end", DateType, true),
          field("main_event_basis", StringType, false),
          field("n_chars", IntegerType, false),
          field("input_path", StringType, false),
          field("input_position", LongType, false),
          field("flags", createArrayType(StringType, false), false));

  public static final StructType MENTIONS_SCHEMA =
      schema(
          field("mention_id", StringType, false),
          field("event_id", StringType, false),
          field("article_id", StringType, false),
          field("sentence_index", IntegerType, false),
          field("char_begin", IntegerType, false),
          field("char_end", IntegerType, false),
          field("sentence", StringType, false),
          field("source_actor", StringType, false),
          field("source_name", StringType, false),
          field("target_actor", StringType, true),
          field("target_name", StringType, true),
          field("event_code", StringType, false),
          field("event_root", StringType, false),
          field("quad_class", IntegerType, false),
          field("goldstein", DoubleType, false),
          field("modality", StringType, false),
          field("negated", BooleanType, false),
          field("event_date", DateType, true),
          field("event_date_end", DateType, true),
          field("date_granularity", StringType, true),
          field("date_text", StringType, false),
          field("date_basis", StringType, false),
          field("sentiment", DoubleType, false),
          field("confidence", DoubleType, false),
          field("event_label", StringType, false),
          field("published", DateType, true),
          field("article_source", StringType, false));

  public static final StructType TIMELINE_SCHEMA =
      schema(
          field("event_id", StringType, false),
          field("event_date", DateType, true),
          field("event_date_end", DateType, true),
          field("date_granularity", StringType, true),
          field("date_basis", StringType, false),
          field("source_actor", StringType, false),
          field("source_name", StringType, false),
          field("target_actor", StringType, true),
          field("target_name", StringType, true),
          field("event_code", StringType, false),
          field("event_root", StringType, false),
          field("event_label", StringType, false),
          field("quad_class", IntegerType, false),
          field("goldstein", DoubleType, false),
          field("modality", StringType, false),
          field("sentiment", DoubleType, false),
          field("n_mentions", LongType, false),
          field("n_articles", LongType, false),
          field("n_sources", LongType, false),
          field("first_reported", DateType, true),
          field("last_reported", DateType, true),
          field("evidence", StringType, false),
          field("article_ids", createArrayType(StringType, false), false));

  public static final StructType DYADS_SCHEMA =
      schema(
          field("actor_a", StringType, false),
          field("actor_b", StringType, false),
          field("directed", BooleanType, false),
          field("period_type", StringType, false),
          field("period", StringType, false),
          field("period_start", DateType, false),
          field("period_end", DateType, false),
          field("n_events", LongType, false),
          field("n_mentions", LongType, false),
          field("sentiment_mean", DoubleType, false),
          field("sentiment_ci_low", DoubleType, true),
          field("sentiment_ci_high", DoubleType, true),
          field("goldstein_sum", DoubleType, false),
          field("goldstein_mean", DoubleType, false),
          field("verbal_coop", LongType, false),
          field("material_coop", LongType, false),
          field("verbal_conflict", LongType, false),
          field("material_conflict", LongType, false));

  public static final StructType KEY_DATES_SCHEMA =
      schema(
          field("date", DateType, false),
          field("score", DoubleType, false),
          field("n_events", LongType, false),
          field("n_mentions", LongType, false),
          field("n_articles", LongType, false),
          field("top_event_id", StringType, true),
          field("label", StringType, false),
          field("rank", IntegerType, false));

  public static final StructType REJECTS_SCHEMA =
      schema(
          field("input_path", StringType, false),
          field("position", LongType, false),
          field("reason", StringType, false),
          field("detail", StringType, false),
          field("excerpt", StringType, false));

  public static final StructType DATE_REFERENCES_SCHEMA =
      schema(
          field("article_id", StringType, false),
          field("date", DateType, false),
          field("published", DateType, true),
          field("n_references", LongType, false),
          field("snippet", StringType, true));

  /** Every table, in the order they are written and documented. */
  public static final Map<String, StructType> ALL = all();

  /** Sort order of each table's rows, so that the same input gives byte-identical files. */
  public static final Map<String, List<String>> SORT_KEYS =
      Map.of(
          ARTICLES, List.of("article_id"),
          MENTIONS, List.of("article_id", "sentence_index", "char_begin", "mention_id"),
          TIMELINE, List.of("event_date", "event_id"),
          DYADS, List.of("period_type", "period", "actor_a", "actor_b", "directed"),
          KEY_DATES, List.of("rank"),
          REJECTS, List.of("input_path", "position", "reason"),
          DATE_REFERENCES, List.of("date", "article_id"));

  private static Map<String, StructType> all() {
    Map<String, StructType> m = new LinkedHashMap<>();
    m.put(ARTICLES, ARTICLES_SCHEMA);
    m.put(MENTIONS, MENTIONS_SCHEMA);
    m.put(TIMELINE, TIMELINE_SCHEMA);
    m.put(DYADS, DYADS_SCHEMA);
    m.put(KEY_DATES, KEY_DATES_SCHEMA);
    m.put(REJECTS, REJECTS_SCHEMA);
    m.put(DATE_REFERENCES, DATE_REFERENCES_SCHEMA);
    return Collections.unmodifiableMap(m);
  }

  private static StructType schema(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }
}
