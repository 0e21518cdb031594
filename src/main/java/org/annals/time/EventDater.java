package org.annals.time;

import java.time.LocalDate;
import java.util.List;
import org.annals.text.Sentence;

/**
 * Dates the events of an article: each takes its date from the temporal expression that governs it
 * (its clause, then its sentence), else from the narrative context, else the publication date.
 * Anaphoric expressions ("shortly afterwards", "two days later") anchor on the previous event.
 *
 * <p>Implementations are thread-safe.
 */
public interface EventDater {

  /** annals' own implementation, with its shipped dictionaries; built once per JVM. */
  static EventDater standard() {
    return StandardEventDater.shared();
  }

  /**
   * @param text the article text
   * @param sentences its sentences
   * @param expressions the temporal expressions of {@code text}, sorted by offset
   * @param targets the events to date, in text order
   * @param published publication date, or null
   * @return one date per target, in the same order
   */
  List<EventDate> date(
      String text,
      List<Sentence> sentences,
      List<TemporalExpression> expressions,
      List<DatingTarget> targets,
      LocalDate published);

  /**
   * The day (or first day of the interval) on which the article's main reported event happened,
   * usually set in the lead; {@link EventDate#unknown()} when unknown.
   */
  EventDate mainEventDate(
      String text,
      List<Sentence> sentences,
      List<TemporalExpression> expressions,
      List<EventDate> eventDates,
      LocalDate published);
}
