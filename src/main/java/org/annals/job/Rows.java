package org.annals.job;

import org.annals.article.Article;
import org.annals.article.ArticleFlag;
import org.annals.article.Reject;
import org.annals.mention.AnalyzedArticle;
import org.annals.mention.EventMention;
import org.annals.time.DateInterval;
import org.annals.time.EventDate;
import org.annals.timeline.DateReference;
import org.annals.timeline.DyadPeriod;
import org.annals.timeline.KeyDate;
import org.annals.timeline.TimelineEvent;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Converts the core's results into rows of the {@link OutputTables} schemas, field for field in the
 * declared order. Dates are {@link java.time.LocalDate} (the session uses Spark's Java 8 time API).
 */
public final class Rows {

  private Rows() {}

  public static Row article(AnalyzedArticle analyzed, String storyId) {
    Article a = analyzed.article();
    EventDate main = analyzed.mainEventDate();
    DateInterval when = main == null ? null : main.interval();
    return RowFactory.create(
        a.id(),
        a.source(),
        a.url(),
        a.title(),
        a.published(),
        a.publishedBasis().label(),
        analyzed.nSentences(),
        analyzed.mentions().size(),
        when == null ? null : when.begin(),
        when == null ? null : when.granularity().label(),
        storyId,
        when == null ? null : when.end(),
        main == null ? "unknown" : main.basis().label(),
        a.text().length(),
        a.inputPath(),
        a.inputPosition(),
        a.flags().stream().map(ArticleFlag::label).sorted().toArray(String[]::new));
  }

  public static Row mention(EventMention m, String eventId) {
    return RowFactory.create(
        m.mentionId(),
        eventId,
        m.articleId(),
        m.sentenceIndex(),
        m.charBegin(),
        m.charEnd(),
        m.sentence(),
        m.sourceActor(),
        m.sourceName(),
        m.targetActor(),
        m.targetName(),
        m.eventCode(),
        m.eventRoot(),
        m.quadClass(),
        m.goldstein(),
        m.modality(),
        m.negated(),
        m.eventDate(),
        m.eventDateEnd(),
        m.dateGranularity(),
        m.dateText() == null ? "" : m.dateText(),
        m.dateBasis(),
        m.sentiment(),
        m.confidence(),
        m.eventLabel(),
        m.published(),
        m.articleSource());
  }

  public static Row timeline(TimelineEvent e) {
    return RowFactory.create(
        e.eventId(),
        e.eventDate(),
        e.eventDateEnd(),
        e.dateGranularity(),
        e.dateBasis(),
        e.sourceActor(),
        e.sourceName(),
        e.targetActor(),
        e.targetName(),
        e.eventCode(),
        e.eventRoot(),
        e.eventLabel(),
        e.quadClass(),
        e.goldstein(),
        e.modality(),
        e.sentiment(),
        (long) e.nMentions(),
        (long) e.nArticles(),
        (long) e.nSources(),
        e.firstReported(),
        e.lastReported(),
        e.evidence(),
        e.articleIds().toArray(new String[0]));
  }

  public static Row dyad(DyadPeriod d) {
    return RowFactory.create(
        d.actorA(),
        d.actorB(),
        d.directed(),
        d.periodType(),
        d.period(),
        d.periodStart(),
        d.periodEnd(),
        (long) d.nEvents(),
        (long) d.nMentions(),
        d.sentimentMean(),
        d.sentimentCiLow(),
        d.sentimentCiHigh(),
        d.goldsteinSum(),
        d.goldsteinMean(),
        (long) d.verbalCoop(),
        (long) d.materialCoop(),
        (long) d.verbalConflict(),
        (long) d.materialConflict());
  }

  public static Row keyDate(KeyDate k) {
    return RowFactory.create(
        k.date(),
        k.score(),
        k.nEvents(),
        k.nMentions(),
        k.nArticles(),
        k.topEventId(),
        k.label(),
        k.rank());
  }

  public static Row dateReference(DateReference r) {
    return RowFactory.create(r.articleId(), r.date(), r.published(), r.references(), r.snippet());
  }

  public static Row reject(Reject r) {
    return RowFactory.create(
        r.inputPath(), r.position(), r.reason().label(), r.detail(), r.excerpt());
  }
}
