package org.annals.eval;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Date selection accuracy as in timeline summarisation work (news-tls, tilse): precision, recall
 * and F1 of the set of predicted dates against the set of a gold timeline's dates.
 *
 * @param precision shared dates / predicted dates (0 when nothing is predicted)
 * @param recall shared dates / gold dates
 * @param f1 their harmonic mean, 0 when both are 0
 */
public record DateF1(double precision, double recall, double f1) {

  public static DateF1 of(Collection<LocalDate> predicted, Collection<LocalDate> gold) {
    Set<LocalDate> p = new HashSet<>(predicted);
    Set<LocalDate> g = new HashSet<>(gold);
    if (p.isEmpty() || g.isEmpty()) {
      return new DateF1(0, 0, 0);
    }
    long shared = p.stream().filter(g::contains).count();
    double precision = (double) shared / p.size();
    double recall = (double) shared / g.size();
    double f1 = shared == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new DateF1(precision, recall, f1);
  }
}
