package org.annals.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.article.Article;
import org.annals.article.PublishedBasis;
import org.annals.mention.ArticleAnalyzer;
import org.annals.mention.EventMention;
import org.junit.jupiter.api.Test;

/**
 * The design's acceptance example, end to end through the standard language core (no Spark): the
 * seed article's dyads are negative for RUS-TJK in 2011-11 (the jailing) and positive for TJK to
 * RUS in 2012-04 ("main strategic partner"). Run: {@code mvn -o test -Dtest=SeedTimelineIT}.
 */
class SeedTimelineIT {

  private static List<EventMention> seedMentions() throws IOException {
    String text;
    try (InputStream in =
        SeedTimelineIT.class.getResourceAsStream("/time/tajikistan-2012-04-23.txt")) {
      assertNotNull(in, "seed fixture");
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int end = text.indexOf("Leave a Reply");
    Article seed =
        new Article(
            "seed",
            "reuters.com",
            "",
            "",
            LocalDate.of(2012, 4, 23),
            PublishedBasis.METADATA,
            end < 0 ? text : text.substring(0, end),
            "seed",
            0);
    return ArticleAnalyzer.standard().analyze(seed).mentions();
  }

  @Test
  void seedArticleGivesTheDesignsDyads() throws IOException {
    List<EventMention> mentions = seedMentions();
    Map<String, TimelineEvent> eventOf = new HashMap<>();
    for (TimelineEvent e : TimelineMerger.mergeAll(mentions)) {
      e.mentionIds().forEach(id -> eventOf.put(id, e));
    }
    assertEquals(mentions.size(), eventOf.size(), "every mention has its event");

    Map<DyadKey, List<DyadObservation>> groups = new HashMap<>();
    for (EventMention m : mentions) {
      TimelineEvent e = eventOf.get(m.mentionId());
      for (DyadKey k : DyadPeriod.keys(m, e)) {
        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(DyadObservation.of(m, e.eventId()));
      }
    }
    DyadPeriod jailing = row(groups, "RUS", "TJK", false, "2011-11");
    DyadPeriod partner = row(groups, "TJK", "RUS", true, "2012-04");

    assertTrue(jailing.sentimentMean() < 0, "RUS-TJK 2011-11: " + jailing);
    assertTrue(partner.sentimentMean() > 0, "TJK->RUS 2012-04: " + partner);
  }

  private static DyadPeriod row(
      Map<DyadKey, List<DyadObservation>> groups,
      String a,
      String b,
      boolean directed,
      String period) {
    return groups.entrySet().stream()
        .filter(e -> e.getKey().actorA().equals(a) && e.getKey().actorB().equals(b))
        .filter(e -> e.getKey().directed() == directed && e.getKey().period().equals(period))
        .map(e -> DyadPeriod.aggregate(e.getKey(), e.getValue()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no dyad row " + a + " " + b + " " + period));
  }
}
