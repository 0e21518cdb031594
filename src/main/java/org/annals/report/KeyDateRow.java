package org.annals.report;

import java.time.LocalDate;

/**
 * A row of the {@code key_dates} table as the report reads it back: a day ranked by how much
 * happened on it. The ranker's own value is {@link org.annals.timeline.KeyDate}.
 */
public record KeyDateRow(
    LocalDate date,
    double score,
    long nEvents,
    long nMentions,
    long nArticles,
    String topEventId,
    String label,
    int rank) {}
