package org.annals.job;

import java.util.ArrayList;
import java.util.List;
import org.annals.mention.AnalyzedArticle;
import org.annals.mention.EventMention;
import org.annals.timeline.DateEvidence;
import org.annals.timeline.DyadKey;
import org.annals.timeline.DyadObservation;
import org.annals.timeline.DyadPeriod;
import org.annals.timeline.KeyDate;
import org.annals.timeline.TimelineBuilder;
import org.annals.timeline.TimelineEvent;
import org.annals.timeline.TimelineMerger;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Mentions to timeline events, dyads and key dates. Grouping is by the core's blocking keys (never
 * all pairs): mentions by {@link TimelineBuilder#blockingKey}, then each mention joined to its
 * event and grouped by {@link DyadKey}. The steps are {@link TimelineBuilder}'s, which a publish
 * also runs on plain collections to recompute these tables over everything published.
 */
final class TimelineStage {

  private final JavaSparkContext jsc;
  private final JavaRDD<TimelineEvent> events;
  private final JavaRDD<Tuple2<EventMention, TimelineEvent>> mentions;
  private final JavaRDD<DyadPeriod> dyads;
  private final List<KeyDate> keyDates;

  private TimelineStage(
      JavaSparkContext jsc,
      JavaRDD<TimelineEvent> events,
      JavaRDD<Tuple2<EventMention, TimelineEvent>> mentions,
      JavaRDD<DyadPeriod> dyads,
      List<KeyDate> keyDates) {
    this.jsc = jsc;
    this.events = events;
    this.mentions = mentions;
    this.dyads = dyads;
    this.keyDates = keyDates;
  }

  /**
   * @param stories article id to story id for articles linked to others; mentions whose actors are
   *     unknown merge within their story (a lone article is a story of its own)
   */
  static TimelineStage build(
      JavaSparkContext jsc,
      JavaRDD<EventMention> mentions,
      JavaRDD<AnalyzedArticle> analyzed,
      JavaPairRDD<String, String> stories) {
    JavaRDD<TimelineEvent> events =
        mentions
            .mapToPair(m -> new Tuple2<>(m.articleId(), m))
            .leftOuterJoin(stories)
            .mapToPair(
                t -> {
                  EventMention m = t._2()._1();
                  return new Tuple2<>(TimelineBuilder.blockingKey(m, t._2()._2().orElse(null)), m);
                })
            .groupByKey()
            .flatMap(block -> TimelineMerger.merge(list(block._2())).iterator())
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, TimelineEvent> eventOfMention =
        events.flatMapToPair(
            e -> {
              List<Tuple2<String, TimelineEvent>> out = new ArrayList<>(e.mentionIds().size());
              for (String id : e.mentionIds()) {
                out.add(new Tuple2<>(id, e));
              }
              return out.iterator();
            });
    JavaRDD<Tuple2<EventMention, TimelineEvent>> joined =
        mentions
            .mapToPair(m -> new Tuple2<>(m.mentionId(), m))
            .join(eventOfMention)
            .values()
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<DyadPeriod> dyads =
        joined
            .flatMapToPair(
                t -> {
                  List<Tuple2<DyadKey, DyadObservation>> out = new ArrayList<>();
                  for (var o : TimelineBuilder.dyadObservations(t._1(), t._2())) {
                    out.add(new Tuple2<>(o.getKey(), o.getValue()));
                  }
                  return out.iterator();
                })
            .groupByKey()
            .map(g -> DyadPeriod.aggregate(g._1(), g._2()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<DateEvidence> perDate =
        analyzed
            .flatMap(a -> DateEvidence.ofArticle(a).iterator())
            .union(events.flatMap(e -> DateEvidence.ofEvent(e).iterator()))
            .mapToPair(e -> new Tuple2<>(e.date(), e))
            .reduceByKey(DateEvidence::merge)
            .values()
            .collect();
    List<KeyDate> keyDates = TimelineBuilder.keyDates(perDate);
    return new TimelineStage(jsc, events, joined, dyads, keyDates);
  }

  private static <T> List<T> list(Iterable<T> items) {
    List<T> out = new ArrayList<>();
    items.forEach(out::add);
    return out;
  }

  JavaRDD<Row> mentionRows() {
    return mentions.map(t -> Rows.mention(t._1(), t._2().eventId()));
  }

  JavaRDD<Row> timelineRows() {
    return events.map(Rows::timeline);
  }

  JavaRDD<Row> dyadRows() {
    return dyads.map(Rows::dyad);
  }

  JavaRDD<Row> keyDateRows() {
    List<Row> rows = new ArrayList<>(keyDates.size());
    keyDates.forEach(k -> rows.add(Rows.keyDate(k)));
    return jsc.parallelize(rows, 1);
  }

  long mentionCount() {
    return mentions.count();
  }

  long eventCount() {
    return events.count();
  }

  long dyadCount() {
    return dyads.count();
  }

  long keyDateCount() {
    return keyDates.size();
  }

  void unpersist() {
    events.unpersist();
    mentions.unpersist();
    dyads.unpersist();
  }
}
