package org.annals.timeline;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of the {@code key_dates} table: a date of the collection and how much happened on it.
 *
 * @param rank 1 for the most important date
 * @param date the day
 * @param score importance, see {@link KeyDateRanker}
 * @param nEvents timeline events dated to the day
 * @param nMentions mentions of those events
 * @param nArticles articles whose text refers to the day
 * @param topEventId the event of the day reported by most articles, or null
 * @param label what happened: the sentence around a reference to the day in the earliest published
 *     article that refers to it, else the top event ("Tajikistan → Russia: Arrest, detain, or
 *     charge with legal action"); empty when neither is known
 */
public record KeyDate(
    int rank,
    LocalDate date,
    double score,
    long nEvents,
    long nMentions,
    long nArticles,
    String topEventId,
    String label)
    implements Serializable {

  private static final long serialVersionUID = 1L;
}
