package org.annals.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.annals.article.Article;
import org.annals.article.PublishedBasis;
import org.annals.eval.Timeline17.GoldTimeline;
import org.annals.eval.Timeline17.Topic;
import org.annals.eval.Timeline17.TopicArticle;
import org.annals.mention.AnalyzedArticle;
import org.annals.mention.ArticleAnalyzer;
import org.annals.mention.EventMention;
import org.annals.time.EventDate;
import org.annals.time.TemporalTagger;
import org.annals.timeline.DateEvidence;
import org.annals.timeline.KeyDate;
import org.annals.timeline.KeyDateRanker;
import org.annals.timeline.TimelineEvent;
import org.annals.timeline.TimelineMerger;

/**
 * Measures {@link KeyDateRanker} against journalists' timelines with the protocol of news-tls
 * (Ghalandari and Ifrim, 2020): for each gold timeline, only the articles published within its
 * first and last date are read, only dates in that range are candidates, the top k dates are
 * predicted with k the number of gold dates, and Date-F1 compares the two date sets.
 *
 * <p>Two baselines are scored on the same articles: PubCount (dates ranked by articles published on
 * them) and MentionCount (dates ranked by the number of references to them, from the same date
 * source as annals). Ties go to the earlier date everywhere.
 *
 * <p>The date source is a function from an article to what the evaluator needs of it: the language
 * core ({@link #core}), the temporal tagger alone ({@link #tagger}), or the dates the dataset ships
 * ({@link #datasetDates}), which separates the ranking from the tagger. Articles are analysed at
 * most once per evaluator. Not thread-safe.
 */
public final class KeyDateEvaluator {

  /** What one article tells the evaluator. */
  public record Findings(List<DateEvidence> evidence, List<EventMention> mentions) {}

  /** The scores for one gold timeline. */
  public record TimelineResult(
      String topic,
      String timeline,
      int goldDates,
      int articles,
      int failedArticles,
      DateF1 annals,
      DateF1 pubCount,
      DateF1 mentionCount,
      List<KeyDate> predicted) {}

  private final KeyDateRanker ranker;
  private final Function<TopicArticle, Findings> source;
  private final Map<TopicArticle, Findings> cache = new HashMap<>();
  private int failures;

  public KeyDateEvaluator(KeyDateRanker ranker, Function<TopicArticle, Findings> source) {
    this.ranker = Objects.requireNonNull(ranker, "ranker");
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Every gold timeline of {@code topic}, scored. */
  public List<TimelineResult> evaluate(Topic topic) {
    List<TimelineResult> out = new ArrayList<>();
    for (GoldTimeline gold : topic.timelines()) {
      if (!gold.dates().isEmpty()) {
        out.add(evaluate(topic, gold));
      }
    }
    return out;
  }

  TimelineResult evaluate(Topic topic, GoldTimeline gold) {
    LocalDate start = gold.dates().get(0);
    LocalDate end = gold.dates().get(gold.dates().size() - 1);
    int k = gold.dates().size();
    int failedBefore = failures;

    List<DateEvidence> evidence = new ArrayList<>();
    List<EventMention> mentions = new ArrayList<>();
    Map<LocalDate, Long> published = new TreeMap<>();
    int n = 0;
    for (TopicArticle a : topic.articles()) {
      if (a.dct() == null || a.dct().isBefore(start) || a.dct().isAfter(end)) {
        continue;
      }
      n++;
      published.merge(a.dct(), 1L, Long::sum);
      Findings f = cache.computeIfAbsent(a, this::analyse);
      evidence.addAll(f.evidence());
      mentions.addAll(f.mentions());
    }
    for (TimelineEvent e : TimelineMerger.mergeAll(mentions)) {
      evidence.addAll(DateEvidence.ofEvent(e));
    }

    List<KeyDate> predicted = ranker.rank(evidence, start, end, k);
    Map<LocalDate, Long> references = new TreeMap<>();
    for (DateEvidence e : evidence) {
      if (!e.date().isBefore(start) && !e.date().isAfter(end)) {
        references.merge(e.date(), e.references(), Long::sum);
      }
    }
    return new TimelineResult(
        topic.name(),
        gold.name(),
        k,
        n,
        failures - failedBefore,
        DateF1.of(predicted.stream().map(KeyDate::date).toList(), gold.dates()),
        DateF1.of(top(published, k), gold.dates()),
        DateF1.of(top(references, k), gold.dates()),
        predicted);
  }

  private Findings analyse(TopicArticle a) {
    try {
      return source.apply(a);
    } catch (RuntimeException e) {
      failures++;
      List<DateEvidence> publishedOnly =
          a.dct() == null
              ? List.of()
              : List.of(new DateEvidence(a.dct(), 0, 0, 1, 0, 0, null, 0, 0, null, null, null));
      return new Findings(publishedOnly, List.of());
    }
  }

  private static List<LocalDate> top(Map<LocalDate, Long> counts, int k) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(
            Comparator.comparing((Map.Entry<LocalDate, Long> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .limit(k)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The dataset article as annals reads it: detokenised text, published on its dct. */
  public static Article article(String topic, TopicArticle a) {
    return new Article(
        a.uid(),
        topic.contains("_") ? topic.substring(topic.lastIndexOf('_') + 1) : topic,
        "",
        "",
        a.dct(),
        a.dct() == null ? PublishedBasis.UNKNOWN : PublishedBasis.METADATA,
        Timeline17.detokenize(a.text()),
        topic + "/articles.json",
        0);
  }

  /** Dates and events from the whole language core. */
  public static Function<TopicArticle, Findings> core(ArticleAnalyzer analyzer, String topic) {
    return a -> {
      AnalyzedArticle analyzed = analyzer.analyze(article(topic, a));
      return new Findings(DateEvidence.ofArticle(analyzed), analyzed.mentions());
    };
  }

  /** Dates from the temporal tagger alone; no events. */
  public static Function<TopicArticle, Findings> tagger(TemporalTagger tagger, String topic) {
    return a -> {
      Article article = article(topic, a);
      AnalyzedArticle analyzed =
          new AnalyzedArticle(
              article,
              0,
              List.of(),
              EventDate.unknown(),
              tagger.tag(article.text(), article.published()));
      return new Findings(DateEvidence.ofArticle(analyzed), List.of());
    };
  }

  /** The dates the dataset ships with each article (its own tagger's); no events. */
  public static Function<TopicArticle, Findings> datasetDates() {
    return a -> {
      Map<LocalDate, DateEvidence> byDay = new TreeMap<>();
      for (LocalDate d : a.datasetDates()) {
        DateEvidence one = new DateEvidence(d, 1, 1, 0, 0, 0, null, 0, 0, null, null, null);
        byDay.merge(
            d,
            one,
            (x, y) ->
                new DateEvidence(d, 1, x.references() + 1, 0, 0, 0, null, 0, 0, null, null, null));
      }
      if (a.dct() != null) {
        byDay.merge(
            a.dct(),
            new DateEvidence(a.dct(), 0, 0, 1, 0, 0, null, 0, 0, null, null, null),
            DateEvidence::merge);
      }
      return new Findings(new ArrayList<>(byDay.values()), List.of());
    };
  }
}
