package org.annals.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.annals.mention.EventMention;
import org.junit.jupiter.api.Test;

/**
 * {@link TimelineBuilder#build} gives what the job's steps give, taken one by one as the job takes
 * them: group by blocking key with the article's story, merge each block, key each mention's
 * observations by its event, aggregate per key, merge date evidence by date and rank.
 */
class TimelineBuilderTest {

  static final String[] ACTORS = {"TJK", "RUS", "UZB", "---", "TJKGOV", "RUSMIL"};

  static List<EventMention> mentions(int n) {
    SplittableRandom rnd = new SplittableRandom(42);
    List<EventMention> out = new ArrayList<>();
    LocalDate start = LocalDate.of(2012, 1, 1);
    for (int i = 0; i < n; i++) {
      String article = "a" + rnd.nextInt(n / 3 + 1);
      LocalDate published = start.plusDays(rnd.nextInt(90));
      Mentions m =
          Mentions.mention()
              .article(article, "outlet" + rnd.nextInt(3), published)
              .sentence(i, "Sentence " + i + ".")
              .actors(
                  ACTORS[rnd.nextInt(ACTORS.length)],
                  "source",
                  rnd.nextInt(6) == 0 ? null : ACTORS[rnd.nextInt(ACTORS.length)],
                  "target")
              .event(rnd.nextBoolean() ? "173" : "051", "label", rnd.nextInt(4) + 1, -2.5)
              .tone(rnd.nextDouble() * 2 - 1, rnd.nextDouble())
              .modality(rnd.nextInt(7) == 0 ? "planned" : "asserted");
      switch (rnd.nextInt(4)) {
        case 0 -> m.day(published.minusDays(rnd.nextInt(3)), "explicit", "on Monday");
        case 1 -> m.day(published, "publication", "");
        case 2 -> m.month(2012, 1 + rnd.nextInt(3), "explicit", "in January");
        default -> m.undated();
      }
      out.add(m.build());
    }
    return out;
  }

  @Test
  void buildIsTheJobsStepsOneByOne() {
    List<EventMention> mentions = mentions(600);
    Map<String, String> stories = new HashMap<>();
    for (EventMention m : mentions) {
      if (m.articleId().hashCode() % 3 == 0) {
        stories.put(m.articleId(), "story-" + (m.articleId().hashCode() % 5));
      }
    }
    List<DateEvidence> articleEvidence = new ArrayList<>();
    for (int a = 0; a < 200; a++) {
      LocalDate published = LocalDate.of(2012, 1, 1).plusDays(a % 90);
      List<DateReference> refs =
          List.of(
              new DateReference("a" + a, published, published.minusDays(a % 5), 1 + a % 2, "s"));
      articleEvidence.addAll(DateEvidence.ofArticle(published, refs));
    }

    TimelineBuilder.Tables built = TimelineBuilder.build(mentions, stories::get, articleEvidence);

    Map<String, List<EventMention>> blocks = new TreeMap<>();
    for (EventMention m : mentions) {
      blocks
          .computeIfAbsent(
              TimelineBuilder.blockingKey(m, stories.get(m.articleId())), k -> new ArrayList<>())
          .add(m);
    }
    List<TimelineEvent> events = new ArrayList<>();
    blocks.values().forEach(b -> events.addAll(TimelineMerger.merge(b)));
    Map<String, TimelineEvent> eventOf = new HashMap<>();
    events.forEach(e -> e.mentionIds().forEach(id -> eventOf.put(id, e)));
    Map<DyadKey, List<DyadObservation>> byKey = new HashMap<>();
    for (EventMention m : mentions) {
      TimelineEvent e = eventOf.get(m.mentionId());
      DyadObservation o = DyadObservation.of(m, e.eventId());
      for (DyadKey k : DyadPeriod.keys(m, e)) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
      }
    }
    List<DyadPeriod> dyads = new ArrayList<>();
    byKey.forEach((k, o) -> dyads.add(DyadPeriod.aggregate(k, o)));
    List<DateEvidence> evidence = new ArrayList<>(articleEvidence);
    events.forEach(e -> evidence.addAll(DateEvidence.ofEvent(e)));

    Comparator<TimelineEvent> byId = Comparator.comparing(TimelineEvent::eventId);
    assertEquals(sorted(events, byId), sorted(built.events(), byId));
    Comparator<DyadPeriod> byDyad = Comparator.comparing(DyadPeriod::toString);
    assertEquals(sorted(dyads, byDyad), sorted(built.dyads(), byDyad));
    assertEquals(KeyDateRanker.STANDARD.rank(evidence), built.keyDates());
    assertEquals(mentions.size(), built.eventIdOfMention().size());
    assertTrue(built.events().size() < mentions.size(), "some mentions merged");
    assertTrue(built.dyads().size() > 20, "dyads: " + built.dyads().size());
  }

  @Test
  void anArticleInNoStoryIsAStoryOfItsOwn() {
    EventMention unknown =
        Mentions.mention()
            .actors("---", "someone", "RUS", "Russia")
            .day(LocalDate.of(2012, 4, 17), "explicit", "on April 17")
            .build();
    assertEquals(
        TimelineBuilder.blockingKey(unknown, TimelineBuilder.aloneStory(unknown.articleId())),
        TimelineBuilder.blockingKey(unknown, null));
    assertTrue(TimelineBuilder.blockingKey(unknown, null).contains("|story:"));
  }

  private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    List<T> out = new ArrayList<>(items);
    out.sort(order);
    return out;
  }
}
