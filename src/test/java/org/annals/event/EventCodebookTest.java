package org.annals.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventCodebookTest {

  private final EventCodebook codebook = EventCodebook.standard();

  @Test
  void theJailingCodeHasItsGoldsteinValueAndQuadClass() {
    EventType arrest = codebook.lookup("173").orElseThrow();
    assertEquals("17", arrest.root());
    assertEquals(-5.0, arrest.goldstein());
    assertEquals(4, arrest.quadClass());
  }

  @Test
  void labelsAreSentenceCaseWithoutTheResidualNote() {
    assertEquals("Make statement", codebook.lookup("010").orElseThrow().label());
    assertEquals("Make public statement", codebook.lookup("01").orElseThrow().label());
    for (EventType t : codebook.all().values()) {
      assertFalse(t.label().contains("not specified"), t.code() + ": " + t.label());
    }
  }

  @Test
  void anUnknownSubCodeFallsBackToItsBaseButKeepsItsOwnCode() {
    EventType t = codebook.lookup("0849").orElseThrow();
    assertEquals("0849", t.code());
    assertEquals("08", t.root());
    assertTrue(codebook.lookup("99").isEmpty());
    assertTrue(codebook.lookup(null).isEmpty());
  }

  @Test
  void everyCodeHasAQuadClassThatMatchesItsRoot() {
    for (EventType t : codebook.all().values()) {
      int root = Integer.parseInt(t.root());
      int expected = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
      assertEquals(expected, t.quadClass(), t.code());
    }
  }
}
