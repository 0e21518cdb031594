package org.annals.timeline;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annals.mention.EventMention;

/**
 * A row of the {@code dyads} table: how two actors dealt with each other in one period, and the
 * aggregator that builds it. The job calls {@link #keys} per mention, groups the {@link
 * DyadObservation}s by key and calls {@link #aggregate} once per key.
 *
 * <p><b>What counts.</b> Actors are taken at {@linkplain CountryLevel country level}. A mention
 * contributes when it has a source and a target at that level, the two differ (domestic events,
 * e.g. government against opposition of one country, make no dyad row), it has a date, and it
 * reports something that happened: planned, possible, negated and denied events make no dyad row.
 * Mentions without a target or with an unknown date make none either. Each contributing mention
 * gives one undirected key ({@code actorA < actorB}) and one directed key ({@code actorA} = the
 * source) for every period type whose single period contains its whole date interval: periods
 * follow when the event happened, not when it was reported, and an event known only to the month
 * counts in its month, quarter and year but in no week; one known only to the year, in its year
 * only; a decade, nowhere.
 *
 * <p><b>Columns.</b> {@code n_mentions} counts mentions, {@code n_events} distinct event ids.
 * Sentiment is over mentions (each mention is one reading of the relation's tone): {@code
 * sentiment_mean} their mean, and {@code sentiment_ci_low/high} its 95% interval, clipped to [-1,
 * 1]. Mentions of one event are not independent readings (re-reports of one story echo one tone),
 * so the interval treats events as clusters: the cluster-robust (CR1) variance of the mean, {@code
 * G/(G-1) · Σ_g (Σ_{i∈g} (x_i - mean))² / n²} over the G events, with Student t at G-1 degrees of
 * freedom. When every event has one mention this is exactly the classical {@code t(0.975, n-1) · s
 * / sqrt(n)}; a much re-reported event no longer narrows the interval as if each report were new
 * evidence. With a single event the interval is null (unknown, however many mentions), with
 * identical sentiments it collapses to the mean. Goldstein values and quad classes are per event,
 * so re-reports do not inflate them: an event's Goldstein value is the mean over its mentions in
 * the group and its quad class their most frequent (ties: the lower class); {@code goldstein_sum}
 * adds the events' values, {@code goldstein_mean} is the sum over {@code n_events}, and the four
 * quad counts count events.
 *
 * <p>Deterministic: observations are summed in mention id order, so results do not depend on their
 * arrival order.
 */
public record DyadPeriod(
    String actorA,
    String actorB,
    boolean directed,
    String periodType,
    String period,
    LocalDate periodStart,
    LocalDate periodEnd,
    int nEvents,
    int nMentions,
    double sentimentMean,
    Double sentimentCiLow,
    Double sentimentCiHigh,
    double goldsteinSum,
    double goldsteinMean,
    int verbalCoop,
    int materialCoop,
    int verbalConflict,
    int materialConflict)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The dyad periods {@code m} contributes to, dated by the mention's own date; empty when it
   * contributes to none (see the class comment). The observation to group under each key is {@link
   * DyadObservation#of(EventMention, String) DyadObservation.of(m, eventId)}.
   */
  public static List<DyadKey> keys(EventMention m, String eventId) {
    LocalDate end = m.eventDateEnd() == null ? m.eventDate() : m.eventDateEnd();
    return keys(m, m.eventDate(), end);
  }

  /**
   * As {@link #keys(EventMention, String)}, but dated by the merged event's date, so that every
   * mention of an event falls in the same periods: a month-level re-report of a day-level event
   * then counts in the event's week too. Prefer this one when mentions are joined to their events.
   */
  public static List<DyadKey> keys(EventMention m, TimelineEvent event) {
    return keys(
        m,
        event.eventDate(),
        event.eventDateEnd() == null ? event.eventDate() : event.eventDateEnd());
  }

  private static List<DyadKey> keys(EventMention m, LocalDate begin, LocalDate end) {
    if (begin == null || end == null || !happened(m)) {
      return List.of();
    }
    String source = CountryLevel.of(m.sourceActor());
    String target = CountryLevel.of(m.targetActor());
    if (source == null || target == null || source.equals(target)) {
      return List.of();
    }
    String low = source.compareTo(target) < 0 ? source : target;
    String high = low.equals(source) ? target : source;
    List<DyadKey> keys = new ArrayList<>(8);
    for (PeriodType type : PeriodType.values()) {
      if (type.fitsOnePeriod(begin, end)) {
        keys.add(DyadKey.of(low, high, false, type, begin));
        keys.add(DyadKey.of(source, target, true, type, begin));
      }
    }
    return keys;
  }

  private static boolean happened(EventMention m) {
    String modality = m.modality();
    return !m.negated() && (modality == null || modality.isEmpty() || modality.equals("asserted"));
  }

  /** The row for {@code key} from all observations grouped under it (at least one). */
  public static DyadPeriod aggregate(DyadKey key, Iterable<DyadObservation> observations) {
    List<DyadObservation> obs = new ArrayList<>();
    observations.forEach(obs::add);
    if (obs.isEmpty()) {
      throw new IllegalArgumentException("observations must not be empty for " + key);
    }
    obs.sort(
        Comparator.comparing(
                DyadObservation::mentionId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(
                DyadObservation::eventId, Comparator.nullsFirst(Comparator.naturalOrder())));

    int n = obs.size();
    double sum = 0;
    for (DyadObservation o : obs) {
      sum += o.sentiment();
    }
    double mean = sum / n;
    Map<String, List<DyadObservation>> byEvent = new TreeMap<>();
    for (DyadObservation o : obs) {
      byEvent.computeIfAbsent(String.valueOf(o.eventId()), k -> new ArrayList<>()).add(o);
    }
    Double low = null;
    Double high = null;
    int events = byEvent.size();
    if (events > 1) {
      double clusterSquares = 0;
      for (List<DyadObservation> event : byEvent.values()) {
        double residual = 0;
        for (DyadObservation o : event) {
          residual += o.sentiment() - mean;
        }
        clusterSquares += residual * residual;
      }
      double variance = (double) events / (events - 1) * clusterSquares / ((double) n * n);
      double half = StudentT.quantile975(events - 1) * Math.sqrt(variance);
      low = Math.max(-1.0, mean - half);
      high = Math.min(1.0, mean + half);
    }

    double goldsteinSum = 0;
    int[] quads = new int[5];
    for (List<DyadObservation> event : byEvent.values()) {
      double g = 0;
      int[] votes = new int[5];
      for (DyadObservation o : event) {
        g += o.goldstein();
        if (o.quadClass() >= 1 && o.quadClass() <= 4) {
          votes[o.quadClass()]++;
        }
      }
      goldsteinSum += g / event.size();
      int quad = 0;
      for (int q = 1; q <= 4; q++) {
        if (votes[q] > votes[quad]) {
          quad = q;
        }
      }
      quads[quad]++;
    }
    int nEvents = byEvent.size();
    return new DyadPeriod(
        key.actorA(),
        key.actorB(),
        key.directed(),
        key.periodType().label(),
        key.period(),
        key.periodStart(),
        key.periodEnd(),
        nEvents,
        n,
        mean,
        low,
        high,
        goldsteinSum,
        goldsteinSum / nEvents,
        quads[1],
        quads[2],
        quads[3],
        quads[4]);
  }
}
