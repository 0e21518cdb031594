package org.annals.mention;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One statement of an event in one sentence of one article: a row of the {@code mentions} table
 * before timeline merging gives it an {@code event_id}.
 *
 * <p>Offsets are into the article's cleaned text. Nullable: target fields (no target named), event
 * dates (basis unknown), {@code published}.
 */
public record EventMention(
    String mentionId,
    String articleId,
    String articleSource,
    LocalDate published,
    int sentenceIndex,
    int charBegin,
    int charEnd,
    String sentence,
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
    boolean negated,
    LocalDate eventDate,
    LocalDate eventDateEnd,
    String dateGranularity,
    String dateText,
    String dateBasis,
    double sentiment,
    double confidence)
    implements Serializable {}
