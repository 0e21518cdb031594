package org.annals.timeline;

import java.time.LocalDate;
import org.annals.article.StableId;
import org.annals.mention.EventMention;

/** Hand-built event mentions, as the language core would emit them. */
final class Mentions {

  private String articleId = "a1";
  private String source = "reuters.com";
  private LocalDate published = LocalDate.of(2012, 4, 23);
  private int sentenceIndex = 0;
  private String sentence = "";
  private String sourceActor = "TJKGOV";
  private String sourceName = "Tajikistan";
  private String targetActor = "RUS";
  private String targetName = "Russia";
  private String code = "173";
  private String root = "17";
  private String label = "Arrest, detain, or charge with legal action";
  private int quad = 4;
  private double goldstein = -5.0;
  private String modality = "asserted";
  private boolean negated = false;
  private LocalDate begin;
  private LocalDate end;
  private String granularity;
  private String dateText = "";
  private String basis = "unknown";
  private double sentiment = -0.3;
  private double confidence = 0.8;

  static Mentions mention() {
    return new Mentions();
  }

  Mentions article(String id, String outlet, LocalDate day) {
    this.articleId = id;
    this.source = outlet;
    this.published = day;
    return this;
  }

  Mentions sentence(int index, String text) {
    this.sentenceIndex = index;
    this.sentence = text;
    return this;
  }

  Mentions actors(String src, String srcName, String tgt, String tgtName) {
    this.sourceActor = src;
    this.sourceName = srcName;
    this.targetActor = tgt;
    this.targetName = tgtName;
    return this;
  }

  Mentions event(String code, String label, int quad, double goldstein) {
    this.code = code;
    this.root = code.substring(0, 2);
    this.label = label;
    this.quad = quad;
    this.goldstein = goldstein;
    return this;
  }

  Mentions day(LocalDate day, String basis, String text) {
    return interval(day, day, "day", basis, text);
  }

  Mentions month(int year, int month, String basis, String text) {
    LocalDate first = LocalDate.of(year, month, 1);
    return interval(first, first.plusMonths(1).minusDays(1), "month", basis, text);
  }

  Mentions year(int year, String basis, String text) {
    return interval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "year", basis, text);
  }

  Mentions interval(LocalDate b, LocalDate e, String gran, String basis, String text) {
    this.begin = b;
    this.end = e;
    this.granularity = gran;
    this.basis = basis;
    this.dateText = text;
    return this;
  }

  Mentions undated() {
    return interval(null, null, null, "unknown", "");
  }

  Mentions modality(String m) {
    this.modality = m;
    this.negated = m.equals("negated");
    return this;
  }

  Mentions tone(double sentiment, double confidence) {
    this.sentiment = sentiment;
    this.confidence = confidence;
    return this;
  }

  EventMention build() {
    String id = StableId.of(articleId, sentenceIndex, code, sourceActor, targetActor, begin);
    return new EventMention(
        id,
        articleId,
        source,
        published,
        sentenceIndex,
        0,
        sentence.length(),
        sentence,
        sourceActor,
        sourceName,
        targetActor,
        targetName,
        code,
        root,
        label,
        quad,
        goldstein,
        modality,
        negated,
        begin,
        end,
        granularity,
        dateText,
        basis,
        sentiment,
        confidence);
  }
}
