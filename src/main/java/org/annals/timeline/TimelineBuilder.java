package org.annals.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.annals.mention.EventMention;
import org.annals.story.StoryClusterer;

/**
 * The derived tables ({@code timeline}, {@code dyads}, {@code key_dates}) from mentions, stories
 * and date evidence, by the rules the job applies at scale. The job calls the per-element steps
 * ({@link #blockingKey}, {@link TimelineMerger#merge} per block, {@link #dyadObservations}, {@link
 * DyadPeriod#aggregate} per key, {@link #keyDates}) in Spark; {@link #build} runs the same steps on
 * plain collections in one JVM, as a publish does when it recomputes the tables over everything
 * published. Both give the same rows for the same mentions, stories and evidence.
 *
 * <p>Stateless and thread-safe; {@link #build} merges blocks and aggregates dyads on the common
 * fork-join pool. Its results are sorted as the job sorts the tables, so they do not depend on
 * scheduling.
 */
public final class TimelineBuilder {

  private TimelineBuilder() {}

  /** The derived tables: events (with the ids of their mentions), dyad periods and key dates. */
  public record Tables(List<TimelineEvent> events, List<DyadPeriod> dyads, List<KeyDate> keyDates) {

    /** Each mention's event id. */
    public Map<String, String> eventIdOfMention() {
      Map<String, String> out = new HashMap<>();
      for (TimelineEvent e : events) {
        for (String m : e.mentionIds()) {
          out.put(m, e.eventId());
        }
      }
      return out;
    }
  }

  /** The story id of an article no other article was linked to: a story of its own. */
  public static String aloneStory(String articleId) {
    return StoryClusterer.storyId(List.of(articleId));
  }

  /**
   * The key mentions are grouped by before {@link TimelineMerger#merge}: {@link
   * TimelineMerger#blockingKey(EventMention, String)} with the story of the mention's article, or
   * the article's own story when it is in none ({@code storyId} null).
   */
  public static String blockingKey(EventMention m, String storyId) {
    return TimelineMerger.blockingKey(m, storyId != null ? storyId : aloneStory(m.articleId()));
  }

  /**
   * The dyad periods a mention of {@code event} counts in, each with the mention's observation, to
   * be grouped by key and aggregated with {@link DyadPeriod#aggregate}.
   */
  public static List<Map.Entry<DyadKey, DyadObservation>> dyadObservations(
      EventMention m, TimelineEvent event) {
    List<DyadKey> keys = DyadPeriod.keys(m, event);
    if (keys.isEmpty()) {
      return List.of();
    }
    DyadObservation o = DyadObservation.of(m, event.eventId());
    List<Map.Entry<DyadKey, DyadObservation>> out = new ArrayList<>(keys.size());
    for (DyadKey k : keys) {
      out.add(Map.entry(k, o));
    }
    return out;
  }

  /**
   * The key dates, ranked: the articles' evidence ({@link DateEvidence#ofArticle}, in any grouping)
   * and the events' ({@link DateEvidence#ofEvent}), merged by date.
   */
  public static List<KeyDate> keyDates(Collection<DateEvidence> perDate) {
    return KeyDateRanker.STANDARD.rank(perDate);
  }

  /**
   * Every derived table from plain collections.
   *
   * @param mentions every mention
   * @param storyOfArticle the story id of an article, or null for an article in no story
   * @param articleEvidence the articles' date evidence ({@link DateEvidence#ofArticle} of each, or
   *     its parts: {@link DateReference#evidence} and {@link DateEvidence#ofPublication})
   */
  public static Tables build(
      Collection<EventMention> mentions,
      Function<String, String> storyOfArticle,
      Collection<DateEvidence> articleEvidence) {
    Map<String, List<EventMention>> blocks = new HashMap<>();
    for (EventMention m : mentions) {
      blocks
          .computeIfAbsent(
              blockingKey(m, storyOfArticle.apply(m.articleId())), k -> new ArrayList<>())
          .add(m);
    }
    // Blocks are independent and the merger is stateless: merge them on every core.
    List<TimelineEvent> events =
        new ArrayList<>(
            blocks.values().parallelStream()
                .flatMap(block -> TimelineMerger.merge(block).stream())
                .toList());
    blocks.clear();
    events.sort(
        Comparator.comparing(
                TimelineEvent::eventDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEvent::eventId));
    Map<String, TimelineEvent> eventOf = new HashMap<>();
    for (TimelineEvent e : events) {
      for (String id : e.mentionIds()) {
        eventOf.put(id, e);
      }
    }
    Map<DyadKey, List<DyadObservation>> byKey = new HashMap<>();
    for (EventMention m : mentions) {
      TimelineEvent e = eventOf.get(m.mentionId());
      for (Map.Entry<DyadKey, DyadObservation> o : dyadObservations(m, e)) {
        byKey.computeIfAbsent(o.getKey(), k -> new ArrayList<>()).add(o.getValue());
      }
    }
    List<DyadPeriod> dyads =
        new ArrayList<>(
            byKey.entrySet().parallelStream()
                .map(e -> DyadPeriod.aggregate(e.getKey(), e.getValue()))
                .toList());
    byKey.clear();
    dyads.sort(
        Comparator.comparing(DyadPeriod::periodType)
            .thenComparing(DyadPeriod::period)
            .thenComparing(DyadPeriod::actorA)
            .thenComparing(DyadPeriod::actorB)
            .thenComparing(DyadPeriod::directed));
    Map<java.time.LocalDate, DateEvidence> perDate = new TreeMap<>();
    for (DateEvidence d : articleEvidence) {
      perDate.merge(d.date(), d, DateEvidence::merge);
    }
    for (TimelineEvent e : events) {
      for (DateEvidence d : DateEvidence.ofEvent(e)) {
        perDate.merge(d.date(), d, DateEvidence::merge);
      }
    }
    return new Tables(events, dyads, keyDates(perDate.values()));
  }
}
