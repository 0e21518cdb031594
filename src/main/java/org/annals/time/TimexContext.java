package org.annals.time;

import java.time.LocalDate;

/**
 * What resolving one document needs: its text, reference date (nullable), the tense reader and
 * Natty. One per {@code tag} call; not shared between threads.
 */
record TimexContext(
    String text, LocalDate reference, TenseCues tense, NattyNormalizer natty, TimexVocabulary vocab) {

  TenseCues.Direction direction(TimexCandidate c) {
    return tense.around(text, c.begin, c.end);
  }

  /** Natty's reading of {@code text[begin, end)} against the reference date, or null. */
  LocalDate natty(int begin, int end) {
    return natty.date(text.substring(begin, end), reference).orElse(null);
  }

  void usedNatty() {
    natty.countAnswerUsed();
  }
}
