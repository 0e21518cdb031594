package org.annals.job;

import org.annals.mention.AnalyzedArticle;
import org.annals.mention.EventMention;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;

/** Mentions to timeline events, dyads and key dates. */
final class TimelineStage {

  private final JavaSparkContext jsc;
  private final JavaRDD<EventMention> mentions;

  private TimelineStage(JavaSparkContext jsc, JavaRDD<EventMention> mentions) {
    this.jsc = jsc;
    this.mentions = mentions;
  }

  static TimelineStage build(
      JavaSparkContext jsc, JavaRDD<EventMention> mentions, JavaRDD<AnalyzedArticle> analyzed) {
    return new TimelineStage(jsc, mentions);
  }

  JavaRDD<Row> mentionRows() {
    return mentions.map(m -> Rows.mention(m, m.mentionId()));
  }

  JavaRDD<Row> timelineRows() {
    return jsc.emptyRDD();
  }

  JavaRDD<Row> dyadRows() {
    return jsc.emptyRDD();
  }

  JavaRDD<Row> keyDateRows() {
    return jsc.emptyRDD();
  }

  long mentionCount() {
    return mentions.count();
  }

  long eventCount() {
    return 0;
  }

  long dyadCount() {
    return 0;
  }

  long keyDateCount() {
    return 0;
  }

  void unpersist() {}
}
