package org.annals.sentiment;

/**
 * The tone of one event mention, in [-1, 1], from the words around it and the kind of event.
 *
 * <pre>
 *   tone = clamp(0.5 * lexical + 0.5 * event, -1, 1)
 *   event = goldstein / 10      (0 when the event is negated)
 * </pre>
 *
 * <ul>
 *   <li>{@code lexical} is the VADER compound score of the mention's clause or sentence ({@link
 *       SentimentScorer#standard()}), in [-1, 1]: how the speaker or reporter frames it ("our
 *       natural ally" is warm even where the coded event is only a statement).
 *   <li>{@code goldstein} is the CAMEO code's Goldstein value, -10 (military attack) to +10 (extend
 *       military assistance): what kind of act it is, whatever the wording ("a pilot was jailed" is
 *       hostile although VADER finds almost no cue words in news prose).
 * </ul>
 *
 * <p>Both parts are on the same [-1, 1] scale and neither is calibrated against the other, so they
 * get equal weight; the result keeps the sign whenever the two agree, and when they disagree the
 * stronger one wins. A negated event ("denied attacking", "did not sign") did not happen, so its
 * Goldstein value says nothing about the relation and only the lexical half counts (VADER already
 * turns "not" + cue word around). Modality is not used here: a planned or threatened event keeps
 * its event tone, as GDELT-style data do. Non-finite inputs count as 0.
 */
public final class MentionTone {

  private MentionTone() {}

  /**
   * @param lexical sentiment of the mention's text, [-1, 1]
   * @param goldstein Goldstein value of the event code, [-10, 10]
   * @param negated whether the text says the event did not happen
   * @return the mention's tone, [-1, 1]
   */
  public static double of(double lexical, double goldstein, boolean negated) {
    double lex = Double.isFinite(lexical) ? lexical : 0.0;
    double event = negated || !Double.isFinite(goldstein) ? 0.0 : goldstein / 10.0;
    double t = 0.5 * lex + 0.5 * event;
    return Math.max(-1.0, Math.min(1.0, t));
  }
}
