package org.annals.eval;

/**
 * Event-coding scores at (source country, target country, CAMEO root).
 *
 * @param sentences sentences scored
 * @param truePositives predicted events that match an expected one
 * @param falsePositives predicted events that match none
 * @param falseNegatives expected events that were not predicted
 * @param noEventSentences sentences whose record says they report no event
 * @param noEventSentencesWithEvents of those, the ones the coder gave at least one event
 * @param oneSided events without a named source or target (not comparable with PETRARCH's dyads)
 */
public record EventScore(
    int sentences,
    int truePositives,
    int falsePositives,
    int falseNegatives,
    int noEventSentences,
    int noEventSentencesWithEvents,
    int oneSided) {

  public double precision() {
    int p = truePositives + falsePositives;
    return p == 0 ? 0 : (double) truePositives / p;
  }

  public double recall() {
    int g = truePositives + falseNegatives;
    return g == 0 ? 0 : (double) truePositives / g;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Share of no-event sentences given an event; 0 when there are none. */
  public double falseEventRate() {
    return noEventSentences == 0 ? 0 : (double) noEventSentencesWithEvents / noEventSentences;
  }

  EventScore plus(EventScore o) {
    return new EventScore(
        sentences + o.sentences,
        truePositives + o.truePositives,
        falsePositives + o.falsePositives,
        falseNegatives + o.falseNegatives,
        noEventSentences + o.noEventSentences,
        noEventSentencesWithEvents + o.noEventSentencesWithEvents,
        oneSided + o.oneSided);
  }

  static EventScore empty() {
    return new EventScore(0, 0, 0, 0, 0, 0, 0);
  }
}
