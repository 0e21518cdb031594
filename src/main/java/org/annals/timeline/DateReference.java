package org.annals.timeline;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.annals.article.Article;
import org.annals.mention.AnalyzedArticle;
import org.annals.time.TemporalExpression;

/**
 * A calendar day an article's text refers to at day granularity: a row of the {@code
 * date_references} table, and everything {@link DateEvidence#ofArticle} needs about an article
 * besides its publication day. Key dates can so be ranked again from stored rows, without the
 * article texts.
 *
 * @param articleId the article
 * @param published the article's publication day, or null when unknown; it orders the snippets (the
 *     earliest published referring article gives a key date its label)
 * @param date the day referred to
 * @param references temporal expressions of the article denoting the day (at least 1)
 * @param snippet text around the article's first reference to the day, at most {@value
 *     DateEvidence#SNIPPET_LENGTH} characters; null when it could not be cut from the text
 */
public record DateReference(
    String articleId, LocalDate published, LocalDate date, long references, String snippet)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public DateReference {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(date, "date");
  }

  /**
   * The days an article's temporal expressions denote at day granularity (durations, sets and
   * coarser dates say nothing about a day), one record per day, sorted by day. The snippet is cut
   * around the first expression denoting the day.
   */
  public static List<DateReference> ofArticle(AnalyzedArticle analyzed) {
    Article article = analyzed.article();
    Map<LocalDate, DateReference> byDay = new TreeMap<>();
    for (TemporalExpression e : analyzed.expressions()) {
      LocalDate day = DateEvidence.dayOf(e);
      if (day == null) {
        continue;
      }
      DateReference prior = byDay.get(day);
      byDay.put(
          day,
          prior == null
              ? new DateReference(
                  article.id(),
                  article.published(),
                  day,
                  1,
                  DateEvidence.snippet(article.text(), e.begin(), e.end()))
              : new DateReference(
                  prior.articleId, prior.published, day, prior.references + 1, prior.snippet));
    }
    return new ArrayList<>(byDay.values());
  }

  /** What this reference tells {@link KeyDateRanker} about its day: one referring article. */
  public DateEvidence evidence() {
    return new DateEvidence(
        date, 1, references, 0, 0, 0, null, 0, 0, null, snippet, published + "/" + articleId);
  }
}
