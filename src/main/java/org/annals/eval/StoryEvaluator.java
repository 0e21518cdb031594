package org.annals.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annals.eval.NewsClusterCorpus.LabelledArticle;
import org.annals.story.StoryClusterer;
import org.annals.story.StorySignature;
import org.annals.story.TermStatistics;

/**
 * Measures {@link StoryClusterer} against gold stories with {@link BCubed} scores.
 *
 * <p>Every run clusters exactly the articles it is given, as a job would: when collection
 * statistics are used, they are counted over those articles only. To guard against fitting the
 * threshold to the development stories, {@link #crossValidate} splits the stories into two halves,
 * picks the threshold on one half and scores the other. Stateless.
 */
public final class StoryEvaluator {

  /** Thresholds tried when tuning: 0.04, 0.06, ..., 0.70. */
  static final double[] GRID = grid(0.04, 0.70, 0.02);

  private StoryEvaluator() {}

  /** B-cubed of {@code clusterer} on {@code articles}, with or without their term statistics. */
  public static BCubed evaluate(
      StoryClusterer clusterer, List<LabelledArticle> articles, boolean collectionStatistics) {
    StoryClusterer c = clusterer;
    if (collectionStatistics) {
      List<Set<String>> termSets = new ArrayList<>(articles.size());
      for (LabelledArticle a : articles) {
        termSets.add(c.documentTerms(a.article()));
      }
      c = c.withStatistics(TermStatistics.count(termSets));
    }
    List<StorySignature> signatures = new ArrayList<>(articles.size());
    for (LabelledArticle a : articles) {
      signatures.add(c.signature(a.article()));
    }
    return BCubed.score(c.cluster(signatures), gold(articles));
  }

  /** B-cubed when every article is its own story: the baseline to beat. */
  public static BCubed singletons(List<LabelledArticle> articles) {
    return BCubed.score(Map.of(), gold(articles));
  }

  /** The threshold of {@link #GRID} with the best F1 on {@code articles} (the lowest on ties). */
  public static double tune(
      StoryClusterer clusterer, List<LabelledArticle> articles, boolean collectionStatistics) {
    double best = GRID[0];
    double bestF1 = -1;
    for (double t : GRID) {
      double f1 = evaluate(clusterer.withThreshold(t), articles, collectionStatistics).f1();
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }

  /** One fold: the threshold tuned on one half and the score it gets on the other. */
  public record Fold(double threshold, BCubed tuningHalf, BCubed heldOutHalf) {}

  /**
   * Two-fold cross-validation over stories: the stories, in order of their gold id, go alternately
   * to halves A and B; the threshold is tuned on A and scored on B, then the other way round.
   */
  public static List<Fold> crossValidate(
      StoryClusterer clusterer, List<LabelledArticle> articles, boolean collectionStatistics) {
    List<List<LabelledArticle>> halves = halves(articles);
    List<Fold> folds = new ArrayList<>(2);
    for (int k = 0; k < 2; k++) {
      List<LabelledArticle> tuneOn = halves.get(k);
      List<LabelledArticle> testOn = halves.get(1 - k);
      double t = tune(clusterer, tuneOn, collectionStatistics);
      StoryClusterer tuned = clusterer.withThreshold(t);
      folds.add(
          new Fold(
              t,
              evaluate(tuned, tuneOn, collectionStatistics),
              evaluate(tuned, testOn, collectionStatistics)));
    }
    return folds;
  }

  /** The articles split into two halves by story, alternating in order of story id. */
  public static List<List<LabelledArticle>> halves(List<LabelledArticle> articles) {
    Set<String> stories = new TreeSet<>(Comparator.comparing(StoryEvaluator::numericFirst));
    for (LabelledArticle a : articles) {
      stories.add(a.story());
    }
    Map<String, Integer> half = new HashMap<>();
    int i = 0;
    for (String s : stories) {
      half.put(s, i++ % 2);
    }
    List<List<LabelledArticle>> out = List.of(new ArrayList<>(), new ArrayList<>());
    for (LabelledArticle a : articles) {
      out.get(half.get(a.story())).add(a);
    }
    return out;
  }

  private static String numericFirst(String id) {
    return id.matches("\\d{1,18}") ? String.format("%018d", Long.parseLong(id)) : "~" + id;
  }

  private static Map<String, String> gold(List<LabelledArticle> articles) {
    Map<String, String> gold = new HashMap<>();
    for (LabelledArticle a : articles) {
      gold.put(a.article().id(), a.story());
    }
    return gold;
  }

  private static double[] grid(double from, double to, double step) {
    int n = (int) Math.round((to - from) / step) + 1;
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      g[i] = Math.round((from + i * step) * 100) / 100.0;
    }
    return g;
  }
}
