package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.eval.TimelineMergeEvaluator.Scores;
import org.annals.mention.EventMention;
import org.junit.jupiter.api.Test;

class TimelineMergeEvaluatorTest {

  private static final LocalDate DAY = LocalDate.of(2017, 12, 29);

  private static EventMention mention(String article, String source, String target, String code) {
    return new EventMention(
        article + "-" + code,
        article,
        article + ".com",
        DAY,
        0,
        0,
        10,
        "Sentence.",
        source,
        source,
        target,
        target,
        code,
        code.substring(0, 2),
        "label",
        4,
        -5.0,
        "asserted",
        false,
        DAY,
        DAY,
        "day",
        "",
        "publication",
        -0.3,
        0.7);
  }

  /** Two stories: a cruise ship accident (a, b) and a police inquiry (c); d is alone. */
  private static final Map<String, String> GOLD =
      Map.of("a", "rhine_ship", "b", "rhine_ship", "c", "cologne_police", "d", "space_talks");

  private static final List<EventMention> MENTIONS =
      List.of(
          mention("a", "---CVL", null, "180"),
          mention("b", "---CVL", null, "180"),
          mention("c", "---CVL", null, "180"),
          mention("a", "DEU", "CHE", "043"),
          mention("b", "DEU", "CHE", "043"),
          mention("d", "USAGOV", "CHN", "041"));

  @Test
  void articleScopeMergesOnlyKnownActorsAcrossArticles() {
    Scores s = TimelineMergeEvaluator.score(MENTIONS, GOLD, null);

    assertEquals(1, s.multiArticleEvents());
    assertEquals(1.0, s.precision(), 1e-12);
    assertEquals(1, s.storyPairs());
    assertEquals(1.0, s.pairRecall(), 1e-12);
  }

  @Test
  void storyScopeLetsUnknownActorsMergeWithinAStoryOnly() {
    Scores s = TimelineMergeEvaluator.score(MENTIONS, GOLD, GOLD);

    assertEquals(2, s.multiArticleEvents());
    assertEquals(2, s.sameStoryEvents());
    assertEquals(4, s.events());
  }
}
