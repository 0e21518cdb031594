package org.annals.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annals.article.Article;
import org.annals.story.StoryClusterer;
import org.annals.story.StoryLink;
import org.annals.story.StorySignature;
import org.annals.story.TermStatistics;
import org.annals.timeline.TimelineBuilder;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Articles to story ids, at scale and with the same result as {@link StoryClusterer#cluster}:
 * document frequencies counted with a reduce and broadcast; signatures; blocking keys; the
 * same-story test on pairs within each block ({@link StoryClusterer#sameStoryPairs}); the linked
 * pairs collected and joined into stories on the driver ({@link StoryClusterer#stories}). Articles
 * linked to no other get the story id of a one-article story.
 */
final class StoryStage {

  private StoryStage() {}

  static JavaPairRDD<String, String> storyIds(JavaSparkContext jsc, JavaRDD<Article> articles) {
    Map<String, Long> df =
        articles
            .flatMap(a -> StoryClusterer.standard().documentTerms(a).iterator())
            .mapToPair(t -> new Tuple2<>(t, 1L))
            .reduceByKey(Long::sum)
            .filter(t -> t._2() > 1)
            .collectAsMap();
    long n = articles.count();
    Broadcast<TermStatistics> stats = jsc.broadcast(TermStatistics.of(n, new HashMap<>(df)));
    JavaRDD<StorySignature> signatures =
        articles.mapPartitions(
            it -> {
              StoryClusterer c = StoryClusterer.standard().withStatistics(stats.value());
              List<StorySignature> out = new ArrayList<>();
              it.forEachRemaining(a -> out.add(c.signature(a)));
              return out.iterator();
            });
    List<StoryLink> links =
        signatures
            .flatMapToPair(
                s -> {
                  List<Tuple2<String, StorySignature>> out = new ArrayList<>();
                  for (String k : StoryClusterer.standard().blockingKeys(s)) {
                    out.add(new Tuple2<>(k, s));
                  }
                  return out.iterator();
                })
            .groupByKey()
            .flatMap(
                block -> {
                  List<StorySignature> members = new ArrayList<>();
                  block._2().forEach(members::add);
                  return spanning(
                          StoryClusterer.standard()
                              .withStatistics(stats.value())
                              .sameStoryPairs(members))
                      .iterator();
                })
            .distinct()
            .collect();
    stats.destroy();
    Set<String> linked = new TreeSet<>();
    for (StoryLink l : links) {
      linked.add(l.first());
      linked.add(l.second());
    }
    List<Tuple2<String, String>> storyOf = new ArrayList<>(linked.size());
    StoryClusterer.stories(linked, links)
        .forEach((id, story) -> storyOf.add(new Tuple2<>(id, story)));
    return jsc.parallelizePairs(storyOf);
  }

  /**
   * The same components with fewer links: each article of a component linked to the component's
   * smallest id. A block of n articles then sends at most n - 1 links to the driver, not n².
   */
  static List<StoryLink> spanning(List<StoryLink> links) {
    if (links.size() < 2) {
      return links;
    }
    Set<String> ids = new TreeSet<>();
    for (StoryLink l : links) {
      ids.add(l.first());
      ids.add(l.second());
    }
    Map<String, String> storyOf = StoryClusterer.stories(ids, links);
    Map<String, String> smallest = new HashMap<>();
    storyOf.forEach(
        (id, story) -> smallest.merge(story, id, (a, b) -> a.compareTo(b) <= 0 ? a : b));
    List<StoryLink> out = new ArrayList<>();
    storyOf.forEach(
        (id, story) -> {
          String root = smallest.get(story);
          if (!root.equals(id)) {
            out.add(new StoryLink(root, id));
          }
        });
    return out;
  }

  /** The story id of an article no other article was linked to. */
  static String alone(String articleId) {
    return TimelineBuilder.aloneStory(articleId);
  }
}
