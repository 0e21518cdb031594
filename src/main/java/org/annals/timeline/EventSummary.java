package org.annals.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.annals.article.StableId;
import org.annals.mention.EventMention;
import org.annals.time.DateBasis;
import org.annals.time.Granularity;

/**
 * Builds a {@link TimelineEvent} from its mentions, by the rules documented on {@link
 * TimelineMerger}.
 */
final class EventSummary {

  /** CAMEO's code for an actor whose country is unknown. */
  private static final String UNKNOWN_ACTOR = "---";

  private static final List<String> MODALITY_STRENGTH =
      List.of("asserted", "planned", "possible", "negated");

  private EventSummary() {}

  static TimelineEvent of(String blockingKey, List<EventMention> mentions) {
    List<EventMention> ms = new ArrayList<>(mentions);
    ms.sort(
        Comparator.comparing(
            EventMention::mentionId, Comparator.nullsFirst(Comparator.naturalOrder())));
    EventMention first = ms.get(0);
    String eventId = StableId.of("event", blockingKey, first.mentionId());

    EventMention dated = dateMention(ms);
    String sourceActor = mostFrequentCode(ms, EventMention::sourceActor);
    String source = Objects.requireNonNullElse(sourceActor, UNKNOWN_ACTOR);
    String targetActor = mostFrequentCode(ms, EventMention::targetActor);
    String code = mostFrequentCode(ms, EventMention::eventCode);
    EventMention coded =
        ms.stream().filter(m -> Objects.equals(m.eventCode(), code)).findFirst().orElse(first);

    TreeSet<String> articles = new TreeSet<>();
    TreeSet<String> sources = new TreeSet<>();
    List<String> mentionIds = new ArrayList<>(ms.size());
    LocalDate firstReported = null;
    LocalDate lastReported = null;
    for (EventMention m : ms) {
      mentionIds.add(m.mentionId());
      if (m.articleId() != null) {
        articles.add(m.articleId());
      }
      if (m.articleSource() != null && !m.articleSource().isBlank()) {
        sources.add(m.articleSource());
      }
      LocalDate p = m.published();
      if (p != null) {
        firstReported = firstReported == null || p.isBefore(firstReported) ? p : firstReported;
        lastReported = lastReported == null || p.isAfter(lastReported) ? p : lastReported;
      }
    }

    return new TimelineEvent(
        eventId,
        dated == null ? null : dated.eventDate(),
        dated == null ? null : endOf(dated),
        dated == null ? null : dated.dateGranularity(),
        dated == null ? DateBasis.UNKNOWN.label() : bestBasis(ms, dated),
        source,
        Objects.requireNonNullElse(
            nameFor(ms, sourceActor, EventMention::sourceActor, EventMention::sourceName), source),
        targetActor,
        nameFor(ms, targetActor, EventMention::targetActor, EventMention::targetName),
        Objects.requireNonNullElse(code, ""),
        root(coded, code),
        Objects.requireNonNullElse(coded.eventLabel(), ""),
        coded.quadClass(),
        coded.goldstein(),
        Objects.requireNonNullElse(modality(ms), "asserted"),
        sentiment(ms),
        ms.size(),
        articles.size(),
        sources.size(),
        firstReported,
        lastReported,
        Objects.requireNonNullElse(evidence(ms).sentence(), ""),
        new ArrayList<>(articles),
        mentionIds);
  }

  private static String root(EventMention coded, String code) {
    if (coded.eventRoot() != null && !coded.eventRoot().isEmpty()) {
      return coded.eventRoot();
    }
    return code == null ? "" : code.substring(0, Math.min(2, code.length()));
  }

  /** The mention giving the most precise date, or null when none is dated. */
  private static EventMention dateMention(List<EventMention> ms) {
    Map<String, Integer> support = new HashMap<>();
    for (EventMention m : ms) {
      if (m.eventDate() != null) {
        support.merge(intervalKey(m), 1, Integer::sum);
      }
    }
    EventMention best = null;
    long[] bestRank = null;
    for (EventMention m : ms) {
      if (m.eventDate() == null) {
        continue;
      }
      long[] rank = {
        "publication".equals(m.dateBasis()) ? 1 : 0,
        granularityRank(m.dateGranularity()),
        basisRank(m.dateBasis()),
        -support.get(intervalKey(m)),
        m.eventDate().toEpochDay(),
        endOf(m).toEpochDay()
      };
      if (bestRank == null || Arrays.compare(rank, bestRank) < 0) {
        best = m;
        bestRank = rank;
      }
    }
    return best;
  }

  /** The best basis among the mentions that give exactly the chosen interval. */
  private static String bestBasis(List<EventMention> ms, EventMention dated) {
    String key = intervalKey(dated);
    return ms.stream()
        .filter(m -> m.eventDate() != null && intervalKey(m).equals(key))
        .map(EventMention::dateBasis)
        .min(Comparator.comparingInt(EventSummary::basisRank))
        .orElse(dated.dateBasis());
  }

  private static String intervalKey(EventMention m) {
    return m.eventDate() + "/" + endOf(m) + "/" + m.dateGranularity();
  }

  private static LocalDate endOf(EventMention m) {
    return m.eventDateEnd() == null ? m.eventDate() : m.eventDateEnd();
  }

  static int granularityRank(String label) {
    for (Granularity g : Granularity.values()) {
      if (g.label().equals(label)) {
        return g.ordinal();
      }
    }
    return Granularity.values().length;
  }

  static int basisRank(String label) {
    for (DateBasis b : DateBasis.values()) {
      if (b.label().equals(label)) {
        return b.ordinal();
      }
    }
    return DateBasis.values().length;
  }

  /**
   * Most frequent non-null value; ties go to the longer (more specific) code, then alphabetical.
   */
  private static String mostFrequentCode(List<EventMention> ms, Function<EventMention, String> f) {
    Map<String, Integer> counts = new TreeMap<>();
    for (EventMention m : ms) {
      String v = f.apply(m);
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .min(
            Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(e -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static String nameFor(
      List<EventMention> ms,
      String code,
      Function<EventMention, String> codeOf,
      Function<EventMention, String> nameOf) {
    if (code == null) {
      return null;
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (EventMention m : ms) {
      String name = nameOf.apply(m);
      if (code.equals(codeOf.apply(m)) && name != null && !name.isBlank()) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .min(
            Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static String modality(List<EventMention> ms) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (EventMention m : ms) {
      String label =
          TimelineMerger.isDenied(m)
              ? "negated"
              : m.modality() == null || m.modality().isBlank() ? "asserted" : m.modality();
      int rank = MODALITY_STRENGTH.indexOf(label);
      rank = rank < 0 ? MODALITY_STRENGTH.size() : rank;
      if (rank < bestRank
          || (rank == bestRank && label != null && best != null && label.compareTo(best) < 0)) {
        best = label;
        bestRank = rank;
      }
    }
    return best;
  }

  private static double sentiment(List<EventMention> ms) {
    double weighted = 0;
    double weights = 0;
    double plain = 0;
    for (EventMention m : ms) {
      double w = Math.max(0, m.confidence());
      weighted += w * m.sentiment();
      weights += w;
      plain += m.sentiment();
    }
    return weights > 0 ? weighted / weights : plain / ms.size();
  }

  private static EventMention evidence(List<EventMention> ms) {
    return ms.stream()
        .min(
            Comparator.comparingDouble((EventMention m) -> -m.confidence())
                .thenComparing(
                    EventMention::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(
                    EventMention::mentionId, Comparator.nullsFirst(Comparator.naturalOrder())))
        .orElseThrow();
  }
}
