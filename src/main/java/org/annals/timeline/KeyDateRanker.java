package org.annals.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranks a collection's dates by how much happened on them, best first: the "timeline summary" a
 * researcher reads first.
 *
 * <p>{@code score = articlesReferring + publishedWeight · articlesPublished + eventWeight ·
 * events}. The main signal is how many distinct articles refer to the day (the date-reference count
 * of timeline summarisation work: journalists come back to the days that mattered, in later
 * articles and in the day's own reports); articles published on the day count a little, so that a
 * collection whose dates the tagger misses still ranks by news volume; coded events dated to the
 * day count a little too. Ties go to more references, then more event mentions, then the earlier
 * date.
 *
 * <p>Immutable and thread-safe; deterministic.
 */
public final class KeyDateRanker {

  /**
   * The standard weights. On the Timeline17 development topics the reference count alone and small
   * publication weights score alike (within one date per timeline); 0.25 keeps news volume as a
   * fallback. The event weight is small because events are dated from the same expressions the
   * articles are counted by; it mostly orders days with equal article counts.
   */
  public static final KeyDateRanker STANDARD = new KeyDateRanker(0.25, 0.1);

  private final double publishedWeight;
  private final double eventWeight;

  public KeyDateRanker(double publishedWeight, double eventWeight) {
    this.publishedWeight = publishedWeight;
    this.eventWeight = eventWeight;
  }

  /** Weight of an article published on the date, relative to one referring to it. */
  public double publishedWeight() {
    return publishedWeight;
  }

  /** Weight of a timeline event dated to the day, relative to an article referring to it. */
  public double eventWeight() {
    return eventWeight;
  }

  /** The score of a date; higher is more important. */
  public double score(DateEvidence e) {
    return e.articlesReferring()
        + publishedWeight * e.articlesPublished()
        + eventWeight * e.events();
  }

  /** All dates of {@code evidence}, best first; records of the same date are merged first. */
  public List<KeyDate> rank(Collection<DateEvidence> evidence) {
    return rank(evidence, null, null, Integer.MAX_VALUE);
  }

  /**
   * The best {@code limit} dates between {@code from} and {@code to} (inclusive; null for no
   * bound), best first.
   */
  public List<KeyDate> rank(
      Collection<DateEvidence> evidence, LocalDate from, LocalDate to, int limit) {
    Map<LocalDate, DateEvidence> byDate = new TreeMap<>();
    for (DateEvidence e : evidence) {
      if ((from == null || !e.date().isBefore(from)) && (to == null || !e.date().isAfter(to))) {
        byDate.merge(e.date(), e, DateEvidence::merge);
      }
    }
    List<DateEvidence> ranked = new ArrayList<>(byDate.values());
    ranked.sort(
        Comparator.comparingDouble((DateEvidence e) -> -score(e))
            .thenComparingLong(e -> -e.references())
            .thenComparingLong(e -> -e.mentions())
            .thenComparing(DateEvidence::date));
    List<KeyDate> out = new ArrayList<>(Math.min(limit, ranked.size()));
    for (DateEvidence e : ranked) {
      if (out.size() >= limit) {
        break;
      }
      out.add(
          new KeyDate(
              out.size() + 1,
              e.date(),
              score(e),
              e.events(),
              e.mentions(),
              e.articlesReferring(),
              e.topEventId(),
              label(e)));
    }
    return out;
  }

  /** A sentence that refers to the day reads best; the top event's description otherwise. */
  private static String label(DateEvidence e) {
    if (e.snippet() != null && !e.snippet().isEmpty()) {
      return e.snippet();
    }
    return e.topEventLabel() == null ? "" : e.topEventLabel();
  }
}
