package org.annals.timeline;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.annals.mention.AnalyzedArticle;
import org.annals.time.DateInterval;
import org.annals.time.Granularity;
import org.annals.time.TemporalExpression;
import org.annals.time.TimexType;

/**
 * What a collection says about one calendar day, summed over articles and events: the input of
 * {@link KeyDateRanker}. Built per article ({@link #ofArticle}) and per timeline event ({@link
 * #ofEvent}) and combined with {@link #merge}, which is associative and commutative, so the job can
 * reduce by date and hand the ranker one small record per date instead of all articles.
 *
 * @param date the day
 * @param articlesReferring articles whose text refers to the day at day granularity (each article
 *     counted once, whatever the number of its references)
 * @param references temporal expressions referring to the day
 * @param articlesPublished articles published on the day
 * @param events timeline events dated to the day at day granularity
 * @param mentions mentions of those events
 * @param topEventId the event reported by most articles (ties: most mentions, then smallest id), or
 *     null
 * @param topEventArticles its article count, 0 when none
 * @param topEventMentions its mention count, 0 when none
 * @param topEventLabel a readable description of it, or null
 * @param snippet text around a reference to the day, from the earliest published referring article
 *     (ties: smallest article id), or null
 * @param snippetKey the (publication date, article id) that chose {@code snippet}
 */
public record DateEvidence(
    LocalDate date,
    long articlesReferring,
    long references,
    long articlesPublished,
    long events,
    long mentions,
    String topEventId,
    long topEventArticles,
    long topEventMentions,
    String topEventLabel,
    String snippet,
    String snippetKey)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Longest snippet kept, in characters. */
  public static final int SNIPPET_LENGTH = 240;

  public DateEvidence {
    Objects.requireNonNull(date, "date");
  }

  /**
   * The evidence one article gives: one record per day its temporal expressions denote at day
   * granularity (durations, sets and coarser dates say nothing about a day), and one for its
   * publication day. Sorted by date, one record per date.
   */
  public static List<DateEvidence> ofArticle(AnalyzedArticle analyzed) {
    return ofArticle(analyzed.article().published(), DateReference.ofArticle(analyzed));
  }

  /**
   * As {@link #ofArticle(AnalyzedArticle)}, from what is stored of an article: its publication day
   * (null when unknown) and its {@link DateReference}s (all of one article).
   */
  public static List<DateEvidence> ofArticle(LocalDate published, List<DateReference> references) {
    Map<LocalDate, DateEvidence> byDay = new TreeMap<>();
    for (DateReference r : references) {
      byDay.merge(r.date(), r.evidence(), DateEvidence::merge);
    }
    if (published != null) {
      byDay.merge(published, ofPublication(published), DateEvidence::merge);
    }
    return new ArrayList<>(byDay.values());
  }

  /** The evidence of one article published on {@code day}. */
  public static DateEvidence ofPublication(LocalDate day) {
    return new DateEvidence(day, 0, 0, 1, 0, 0, null, 0, 0, null, null, null);
  }

  /** The evidence of one timeline event: its day, when it is known to the day; else none. */
  public static List<DateEvidence> ofEvent(TimelineEvent event) {
    if (event.eventDate() == null
        || !Granularity.DAY.label().equals(event.dateGranularity())
        || "negated".equals(event.modality())) {
      return List.of();
    }
    return List.of(
        new DateEvidence(
            event.eventDate(),
            0,
            0,
            0,
            1,
            event.nMentions(),
            event.eventId(),
            event.nArticles(),
            event.nMentions(),
            label(event),
            null,
            null));
  }

  /** Both records' evidence for the same date. */
  public static DateEvidence merge(DateEvidence a, DateEvidence b) {
    if (!a.date.equals(b.date)) {
      throw new IllegalArgumentException("cannot merge evidence of " + a.date + " and " + b.date);
    }
    boolean aTop = topFirst(a, b);
    boolean aSnippet = snippetFirst(a, b);
    return new DateEvidence(
        a.date,
        a.articlesReferring + b.articlesReferring,
        a.references + b.references,
        a.articlesPublished + b.articlesPublished,
        a.events + b.events,
        a.mentions + b.mentions,
        aTop ? a.topEventId : b.topEventId,
        aTop ? a.topEventArticles : b.topEventArticles,
        aTop ? a.topEventMentions : b.topEventMentions,
        aTop ? a.topEventLabel : b.topEventLabel,
        aSnippet ? a.snippet : b.snippet,
        aSnippet ? a.snippetKey : b.snippetKey);
  }

  /** The day {@code e} denotes, or null when it denotes no single day. */
  static LocalDate dayOf(TemporalExpression e) {
    DateInterval i = e.interval();
    if (i == null || i.granularity() != Granularity.DAY || !i.begin().equals(i.end())) {
      return null;
    }
    if (e.type() == TimexType.DURATION || e.type() == TimexType.SET) {
      return null;
    }
    return i.begin();
  }

  private static boolean topFirst(DateEvidence a, DateEvidence b) {
    if (a.topEventId == null || b.topEventId == null) {
      return b.topEventId == null;
    }
    if (a.topEventArticles != b.topEventArticles) {
      return a.topEventArticles > b.topEventArticles;
    }
    if (a.topEventMentions != b.topEventMentions) {
      return a.topEventMentions > b.topEventMentions;
    }
    return a.topEventId.compareTo(b.topEventId) <= 0;
  }

  private static boolean snippetFirst(DateEvidence a, DateEvidence b) {
    if (a.snippetKey == null || b.snippetKey == null) {
      return b.snippetKey == null;
    }
    return a.snippetKey.compareTo(b.snippetKey) <= 0;
  }

  private static DateEvidence withReferences(DateEvidence d, long references) {
    return new DateEvidence(
        d.date,
        d.articlesReferring,
        references,
        d.articlesPublished,
        d.events,
        d.mentions,
        d.topEventId,
        d.topEventArticles,
        d.topEventMentions,
        d.topEventLabel,
        d.snippet,
        d.snippetKey);
  }

  private static String label(TimelineEvent e) {
    String who = Objects.toString(e.sourceName(), Objects.toString(e.sourceActor(), ""));
    String whom = e.targetName() != null ? e.targetName() : e.targetActor();
    return who
        + (whom == null ? "" : " → " + whom)
        + ": "
        + Objects.toString(e.eventLabel(), e.eventCode());
  }

  /**
   * The sentence-like stretch around {@code begin..end}, at most {@value #SNIPPET_LENGTH} chars.
   */
  static String snippet(String text, int begin, int end) {
    if (text == null || begin < 0 || end > text.length() || begin > end) {
      return null;
    }
    int from = begin;
    while (from > 0 && !endsSentence(text, from - 1) && begin - from < SNIPPET_LENGTH / 2) {
      from--;
    }
    int to = end;
    while (to < text.length() && !endsSentence(text, to) && to - from < SNIPPET_LENGTH) {
      to++;
    }
    if (to < text.length() && endsSentence(text, to)) {
      to++;
    }
    if (from > 0 && !endsSentence(text, from - 1)) {
      int space = text.indexOf(' ', from);
      from = space < 0 || space >= begin ? from : space + 1;
    }
    return text.substring(from, to).strip().replaceAll("\\s+", " ");
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    return c == '\n'
        || ((c == '.' || c == '!' || c == '?')
            && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
  }
}
