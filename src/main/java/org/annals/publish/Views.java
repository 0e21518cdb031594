package org.annals.publish;

import java.util.List;

/**
 * Views for the questions BI users ask first, over the published tables, in SQL that PostgreSQL and
 * DuckDB both accept. Views only ever gain columns at the end, so {@code CREATE OR REPLACE VIEW}
 * updates them in place and views users built on them keep working.
 *
 * <ul>
 *   <li>{@code actor_names}: each actor code with its most frequent readable name;
 *   <li>{@code dyad_sentiment}: dyads of every period type with both actors' names;
 *   <li>{@code dyad_sentiment_monthly}: the same, months only, with the month as {@code month};
 *   <li>{@code timeline_readable}: the timeline with a one-line headline as the key dates label
 *       events ({@code Tajikistan → Russia: Arrest, detain}, with the modality when not asserted),
 *       the quad class in words and how many days after the event it was first reported;
 *   <li>{@code key_dates_ranked}: key dates ranked over everything published, with the top event's
 *       headline;
 *   <li>{@code timeline_articles} and {@code article_flags}: the array columns as link tables (one
 *       row per event and article, per article and flag), for BI tools that cannot read arrays.
 * </ul>
 */
public final class Views {

  private Views() {}

  /** The view names, in creation order (later views use earlier ones). */
  public static final List<String> NAMES =
      List.of(
          "actor_names",
          "dyad_sentiment",
          "dyad_sentiment_monthly",
          "timeline_readable",
          "key_dates_ranked",
          "timeline_articles",
          "article_flags");

  private static final List<String> DEFINITIONS =
      List.of(
          """
          SELECT DISTINCT ON (code) code, name FROM (
            SELECT code, name, count(*) AS n FROM (
              SELECT source_actor AS code, source_name AS name FROM {s}.timeline
              UNION ALL
              SELECT target_actor, target_name FROM {s}.timeline WHERE target_actor IS NOT NULL
            ) AS named
            WHERE name IS NOT NULL AND name <> ''
            GROUP BY code, name
          ) AS counted
          ORDER BY code, n DESC, name\
          """,
          """
          SELECT d.actor_a, a.name AS actor_a_name, d.actor_b, b.name AS actor_b_name,
            d.directed, d.period_type, d.period, d.period_start, d.period_end,
            d.n_events, d.n_mentions, d.sentiment_mean, d.sentiment_ci_low, d.sentiment_ci_high,
            d.goldstein_sum, d.goldstein_mean,
            d.verbal_coop, d.material_coop, d.verbal_conflict, d.material_conflict
          FROM {s}.dyads AS d
          LEFT JOIN {s}.actor_names AS a ON a.code = d.actor_a
          LEFT JOIN {s}.actor_names AS b ON b.code = d.actor_b\
          """,
          """
          SELECT actor_a, actor_a_name, actor_b, actor_b_name, directed,
            period AS month, period_start, period_end, n_events, n_mentions,
            sentiment_mean, sentiment_ci_low, sentiment_ci_high, goldstein_sum, goldstein_mean,
            verbal_coop, material_coop, verbal_conflict, material_conflict
          FROM {s}.dyad_sentiment
          WHERE period_type = 'month'\
          """,
          """
          SELECT t.event_id, t.event_date, t.event_date_end, t.date_granularity, t.date_basis,
            t.source_name || COALESCE(' → ' || NULLIF(t.target_name, ''), '')
              || ': ' || t.event_label
              || CASE WHEN t.modality <> 'asserted' THEN ' (' || t.modality || ')' ELSE '' END
              AS headline,
            t.source_actor, t.source_name, t.target_actor, t.target_name,
            t.event_code, t.event_root, t.event_label, t.quad_class,
            CASE t.quad_class
              WHEN 1 THEN 'verbal cooperation' WHEN 2 THEN 'material cooperation'
              WHEN 3 THEN 'verbal conflict' WHEN 4 THEN 'material conflict'
            END AS quad_class_label,
            t.goldstein, t.modality, t.sentiment, t.n_mentions, t.n_articles, t.n_sources,
            t.first_reported, t.last_reported,
            t.first_reported - t.event_date AS days_until_reported,
            t.evidence
          FROM {s}.timeline AS t\
          """,
          """
          SELECT row_number() OVER (ORDER BY k.score DESC, k.date) AS rank,
            k.date, k.score, k.n_events, k.n_mentions, k.n_articles, k.label, k.top_event_id,
            r.headline AS top_event_headline
          FROM {s}.key_dates AS k
          LEFT JOIN {s}.timeline_readable AS r ON r.event_id = k.top_event_id\
          """,
          """
          SELECT event_id, unnest(article_ids) AS article_id
          FROM {s}.timeline\
          """,
          """
          SELECT article_id, unnest(flags) AS flag
          FROM {s}.articles\
          """);

  /** CREATE OR REPLACE VIEW statements, in {@link #NAMES} order. */
  public static List<String> create(TableDdl ddl) {
    String schema = ddl.qualifiedSchema();
    return java.util.stream.IntStream.range(0, NAMES.size())
        .mapToObj(
            i ->
                "CREATE OR REPLACE VIEW "
                    + ddl.qualified(NAMES.get(i))
                    + " AS\n"
                    + DEFINITIONS.get(i).replace("{s}", schema))
        .toList();
  }
}
