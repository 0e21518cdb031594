package org.annals.sentiment;

/**
 * The tone of one event mention, in [-1, 1], from the words around it and the kind of event.
 *
 * <p>{@code tone = 0.5 * lexical + 0.5 * goldstein / 10}, negated events keep only the lexical
 * part (a denied attack is not a conflict). The lexical part is the clause's score from a
 * {@link SentimentScorer}; the Goldstein value is the CAMEO code's, -10..10.
 */
public final class MentionTone {

  private MentionTone() {}

  public static double of(double lexical, double goldstein, boolean negated) {
    double event = negated ? 0.0 : goldstein / 10.0;
    double t = 0.5 * lexical + 0.5 * event;
    return Math.max(-1.0, Math.min(1.0, t));
  }
}
