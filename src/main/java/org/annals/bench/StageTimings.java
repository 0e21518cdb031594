package org.annals.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.actor.ActorMention;
import org.annals.actor.ActorRecognizer;
import org.annals.article.Article;
import org.annals.event.EventCoder;
import org.annals.mention.ArticleAnalyzer;
import org.annals.sentiment.SentimentScorer;
import org.annals.text.Sentence;
import org.annals.text.SentenceSplitter;
import org.annals.time.TemporalTagger;

/**
 * Time spent per article in each stage of the language core, on one thread: sentence splitting,
 * temporal tagging, actors, event coding, sentiment of every sentence, and the whole analyzer. A
 * coarse, whole-corpus complement to the JMH benchmarks under {@code src/test/java/.../bench}.
 */
public final class StageTimings {

  private StageTimings() {}

  /** Milliseconds per article for each stage, after {@code warmup} untimed articles. */
  public static Map<String, Double> measure(List<Article> articles, int warmup) {
    SentenceSplitter splitter = SentenceSplitter.standard();
    TemporalTagger tagger = TemporalTagger.standard();
    ActorRecognizer actors = ActorRecognizer.standard();
    EventCoder coder = EventCoder.standard();
    SentimentScorer sentiment = SentimentScorer.standard();
    ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
    for (int i = 0; i < Math.min(warmup, articles.size()); i++) {
      analyzer.analyze(articles.get(i));
    }
    long[] t = new long[6];
    for (Article a : articles) {
      long s = System.nanoTime();
      List<Sentence> sentences = splitter.split(a.text());
      long e = System.nanoTime();
      t[0] += e - s;
      tagger.tag(a.text(), a.published());
      s = System.nanoTime();
      t[1] += s - e;
      List<ActorMention> found = actors.find(a.text(), sentences, a.published());
      e = System.nanoTime();
      t[2] += e - s;
      int from = 0;
      for (Sentence sentence : sentences) {
        int to = from;
        while (to < found.size() && found.get(to).begin() < sentence.end()) {
          to++;
        }
        if (to > from) {
          coder.code(sentence, new ArrayList<>(found.subList(from, to)));
        }
        from = to;
      }
      s = System.nanoTime();
      t[3] += s - e;
      for (Sentence sentence : sentences) {
        sentiment.score(sentence.text());
      }
      e = System.nanoTime();
      t[4] += e - s;
      analyzer.analyze(a);
      t[5] += System.nanoTime() - e;
    }
    String[] names = {
      "sentences",
      "temporal_tagging",
      "actors",
      "event_coding",
      "sentiment_all_sentences",
      "whole_core"
    };
    Map<String, Double> perArticle = new LinkedHashMap<>();
    double n = Math.max(1, articles.size());
    for (int i = 0; i < names.length; i++) {
      perArticle.put(names[i], t[i] / 1e6 / n);
    }
    return perArticle;
  }
}
