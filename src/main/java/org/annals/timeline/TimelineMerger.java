package org.annals.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annals.mention.EventMention;

/**
 * Merges the mentions of one event into one {@link TimelineEvent}: "one event, many mentions".
 *
 * <p><b>Identity.</b> Two mentions can be the same event when they share the {@linkplain
 * #blockingKey blocking key} (source and target at {@linkplain CountryLevel country level}, CAMEO
 * root, and polarity: a denied event is never the same row as one that happened; where an actor's
 * country is unknown, also the article or story) and their dates are compatible. Dates are
 * compatible when their admissible intervals overlap: the mention's own interval for dates the text
 * gives (so the month 2011-11 admits the day 2011-11-09, and 2011-11 and 2012-11 never meet); a day
 * carried over from the narrative is widened by {@value #NARRATIVE_SLACK_DAYS} day either side; a
 * publication-date fallback becomes the {@value #PUBLICATION_LAG_DAYS} days before publication up
 * to publication (events are reported on the day or shortly after). Two days the text gives are
 * compatible only when equal: reports of one event that disagree on its day stay two events rather
 * than risk merging daily clashes.
 *
 * <p><b>Algorithm.</b> Mentions are taken most precise first (shortest admissible interval, then
 * date, then mention id). Each joins the existing event whose core (the intersection of its
 * members' admissible intervals) overlaps its own, preferring the event with most mentions, then
 * the nearest, then the earliest created; else it founds a new event. Because a core only shrinks,
 * chains of near dates do not snowball into one event. An event whose core is longer than {@value
 * #CROSS_ARTICLE_CORE_DAYS} days (known only to the quarter, year or decade) takes no mentions from
 * other articles: "in 2016" is too vague to say two reports are of one event, unless a finer-dated
 * report anchors them. Candidates are found in an index ordered by core start, so a block of n
 * mentions costs O(n log n) plus the events overlapping each coarse mention, never all pairs.
 * Undated mentions join an event of the same article if there is one, else the undated event of
 * their article.
 *
 * <p><b>Determinism.</b> The processing order is a total order on the mentions, so the events and
 * their ids do not depend on input order. An event's id is derived from its dyad, root and polarity
 * and the smallest id of its mentions, so it does not change with the grouping scope.
 *
 * <p><b>Columns.</b> The date is the most precise compatible date: dates read from the text beat
 * publication-date fallbacks, then finer granularity, then basis (explicit, relative, anaphoric,
 * narrative), then the date given by most mentions, then the earliest; its basis is the best basis
 * among the mentions giving it. Actors, names and the event code are the most frequent among the
 * mentions (ties: the more specific, i.e. longer, code, then alphabetical). Modality is the
 * strongest any mention reports (asserted, then planned, possible, negated): a plan later reported
 * as done is asserted. Sentiment is the mean tone of the mentions weighted by coder confidence (the
 * plain mean when all confidences are 0). Evidence is the sentence of the most confident mention,
 * ties broken by earliest publication, then mention id. {@code n_sources} counts distinct non-blank
 * {@code articleSource} values.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimelineMerger {

  /** Days a narrative-basis day may be off either side. */
  public static final int NARRATIVE_SLACK_DAYS = 1;

  /** Days before publication a publication-date fallback may stand for. */
  public static final int PUBLICATION_LAG_DAYS = 2;

  /** Longest core, in days, of an event that mentions from other articles may join. */
  public static final int CROSS_ARTICLE_CORE_DAYS = 31;

  private static final Comparator<EventMention> BY_ID =
      Comparator.comparing(
          EventMention::mentionId, Comparator.nullsFirst(Comparator.naturalOrder()));

  private TimelineMerger() {}

  /**
   * The key the job groups mentions by before {@link #merge}: source and target at country level
   * (raw code where it has none; empty for no target), CAMEO root and polarity, e.g. {@code
   * TJK|RUS|17|+}. Mentions with an actor of unknown country ({@code ---}) also carry their article
   * id: "someone" in two articles cannot be told to be the same, so they merge only within their
   * article.
   */
  public static String blockingKey(EventMention m) {
    return blockingKey(m, null);
  }

  /**
   * As {@link #blockingKey(EventMention)}, but mentions with an actor of unknown country are scoped
   * to {@code storyId}, the story their article reports (articles of one real-world story across
   * outlets share it), so that they merge across the outlets of one story; a null story falls back
   * to the article.
   */
  public static String blockingKey(EventMention m, String storyId) {
    String key = identityKey(m);
    if (!hasUnknownActor(m)) {
      return key;
    }
    return storyId != null
        ? key + "|story:" + storyId
        : key + "|article:" + Objects.toString(m.articleId(), "");
  }

  /**
   * Merges one block, as the caller grouped it (by either {@code blockingKey}), into events sorted
   * by date (undated last), then id. Mentions of different dyads, roots or polarities passed
   * together are merged separately; the scope of unknown actors is the caller's grouping.
   */
  public static List<TimelineEvent> merge(List<EventMention> block) {
    Map<String, List<EventMention>> byKey = new TreeMap<>();
    for (EventMention m : block) {
      byKey.computeIfAbsent(identityKey(m), k -> new ArrayList<>()).add(m);
    }
    List<TimelineEvent> out = new ArrayList<>();
    for (Map.Entry<String, List<EventMention>> e : byKey.entrySet()) {
      for (List<EventMention> members : cluster(e.getValue())) {
        out.add(EventSummary.of(e.getKey(), members));
      }
    }
    sortByDate(out);
    return out;
  }

  /**
   * Merges any collection of mentions: groups them by {@link #blockingKey(EventMention)} and merges
   * each block, in one JVM. Mentions of unknown actors merge within their article here; the job
   * groups by {@link #blockingKey(EventMention, String)} and so merges them within their story.
   */
  public static List<TimelineEvent> mergeAll(Collection<EventMention> mentions) {
    Map<String, List<EventMention>> blocks = new HashMap<>();
    for (EventMention m : mentions) {
      blocks.computeIfAbsent(blockingKey(m), k -> new ArrayList<>()).add(m);
    }
    List<TimelineEvent> out = new ArrayList<>();
    for (List<EventMention> block : blocks.values()) {
      out.addAll(merge(block));
    }
    sortByDate(out);
    return out;
  }

  private static void sortByDate(List<TimelineEvent> events) {
    events.sort(
        Comparator.comparing(
                TimelineEvent::eventDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEvent::eventId));
  }

  /** Dyad, root and polarity: mentions can only be one event when these agree. */
  private static String identityKey(EventMention m) {
    String root = m.eventRoot();
    if ((root == null || root.isEmpty()) && m.eventCode() != null) {
      root = m.eventCode().substring(0, Math.min(2, m.eventCode().length()));
    }
    return actorKey(m.sourceActor())
        + '|'
        + actorKey(m.targetActor())
        + '|'
        + Objects.toString(root, "")
        + '|'
        + (isDenied(m) ? '-' : '+');
  }

  private static boolean hasUnknownActor(EventMention m) {
    return CountryLevel.of(m.sourceActor()) == null
        || (m.targetActor() != null
            && !m.targetActor().isBlank()
            && CountryLevel.of(m.targetActor()) == null);
  }

  /** The admissible interval of a dated mention, as {begin, end}; null when undated. */
  static LocalDate[] admissible(EventMention m) {
    LocalDate begin = m.eventDate();
    if (begin == null) {
      return null;
    }
    LocalDate end =
        m.eventDateEnd() == null || m.eventDateEnd().isBefore(begin) ? begin : m.eventDateEnd();
    String basis = m.dateBasis() == null ? "" : m.dateBasis();
    if (basis.equals("publication")) {
      return new LocalDate[] {begin.minusDays(PUBLICATION_LAG_DAYS), end};
    }
    if (basis.equals("narrative") && begin.equals(end)) {
      return new LocalDate[] {
        begin.minusDays(NARRATIVE_SLACK_DAYS), end.plusDays(NARRATIVE_SLACK_DAYS)
      };
    }
    return new LocalDate[] {begin, end};
  }

  private static List<List<EventMention>> cluster(List<EventMention> block) {
    List<Dated> dated = new ArrayList<>();
    List<EventMention> undated = new ArrayList<>();
    for (EventMention m : block) {
      LocalDate[] a = admissible(m);
      if (a == null) {
        undated.add(m);
      } else {
        dated.add(new Dated(m, a[0], a[1]));
      }
    }
    dated.sort(
        Comparator.comparingLong(Dated::length)
            .thenComparing(Dated::begin)
            .thenComparing(Dated::mention, BY_ID));

    TreeSet<Cluster> index =
        new TreeSet<>(
            Comparator.comparing((Cluster c) -> c.coreBegin).thenComparingInt(c -> c.seq));
    List<Cluster> clusters = new ArrayList<>();
    long maxLength = 0;
    for (Dated d : dated) {
      maxLength = Math.max(maxLength, d.length());
      Cluster best = null;
      Cluster from = Cluster.probe(d.begin.minusDays(maxLength));
      Cluster to = Cluster.probe(d.end.plusDays(1));
      for (Cluster c : index.subSet(from, true, to, false)) {
        if (c.coreEnd.isBefore(d.begin) || !c.admits(d.mention)) {
          continue;
        }
        if (best == null || c.betterThan(best, d)) {
          best = c;
        }
      }
      if (best == null) {
        best = new Cluster(clusters.size(), d.begin, d.end);
        clusters.add(best);
      } else {
        index.remove(best);
        best.narrowTo(d.begin, d.end);
      }
      best.add(d.mention);
      index.add(best);
    }

    Map<String, Cluster> byArticle = new HashMap<>();
    for (Cluster c : clusters) {
      for (EventMention m : c.members) {
        byArticle.merge(Objects.toString(m.articleId(), ""), c, (a, b) -> a.betterHome(b) ? a : b);
      }
    }
    undated.sort(BY_ID);
    Map<String, Cluster> undatedByArticle = new TreeMap<>();
    for (EventMention m : undated) {
      String article = Objects.toString(m.articleId(), "");
      Cluster home = byArticle.get(article);
      if (home == null) {
        home =
            undatedByArticle.computeIfAbsent(
                article, a -> new Cluster(Integer.MAX_VALUE, LocalDate.MIN, LocalDate.MIN));
      }
      home.add(m);
    }

    List<List<EventMention>> out = new ArrayList<>();
    for (Cluster c : clusters) {
      out.add(c.members);
    }
    out.addAll(undatedByArticle.values().stream().map(c -> c.members).toList());
    return out;
  }

  private static String actorKey(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String level = CountryLevel.of(code);
    return level == null ? code.trim() : level;
  }

  static boolean isDenied(EventMention m) {
    return m.negated() || "negated".equals(m.modality());
  }

  private record Dated(EventMention mention, LocalDate begin, LocalDate end) {
    long length() {
      return ChronoUnit.DAYS.between(begin, end) + 1;
    }
  }

  /** A growing event: its members and the intersection of their admissible intervals. */
  private static final class Cluster {
    final int seq;
    LocalDate coreBegin;
    LocalDate coreEnd;
    final List<EventMention> members = new ArrayList<>();
    final Set<String> articles = new HashSet<>();

    Cluster(int seq, LocalDate coreBegin, LocalDate coreEnd) {
      this.seq = seq;
      this.coreBegin = coreBegin;
      this.coreEnd = coreEnd;
    }

    static Cluster probe(LocalDate begin) {
      return new Cluster(-1, begin, begin);
    }

    void add(EventMention m) {
      members.add(m);
      articles.add(Objects.toString(m.articleId(), ""));
    }

    /** Vague events (cores longer than a month) take no mentions from other articles. */
    boolean admits(EventMention m) {
      return ChronoUnit.DAYS.between(coreBegin, coreEnd) < CROSS_ARTICLE_CORE_DAYS
          || articles.contains(Objects.toString(m.articleId(), ""));
    }

    void narrowTo(LocalDate begin, LocalDate end) {
      if (begin.isAfter(coreBegin)) {
        coreBegin = begin;
      }
      if (end.isBefore(coreEnd)) {
        coreEnd = end;
      }
    }

    boolean betterThan(Cluster other, Dated d) {
      if (members.size() != other.members.size()) {
        return members.size() > other.members.size();
      }
      long dist = distance(d);
      long otherDist = other.distance(d);
      if (dist != otherDist) {
        return dist < otherDist;
      }
      return seq < other.seq;
    }

    /** Twice the distance between the midpoints of the core and of {@code d}, in days. */
    private long distance(Dated d) {
      long mid = coreBegin.toEpochDay() + coreEnd.toEpochDay();
      long dm = d.begin.toEpochDay() + d.end.toEpochDay();
      return Math.abs(mid - dm);
    }

    boolean betterHome(Cluster other) {
      if (members.size() != other.members.size()) {
        return members.size() > other.members.size();
      }
      return seq < other.seq;
    }
  }
}
