package org.annals.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One sentence of a PETRARCH validation file with the events its coder must produce.
 *
 * @param id the record id ("DEMO-05")
 * @param date the story date, or null when unreadable
 * @param category the record's category ("COMPOUND", "MODIFY"), empty when none
 * @param text the sentence, whitespace collapsed
 * @param gold the expected events; empty for no-event records and files without codings
 * @param noEvent true when the record says the sentence has no event
 * @param coded true when the record carries any expected coding (events or "no events")
 */
public record PetrarchRecord(
    String id,
    LocalDate date,
    String category,
    String text,
    List<GoldEvent> gold,
    boolean noEvent,
    boolean coded) {

  /** An expected event: CAMEO source and target actor codes and event code. */
  public record GoldEvent(String source, String target, String code) {}
}
