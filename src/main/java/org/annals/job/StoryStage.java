package org.annals.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.annals.article.Article;
import org.annals.story.StoryClusterer;
import org.annals.story.StorySignature;
import org.annals.story.TermStatistics;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Articles to story ids, at scale and with the same result as {@link StoryClusterer#cluster}:
 * document frequencies counted with a reduce and broadcast; signatures; blocking keys; the
 * same-story test on pairs within each block (blocks over {@link StoryClusterer#MAX_BLOCK} are
 * skipped, as locally); the linked pairs collected and joined with union-find on the driver.
 * Articles linked to no other get the story id of a one-article story.
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
    List<Tuple2<String, String>> links =
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
            .flatMap(block -> sameStoryPairs(block._2(), stats.value()))
            .distinct()
            .collect();
    stats.destroy();
    return jsc.parallelizePairs(components(links));
  }

  private static java.util.Iterator<Tuple2<String, String>> sameStoryPairs(
      Iterable<StorySignature> block, TermStatistics stats) {
    List<StorySignature> members = new ArrayList<>();
    block.forEach(members::add);
    List<Tuple2<String, String>> out = new ArrayList<>();
    if (members.size() > StoryClusterer.MAX_BLOCK) {
      return out.iterator();
    }
    StoryClusterer c = StoryClusterer.standard().withStatistics(stats);
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        StorySignature a = members.get(i);
        StorySignature b = members.get(j);
        if (c.sameStory(a, b)) {
          boolean aFirst = a.articleId().compareTo(b.articleId()) < 0;
          out.add(
              aFirst
                  ? new Tuple2<>(a.articleId(), b.articleId())
                  : new Tuple2<>(b.articleId(), a.articleId()));
        }
      }
    }
    return out.iterator();
  }

  /** Union-find over the linked pairs: every linked article to its story's id. */
  private static List<Tuple2<String, String>> components(List<Tuple2<String, String>> links) {
    Map<String, String> parent = new HashMap<>();
    for (Tuple2<String, String> l : links) {
      union(parent, l._1(), l._2());
    }
    Map<String, TreeSet<String>> members = new HashMap<>();
    for (String id : parent.keySet()) {
      members.computeIfAbsent(find(parent, id), r -> new TreeSet<>()).add(id);
    }
    List<Tuple2<String, String>> out = new ArrayList<>(parent.size());
    for (TreeSet<String> ids : members.values()) {
      String story = StoryClusterer.storyId(ids);
      for (String id : ids) {
        out.add(new Tuple2<>(id, story));
      }
    }
    return out;
  }

  private static String find(Map<String, String> parent, String x) {
    String root = x;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    while (!parent.get(x).equals(root)) {
      String next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
  }

  /** The story id of an article no other article was linked to. */
  static String alone(String articleId) {
    return StoryClusterer.storyId(List.of(articleId));
  }
}
