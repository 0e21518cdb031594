package org.annals.sentiment;

/**
 * Scores the tone of a piece of text.
 *
 * <p>Implementations are thread-safe: build one per executor and share it.
 */
public interface SentimentScorer {

  /**
   * annals' own implementation, with its shipped dictionaries; built once per JVM: VADER's compound
   * score over VADER's lexicon (see {@link VaderScorer}).
   */
  static SentimentScorer standard() {
    return VaderScorer.shared();
  }

  /** Tone of {@code text} in [-1, 1]: negative below zero, 0 for neutral or empty text. */
  double score(String text);
}
