package org.annals.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annals.mention.EventMention;
import org.annals.timeline.TimelineEvent;
import org.annals.timeline.TimelineMerger;

/**
 * Measures cross-article merging against articles labelled with the real-world story they report
 * (the news-cluster set): an event merged from several articles should draw them from one story.
 *
 * <ul>
 *   <li>precision: of the events merged from two or more articles, the share whose articles all
 *       belong to one gold story;
 *   <li>pair recall: of the pairs of articles of one gold story, the share that share at least one
 *       event. Its ceiling is far below 1: two reports of one story need not report a common coded
 *       event, so read it to compare settings, not as an absolute.
 * </ul>
 *
 * <p>Mentions are grouped as the job groups them, by {@link
 * TimelineMerger#blockingKey(EventMention, String)} with the given story of each article (null: the
 * article scope), then merged per block.
 */
public final class TimelineMergeEvaluator {

  /** Counts and the two scores. */
  public record Scores(
      int mentions,
      int events,
      int multiArticleEvents,
      int sameStoryEvents,
      long linkedStoryPairs,
      long storyPairs) {

    public double precision() {
      return multiArticleEvents == 0 ? 0 : (double) sameStoryEvents / multiArticleEvents;
    }

    public double pairRecall() {
      return storyPairs == 0 ? 0 : (double) linkedStoryPairs / storyPairs;
    }
  }

  private TimelineMergeEvaluator() {}

  /**
   * @param mentions the mentions of every labelled article
   * @param goldStory article id to its gold story
   * @param storyScope article id to the story used to scope unknown actors, or null for the article
   *     scope
   */
  public static Scores score(
      Collection<EventMention> mentions,
      Map<String, String> goldStory,
      Map<String, String> storyScope) {
    Map<String, List<EventMention>> blocks = new HashMap<>();
    for (EventMention m : mentions) {
      String story = storyScope == null ? null : storyScope.get(m.articleId());
      blocks.computeIfAbsent(TimelineMerger.blockingKey(m, story), k -> new ArrayList<>()).add(m);
    }
    List<TimelineEvent> events = new ArrayList<>();
    for (List<EventMention> block : blocks.values()) {
      events.addAll(TimelineMerger.merge(block));
    }

    int multi = 0;
    int same = 0;
    Set<String> linked = new HashSet<>();
    for (TimelineEvent e : events) {
      if (e.nArticles() < 2) {
        continue;
      }
      multi++;
      Set<String> stories = new TreeSet<>();
      for (String id : e.articleIds()) {
        stories.add(String.valueOf(goldStory.get(id)));
      }
      if (stories.size() == 1) {
        same++;
      }
      List<String> ids = e.articleIds();
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          String si = goldStory.get(ids.get(i));
          if (si != null && si.equals(goldStory.get(ids.get(j)))) {
            linked.add(ids.get(i) + '\u001f' + ids.get(j));
          }
        }
      }
    }
    Map<String, Integer> storySizes = new HashMap<>();
    goldStory.values().forEach(s -> storySizes.merge(s, 1, Integer::sum));
    long pairs = 0;
    for (int n : storySizes.values()) {
      pairs += (long) n * (n - 1) / 2;
    }
    return new Scores(mentions.size(), events.size(), multi, same, linked.size(), pairs);
  }
}
