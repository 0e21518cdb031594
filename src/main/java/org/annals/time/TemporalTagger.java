package org.annals.time;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds and normalises temporal expressions.
 *
 * <p>Implementations are thread-safe: build one per executor and share it. They never throw on bad
 * input: empty text gives an empty list; a null reference date leaves relative expressions without
 * an interval.
 */
public interface TemporalTagger {

  /** annals' own implementation, with its shipped dictionaries; built once per JVM. */
  static TemporalTagger standard() {
    return GrammarTemporalTagger.shared();
  }

  /**
   * Tags {@code text}, resolving relative expressions against {@code referenceDate} (the document
   * creation time, usually the publication date). Offsets are into {@code text}; the result is
   * sorted by {@code begin} and non-overlapping.
   */
  List<TemporalExpression> tag(String text, LocalDate referenceDate);
}
