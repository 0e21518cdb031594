package org.annals.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annals.actor.ActorMention;
import org.annals.actor.ActorRecognizer;
import org.annals.article.Article;
import org.annals.article.StableId;
import org.annals.event.CodedEvent;
import org.annals.event.EventCodebook;
import org.annals.event.EventCoder;
import org.annals.event.EventType;
import org.annals.sentiment.MentionTone;
import org.annals.sentiment.SentimentScorer;
import org.annals.text.Sentence;
import org.annals.text.SentenceSplitter;
import org.annals.time.DateInterval;
import org.annals.time.DatingTarget;
import org.annals.time.EventDate;
import org.annals.time.EventDater;
import org.annals.time.TemporalExpression;
import org.annals.time.TemporalTagger;

/**
 * The language core: {@code Article -> AnalyzedArticle}. Sentences, temporal expressions, actors,
 * events, their dates and tone, assembled into {@link EventMention}s.
 *
 * <p>Deterministic and free of Spark. Thread-safe when its components are (the standard ones are):
 * build one per executor with {@link #standard()} and share it.
 */
public final class ArticleAnalyzer {

  private final SentenceSplitter splitter;
  private final TemporalTagger tagger;
  private final ActorRecognizer actors;
  private final EventCoder coder;
  private final EventDater dater;
  private final SentimentScorer sentiment;
  private final EventCodebook codebook;

  public ArticleAnalyzer(
      SentenceSplitter splitter,
      TemporalTagger tagger,
      ActorRecognizer actors,
      EventCoder coder,
      EventDater dater,
      SentimentScorer sentiment,
      EventCodebook codebook) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.actors = Objects.requireNonNull(actors, "actors");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.dater = Objects.requireNonNull(dater, "dater");
    this.sentiment = Objects.requireNonNull(sentiment, "sentiment");
    this.codebook = Objects.requireNonNull(codebook, "codebook");
  }

  /** The analyzer with annals' own components and dictionaries; built once per JVM. */
  public static ArticleAnalyzer standard() {
    return Holder.STANDARD;
  }

  public AnalyzedArticle analyze(Article article) {
    String text = article.text();
    LocalDate published = article.published();
    List<Sentence> sentences = splitter.split(text);
    List<TemporalExpression> expressions = tagger.tag(text, published);
    List<ActorMention> found = actors.find(text, sentences, published);

    List<CodedEvent> events = new ArrayList<>();
    int a = 0;
    for (Sentence s : sentences) {
      int from = a;
      while (a < found.size() && found.get(a).begin() < s.end()) {
        a++;
      }
      List<ActorMention> inSentence = found.subList(from, a);
      if (!inSentence.isEmpty()) {
        events.addAll(coder.code(s, inSentence));
      }
    }

    List<DatingTarget> targets = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      targets.add(
          new DatingTarget(
              e.sentenceIndex(), e.begin(), e.end(), e.triggerBegin(), e.triggerEnd()));
    }
    List<EventDate> dates = dater.date(text, sentences, expressions, targets, published);
    EventDate main = dater.mainEventDate(text, sentences, expressions, dates, published);

    Map<String, EventMention> mentions = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      EventMention m = mention(article, sentences, events.get(i), dates.get(i));
      mentions.putIfAbsent(m.mentionId(), m);
    }
    return new AnalyzedArticle(
        article, sentences.size(), List.copyOf(mentions.values()), main, expressions);
  }

  private EventMention mention(
      Article article, List<Sentence> sentences, CodedEvent e, EventDate date) {
    Sentence s = sentences.get(e.sentenceIndex());
    EventType type =
        codebook
            .lookup(e.code())
            .orElseThrow(() -> new IllegalStateException("code not in codebook: " + e.code()));
    String clause = article.text().substring(e.begin(), e.end());
    double tone = MentionTone.of(sentiment.score(clause), type.goldstein(), e.negated());
    ActorMention src = e.source();
    ActorMention tgt = e.target();
    DateInterval when = date.interval();
    String id =
        StableId.of(
            article.id(),
            e.sentenceIndex(),
            e.begin(),
            e.triggerBegin(),
            e.code(),
            src.code(),
            tgt == null ? "" : tgt.code());
    return new EventMention(
        id,
        article.id(),
        article.source(),
        article.published(),
        e.sentenceIndex(),
        e.begin(),
        e.end(),
        s.text(),
        src.code(),
        src.name(),
        tgt == null ? null : tgt.code(),
        tgt == null ? null : tgt.name(),
        type.code(),
        type.root(),
        type.label(),
        type.quadClass(),
        type.goldstein(),
        e.modality().label(),
        e.negated(),
        when == null ? null : when.begin(),
        when == null ? null : when.end(),
        when == null ? null : when.granularity().label(),
        date.text(),
        date.basis().label(),
        tone,
        e.confidence());
  }

  private static final class Holder {
    static final ArticleAnalyzer STANDARD =
        new ArticleAnalyzer(
            SentenceSplitter.standard(),
            TemporalTagger.standard(),
            ActorRecognizer.standard(),
            EventCoder.standard(),
            EventDater.standard(),
            SentimentScorer.standard(),
            EventCodebook.standard());
  }
}
