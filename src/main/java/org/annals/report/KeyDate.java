package org.annals.report;

import java.time.LocalDate;

/** A row of the {@code key_dates} table: a day ranked by how much happened on it. */
public record KeyDate(
    LocalDate date,
    double score,
    long nEvents,
    long nMentions,
    long nArticles,
    String topEventId,
    String label,
    int rank) {}
