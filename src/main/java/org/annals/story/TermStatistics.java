package org.annals.story;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Document frequencies of story terms in a collection: how many articles use each term. They make
 * rare terms (names, places, numbers) count for more than words every article uses.
 *
 * <p>Built by counting each article's {@link StoryClusterer#documentTerms distinct terms} (in
 * Spark: {@code flatMap(documentTerms).countByValue()} or a {@code reduceByKey}), then handed to
 * {@link StoryClusterer#withStatistics}. Terms seen in only one document may be left out: an unseen
 * term counts as seen once. Immutable and serializable, so it can be broadcast.
 */
public final class TermStatistics implements Serializable {

  private static final long serialVersionUID = 1L;

  /** No collection: every term weighs the same. */
  public static final TermStatistics NONE = new TermStatistics(0, Map.of());

  private final long documents;
  private final Map<String, Long> documentFrequency;

  private TermStatistics(long documents, Map<String, Long> documentFrequency) {
    this.documents = documents;
    this.documentFrequency = documentFrequency;
  }

  /**
   * @param documents the number of articles counted
   * @param documentFrequency term to the number of those articles that contain it
   */
  public static TermStatistics of(long documents, Map<String, Long> documentFrequency) {
    if (documents < 0) {
      throw new IllegalArgumentException("documents must be >= 0: " + documents);
    }
    return new TermStatistics(documents, Map.copyOf(documentFrequency));
  }

  /** Counts the given per-article term sets, as the Spark job does at scale. */
  public static TermStatistics count(Collection<? extends Set<String>> termSetsOfArticles) {
    Map<String, Long> df = new HashMap<>();
    for (Set<String> terms : termSetsOfArticles) {
      for (String t : terms) {
        df.merge(t, 1L, Long::sum);
      }
    }
    return of(termSetsOfArticles.size(), df);
  }

  public long documents() {
    return documents;
  }

  /**
   * Whether another article of the collection may share the term: false when statistics were
   * counted and the term is in at most one article (it cannot link two articles, and left in a
   * signature it would only crowd out the terms that can).
   */
  public boolean canBeShared(String term) {
    return documents == 0 || documentFrequency.getOrDefault(term, 1L) > 1;
  }

  /**
   * Smoothed inverse document frequency, {@code ln((N + 1) / (df + 1)) + 1}; 1 for every term when
   * no documents were counted.
   */
  public double idf(String term) {
    if (documents == 0) {
      return 1.0;
    }
    long df = Math.max(1L, documentFrequency.getOrDefault(term, 1L));
    return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }
}
