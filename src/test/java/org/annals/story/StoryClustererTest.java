package org.annals.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annals.article.Article;
import org.annals.article.PublishedBasis;
import org.annals.article.StableId;
import org.annals.eval.NewsClusterCorpus;
import org.annals.eval.NewsClusterCorpus.LabelledArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

  private static List<LabelledArticle> corpus;
  private static StoryClusterer clusterer;
  private static List<StorySignature> signatures;

  @BeforeAll
  static void readFixtures() throws Exception {
    corpus = NewsClusterCorpus.read(fixtures());
    List<Set<String>> termSets = new ArrayList<>();
    for (LabelledArticle a : corpus) {
      termSets.add(StoryClusterer.standard().documentTerms(a.article()));
    }
    clusterer = StoryClusterer.standard().withStatistics(TermStatistics.count(termSets));
    signatures = new ArrayList<>();
    for (LabelledArticle a : corpus) {
      signatures.add(clusterer.signature(a.article()));
    }
  }

  static Path fixtures() throws URISyntaxException {
    return Path.of(StoryClustererTest.class.getResource("/story/news_cluster").toURI());
  }

  @Test
  void articlesOfOneStoryShareAnIdAndOtherStoriesDoNot() {
    Map<String, String> story = clusterer.cluster(signatures);
    Map<String, Set<String>> predictedByGold = new TreeMap<>();
    for (LabelledArticle a : corpus) {
      predictedByGold
          .computeIfAbsent(a.story(), g -> new TreeSet<>())
          .add(story.get(a.article().id()));
    }
    // The subway collision (5 outlets) and the Erie snowfall (3) are each one story.
    assertEquals(1, predictedByGold.get("4").size());
    assertEquals(1, predictedByGold.get("6").size());
    Set<String> all = new TreeSet<>();
    predictedByGold.values().forEach(all::addAll);
    int sizes = predictedByGold.values().stream().mapToInt(Set::size).sum();
    assertEquals(sizes, all.size(), "no story id is shared by two gold stories");
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    Map<String, String> expected = clusterer.cluster(signatures);
    List<StorySignature> shuffled = new ArrayList<>(signatures);
    Collections.shuffle(shuffled, new Random(42));
    assertEquals(expected, clusterer.cluster(shuffled));
  }

  @Test
  void clusterEqualsBlockThenPairThenConnectedComponents() {
    // What the distributed job does: group by blocking key, compare every pair within a block,
    // connected components over the matching pairs, each named by storyId.
    Map<String, List<StorySignature>> blocks = new HashMap<>();
    for (StorySignature s : signatures) {
      for (String key : clusterer.blockingKeys(s)) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
      }
    }
    Map<String, Set<String>> edges = new HashMap<>();
    for (StorySignature s : signatures) {
      edges.put(s.articleId(), new TreeSet<>());
    }
    for (List<StorySignature> block : blocks.values()) {
      if (block.size() > StoryClusterer.MAX_BLOCK) {
        continue;
      }
      for (StorySignature a : block) {
        for (StorySignature b : block) {
          if (a != b && clusterer.sameStory(a, b)) {
            edges.get(a.articleId()).add(b.articleId());
          }
        }
      }
    }
    Map<String, String> expected = new HashMap<>();
    for (String start : edges.keySet()) {
      if (expected.containsKey(start)) {
        continue;
      }
      Set<String> component = new TreeSet<>();
      Deque<String> todo = new ArrayDeque<>(List.of(start));
      while (!todo.isEmpty()) {
        String id = todo.pop();
        if (component.add(id)) {
          todo.addAll(edges.get(id));
        }
      }
      String story = StoryClusterer.storyId(component);
      component.forEach(id -> expected.put(id, story));
    }
    assertEquals(expected, clusterer.cluster(signatures));
  }

  @Test
  void blockAboveTheCapGivesNoLinks() {
    List<StorySignature> big = new ArrayList<>();
    StorySignature s = signatures.get(0);
    for (int i = 0; i <= StoryClusterer.MAX_BLOCK; i++) {
      big.add(new StorySignature("a" + i, s.publishedDay(), s.terms(), s.weights(), s.keyTerms()));
    }
    assertTrue(clusterer.sameStoryPairs(big).isEmpty());
    assertEquals(3, clusterer.sameStoryPairs(big.subList(0, 3)).size());
  }

  @Test
  void storiesAreConnectedComponentsOfTheLinks() {
    Map<String, String> story =
        StoryClusterer.stories(
            List.of("d", "c", "b", "a", "e"),
            List.of(new StoryLink("b", "a"), new StoryLink("c", "b"), new StoryLink("a", "b")));
    assertEquals(StoryClusterer.storyId(List.of("a")), story.get("c"));
    assertEquals(story.get("a"), story.get("b"));
    assertNotEquals(story.get("a"), story.get("d"));
    assertNotEquals(story.get("d"), story.get("e"));
    assertThrows(
        IllegalArgumentException.class,
        () -> StoryClusterer.stories(List.of("a"), List.of(new StoryLink("a", "z"))));
  }

  @Test
  void sameStoryIsSymmetric() {
    for (StorySignature a : signatures) {
      for (StorySignature b : signatures) {
        assertEquals(clusterer.sameStory(a, b), clusterer.sameStory(b, a));
      }
    }
  }

  @Test
  void distantDatesAskForMoreSimilarity() {
    assertEquals(clusterer.threshold(), clusterer.required(0), 1e-12);
    assertEquals(clusterer.threshold(), clusterer.required(-1), 1e-12);
    assertTrue(clusterer.required(10) > clusterer.required(3));
    assertTrue(clusterer.required(90) > clusterer.required(10));
    assertEquals(
        clusterer.threshold() + StoryClusterer.DATE_PENALTY, clusterer.required(2000), 1e-12);
  }

  @Test
  void sameTextYearsApartIsStillOneStoryButWeakOverlapIsNot() {
    String text = "The Rhine cruise ship Swiss Crystal hit a pylon of the A42 bridge at Duisburg.";
    StorySignature a = clusterer.signature(article("a", "Ship hits bridge", text, 2017, 12, 27));
    StorySignature b = clusterer.signature(article("b", "Ship hits bridge", text, 2020, 1, 1));
    assertTrue(clusterer.sameStory(a, b));
    StorySignature c =
        clusterer.signature(
            article(
                "c",
                "Subway trains collide",
                "Two work trains collided in a tunnel.",
                2017,
                12,
                27));
    assertFalse(clusterer.sameStory(a, c));
  }

  @Test
  void signatureIsUnitLengthSortedAndCompact() {
    for (StorySignature s : signatures) {
      assertTrue(s.terms().length <= StoryClusterer.TOP_TERMS);
      double norm = 0;
      for (int i = 0; i < s.terms().length; i++) {
        norm += s.weights()[i] * s.weights()[i];
        if (i > 0) {
          assertTrue(s.terms()[i - 1].compareTo(s.terms()[i]) < 0);
        }
      }
      assertEquals(1.0, norm, 1e-5);
      assertEquals(1.0, s.similarity(s), 1e-5);
      assertTrue(clusterer.blockingKeys(s).size() <= StoryClusterer.KEY_TERMS);
    }
  }

  @Test
  void signatureSurvivesJavaSerialization() throws Exception {
    StorySignature s = signatures.get(0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(s);
    }
    StorySignature back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (StorySignature) in.readObject();
    }
    assertArrayEquals(s.terms(), back.terms());
    assertEquals(1.0, s.similarity(back), 1e-5);
  }

  @Test
  void articleWithoutDateOrTextIsItsOwnStory() {
    Article empty = new Article("x", "", "", "", null, PublishedBasis.UNKNOWN, "", "", 0);
    StorySignature s = clusterer.signature(empty);
    assertEquals(StorySignature.UNKNOWN_DAY, s.publishedDay());
    List<StorySignature> all = new ArrayList<>(signatures);
    all.add(s);
    Map<String, String> story = clusterer.cluster(all);
    assertEquals(StoryClusterer.storyId(List.of("x")), story.get("x"));
  }

  @Test
  void storyIdIsTheStableIdOfTheSmallestArticleId() {
    assertEquals(StableId.of("story", "a1"), StoryClusterer.storyId(List.of("b2", "a1", "c3")));
    assertEquals(
        StoryClusterer.storyId(List.of("c3", "b2", "a1")),
        StoryClusterer.storyId(List.of("a1", "b2", "c3")));
    assertNotEquals(StoryClusterer.storyId(List.of("a1")), StoryClusterer.storyId(List.of("a2")));
    assertThrows(IllegalArgumentException.class, () -> StoryClusterer.storyId(List.of()));
  }

  private static Article article(String id, String title, String text, int y, int m, int d) {
    return new Article(
        id, "test", "", title, LocalDate.of(y, m, d), PublishedBasis.METADATA, text, "", 0);
  }
}
