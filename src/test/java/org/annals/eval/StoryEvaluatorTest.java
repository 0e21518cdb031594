package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.eval.NewsClusterCorpus.LabelledArticle;
import org.annals.story.StoryClusterer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoryEvaluatorTest {

  private static List<LabelledArticle> corpus;

  @BeforeAll
  static void read() throws Exception {
    corpus =
        NewsClusterCorpus.read(
            Path.of(StoryEvaluatorTest.class.getResource("/story/news_cluster").toURI()));
  }

  @Test
  void readsNewsPleaseJson() {
    assertEquals(13, corpus.size());
    assertEquals(4, corpus.stream().map(LabelledArticle::story).distinct().count());
    LabelledArticle boat =
        corpus.stream()
            .filter(a -> a.article().source().equals("www.dw.com"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Germany: Rhine cruise ship hits bridge pylon causing injuries", boat.article().title());
    assertEquals(LocalDate.of(2017, 12, 30), boat.article().published());
    assertTrue(boat.article().text().startsWith("The accident happened late Tuesday"));
  }

  @Test
  void clusteringBeatsEveryArticleAlone() {
    BCubed alone = StoryEvaluator.singletons(corpus);
    BCubed clustered = StoryEvaluator.evaluate(StoryClusterer.standard(), corpus, true);
    assertTrue(clustered.f1() > alone.f1() + 0.3, clustered + " vs " + alone);
  }

  @Test
  void halvesSplitByStory() {
    List<List<LabelledArticle>> halves = StoryEvaluator.halves(corpus);
    Set<String> a = stories(halves.get(0));
    Set<String> b = stories(halves.get(1));
    assertEquals(2, a.size());
    assertEquals(2, b.size());
    assertTrue(a.stream().noneMatch(b::contains));
    assertEquals(corpus.size(), halves.get(0).size() + halves.get(1).size());
  }

  @Test
  void crossValidationTunesOnOneHalfAndScoresTheOther() {
    List<StoryEvaluator.Fold> folds =
        StoryEvaluator.crossValidate(StoryClusterer.standard(), corpus, true);
    assertEquals(2, folds.size());
    for (StoryEvaluator.Fold f : folds) {
      assertTrue(f.threshold() > 0 && f.threshold() < 1);
      assertTrue(f.heldOutHalf().items() > 0);
    }
  }

  private static Set<String> stories(List<LabelledArticle> articles) {
    return articles.stream().map(LabelledArticle::story).collect(Collectors.toSet());
  }
}
