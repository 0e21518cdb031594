package org.annals.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClauseWordsTest {

  @Test
  void catenativeKindsComeFromOneList() {
    assertTrue(ClauseWords.CATENATIVES.containsAll(ClauseWords.MODAL_CATENATIVES));
    assertTrue(ClauseWords.CATENATIVES.containsAll(ClauseWords.NEGATING_CATENATIVES));
    assertTrue(ClauseWords.MODAL_CATENATIVES.contains("PLANS"));
    assertFalse(ClauseWords.NEGATING_CATENATIVES.contains("PLANS"));
    assertTrue(ClauseWords.MODAL_CATENATIVES.contains("UNABLE"));
    assertTrue(ClauseWords.NEGATING_CATENATIVES.contains("UNABLE"));
    assertFalse(ClauseWords.MODAL_CATENATIVES.contains("VOWED"), "a vow is an event of its own");
    assertFalse(
        ClauseWords.MODAL_CATENATIVES.contains("REFUSED"), "a refusal is an event of its own");
    assertTrue(ClauseWords.NEGATING_CATENATIVES.contains("REFUSED"));
  }
}
