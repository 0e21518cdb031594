package org.annals.eval;

import java.time.LocalDate;

/**
 * The main event of a TimeML document as its annotation dates it (see {@link
 * MainEventDateEvaluator#gold}).
 *
 * @param day the day the annotators anchored the event to
 * @param event the event's text ("said")
 * @param eventClass its TimeML class
 * @param relType the anchoring TLINK's relation, read from the event's side ("IS_INCLUDED")
 * @param anchor the anchoring timex's text, or "DCT" for the document creation time
 */
public record MainEventGold(
    LocalDate day, String event, String eventClass, String relType, String anchor) {}
