package org.annals.timeline;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One real-world event of the timeline: every mention of it, across sentences, articles, outlets
 * and later re-reports, merged into a row of the {@code timeline} table.
 *
 * <p>Dates: {@code eventDate}..{@code eventDateEnd} is the most precise interval its mentions give
 * (inclusive), null when no mention could be dated. {@code firstReported} and {@code lastReported}
 * are publication dates, kept apart from when the event happened; null when no mention has one. The
 * other nullable columns are the target's (no target named) and the date granularity; the rest are
 * never null: a source of unknown country is {@code ---}, a missing name is the code, a missing
 * modality {@code asserted}, missing text empty.
 *
 * @param eventId stable id: the same mentions give the same id in every run and input order
 * @param sentiment confidence-weighted mean tone of its mentions, in [-1, 1]
 * @param evidence the sentence of its representative mention (see {@link TimelineMerger})
 * @param articleIds distinct article ids, sorted
 * @param mentionIds the ids of the merged mentions, sorted; the job gives each its event id
 */
public record TimelineEvent(
    String eventId,
    LocalDate eventDate,
    LocalDate eventDateEnd,
    String dateGranularity,
    String dateBasis,
    String sourceActor,
    String sourceName,
    String targetActor,
    String targetName,
    String eventCode,
    String eventRoot,
    String eventLabel,
    int quadClass,
    double goldstein,
    String modality,
    double sentiment,
    int nMentions,
    int nArticles,
    int nSources,
    LocalDate firstReported,
    LocalDate lastReported,
    String evidence,
    List<String> articleIds,
    List<String> mentionIds)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public TimelineEvent {
    articleIds = List.copyOf(articleIds);
    mentionIds = List.copyOf(mentionIds);
  }
}
