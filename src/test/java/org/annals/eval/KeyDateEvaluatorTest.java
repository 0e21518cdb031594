package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.eval.KeyDateEvaluator.TimelineResult;
import org.annals.eval.Timeline17.GoldTimeline;
import org.annals.eval.Timeline17.Topic;
import org.annals.eval.Timeline17.TopicArticle;
import org.annals.timeline.KeyDateRanker;
import org.junit.jupiter.api.Test;

class KeyDateEvaluatorTest {

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2010, month, day);
  }

  private static TopicArticle a(String uid, LocalDate dct, LocalDate... refs) {
    return new TopicArticle(uid, dct, "", List.of(refs));
  }

  @Test
  void dateF1IsTheF1OfTheDateSets() {
    DateF1 f = DateF1.of(List.of(d(4, 20), d(4, 22), d(5, 1)), List.of(d(4, 20), d(5, 1)));
    assertEquals(2.0 / 3, f.precision(), 1e-12);
    assertEquals(1.0, f.recall(), 1e-12);
    assertEquals(0.8, f.f1(), 1e-12);
    assertEquals(0.0, DateF1.of(List.of(), List.of(d(4, 20))).f1());
  }

  @Test
  void scoresTopKWithinTheGoldRangeFromArticlesPublishedInIt() {
    Topic topic =
        new Topic(
            "bpoil_test",
            List.of(
                a("1", d(4, 21), d(4, 20), d(4, 20)),
                a("2", d(4, 23), d(4, 20), d(4, 22)),
                a("3", d(4, 30), d(4, 22), d(5, 2)),
                a("4", d(5, 3), d(5, 2), d(3, 1)),
                a("5", d(9, 1), d(5, 2), d(5, 2))),
            List.of(new GoldTimeline("gold.timeline.json", List.of(d(4, 20), d(4, 22), d(5, 2)))));

    TimelineResult r =
        new KeyDateEvaluator(KeyDateRanker.STANDARD, KeyDateEvaluator.datasetDates())
            .evaluate(topic)
            .get(0);

    assertEquals(3, r.articles(), "articles 4 and 5 are published after the range");
    assertEquals(3, r.goldDates());
    assertEquals(1.0, r.annals().f1(), 1e-12);
    assertEquals(
        List.of(d(4, 20), d(4, 22), d(5, 2)), r.predicted().stream().map(k -> k.date()).toList());
    assertEquals(0.0, r.pubCount().f1(), 1e-12, "nothing was published on a gold date");
  }

  @Test
  void detokenizeRestoresProse() {
    assertEquals(
        "Tajikistan's president (Rakhmon) said \"no\", on April 23, 2012.",
        Timeline17.detokenize(
            "Tajikistan 's president -LRB- Rakhmon -RRB- said `` no '' , on April 23 , 2012 ."));
  }
}
