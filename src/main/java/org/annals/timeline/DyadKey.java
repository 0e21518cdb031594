package org.annals.timeline;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A row key of the {@code dyads} table: a pair of actors (country level), directed or not, in one
 * calendar period. Undirected keys have {@code actorA < actorB}; directed keys have {@code actorA}
 * the source. Usable as a grouping key (value equality, serializable).
 *
 * @param periodStart first day of the period
 * @param periodEnd last day of the period (inclusive)
 */
public record DyadKey(
    String actorA,
    String actorB,
    boolean directed,
    PeriodType periodType,
    String period,
    LocalDate periodStart,
    LocalDate periodEnd)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public DyadKey {
    Objects.requireNonNull(actorA, "actorA");
    Objects.requireNonNull(actorB, "actorB");
    Objects.requireNonNull(periodType, "periodType");
    if (!directed && actorA.compareTo(actorB) >= 0) {
      throw new IllegalArgumentException(
          "undirected dyad needs actorA < actorB, got " + actorA + ", " + actorB);
    }
  }

  /** The key of the period of type {@code type} containing {@code day}. */
  public static DyadKey of(String a, String b, boolean directed, PeriodType type, LocalDate day) {
    PeriodType.Span span = type.span(day);
    return new DyadKey(a, b, directed, type, span.label(), span.start(), span.end());
  }
}
