package org.annals.story;

import java.io.Serializable;

/**
 * What {@link StoryClusterer} keeps of one article to decide whether two articles report the same
 * story: its id, its publication day and its strongest terms with unit-length weights.
 *
 * <p>Plain fields and arrays so that Spark can ship and sort it cheaply. {@code terms} is sorted
 * (String order) and {@code weights[i]} belongs to {@code terms[i]}; the sum of squared weights is
 * 1 unless the article has no terms. The arrays must not be modified; as in any record with array
 * components, {@code equals} compares them by identity, so compare signatures by {@link
 * #articleId()}.
 *
 * @param articleId the article's id
 * @param publishedDay publication date as epoch day, or {@link #UNKNOWN_DAY}
 * @param terms the article's strongest terms, sorted
 * @param weights their weights, unit length
 * @param keyTerms the terms that serve as blocking keys, strongest first
 */
public record StorySignature(
    String articleId, long publishedDay, String[] terms, float[] weights, String[] keyTerms)
    implements Serializable {

  /** {@link #publishedDay} when the article has no publication date. */
  public static final long UNKNOWN_DAY = Long.MIN_VALUE;

  /** Cosine similarity of the two term vectors, in [0, 1]. */
  public double similarity(StorySignature other) {
    String[] a = terms;
    String[] b = other.terms;
    int i = 0;
    int j = 0;
    double dot = 0.0;
    while (i < a.length && j < b.length) {
      int c = a[i].compareTo(b[j]);
      if (c == 0) {
        dot += (double) weights[i] * other.weights[j];
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /** Days between the two publication dates, or -1 when either is unknown. */
  public long daysApart(StorySignature other) {
    if (publishedDay == UNKNOWN_DAY || other.publishedDay == UNKNOWN_DAY) {
      return -1;
    }
    return Math.abs(publishedDay - other.publishedDay);
  }
}
