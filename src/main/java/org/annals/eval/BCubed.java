package org.annals.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold clusters (Bagga and Baldwin 1998;
 * Amigó et al. 2009): for each item, precision is the share of its predicted cluster that is in its
 * gold cluster and recall the share of its gold cluster that is in its predicted cluster (both
 * counting the item itself); each is averaged over items, and F1 is their harmonic mean. Putting
 * every item alone gives precision 1 and a recall of the mean inverse gold cluster size.
 *
 * @param precision mean item precision, [0, 1]
 * @param recall mean item recall, [0, 1]
 * @param f1 harmonic mean of the two
 * @param items how many items were scored
 */
public record BCubed(double precision, double recall, double f1, int items) {

  /**
   * Scores the items of {@code gold}; an item missing from {@code predicted} counts as alone.
   *
   * @param predicted item to predicted cluster
   * @param gold item to gold cluster
   */
  public static BCubed score(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, String> pred = new HashMap<>();
    for (String item : gold.keySet()) {
      pred.put(item, predicted.getOrDefault(item, "\u0000alone:" + item));
    }
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> overlap = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = pred.get(e.getKey());
      predSize.merge(p, 1, Integer::sum);
      goldSize.merge(e.getValue(), 1, Integer::sum);
      overlap.merge(p + "\u0000" + e.getValue(), 1, Integer::sum);
    }
    double precision = 0.0;
    double recall = 0.0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = pred.get(e.getKey());
      int both = overlap.get(p + "\u0000" + e.getValue());
      precision += (double) both / predSize.get(p);
      recall += (double) both / goldSize.get(e.getValue());
    }
    int n = gold.size();
    if (n == 0) {
      return new BCubed(0, 0, 0, 0);
    }
    precision /= n;
    recall /= n;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new BCubed(precision, recall, f1, n);
  }
}
