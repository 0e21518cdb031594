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

  @Test
  void announcedCooperationIsCodedAsAnIntentAndAnnouncedConflictAsAThreat() {
    assertEquals("036", codebook.intentCode("042"), "will make a visit: intent to meet");
    assertEquals("036", codebook.intentCode("046"), "will negotiate: intent to negotiate");
    assertEquals("039", codebook.intentCode("045"), "will mediate: intent to mediate");
    assertEquals("0311", codebook.intentCode("061"), "will cooperate economically");
    assertEquals("0332", codebook.intentCode("072"), "will supply arms: intent to give arms");
    assertEquals("0353", codebook.intentCode("0841"), "will free prisoners: intent to release");
    assertEquals("0356", codebook.intentCode("0874"), "are due to pull out: intent to de-escalate");
    assertEquals("1312", codebook.intentCode("163"), "will impose sanctions: threaten sanctions");
    assertEquals("138", codebook.intentCode("190"), "will attack: threaten military force");
    assertEquals("1382", codebook.intentCode("192"), "will occupy: threaten occupation");
    assertEquals("1385", codebook.intentCode("2042"), "will use nuclear weapons");
  }

  @Test
  void verbalActsKeepTheirOwnCodeWhenAnnounced() {
    assertEquals("020", codebook.intentCode("020"), "will ask: still an appeal");
    assertEquals("010", codebook.intentCode("010"));
    assertEquals("112", codebook.intentCode("112"));
    assertEquals("036", codebook.intentCode("036"));
    assertEquals("138", codebook.intentCode("138"));
    assertEquals(null, codebook.intentCode(null));
  }

  @Test
  void everyIntentIsAnIntentOrThreatCodeOfTheSameKindOfAct() {
    assertFalse(codebook.intents().isEmpty());
    for (var e : codebook.intents().entrySet()) {
      String intent = e.getValue();
      assertTrue(codebook.contains(intent), intent);
      int quad = codebook.lookup(e.getKey()).orElseThrow().quadClass();
      String expectedRoot = quad <= 2 ? "03" : "13"; // cooperation: intent; conflict: threat
      assertEquals(expectedRoot, intent.substring(0, 2), e.getKey() + " -> " + intent);
    }
  }
}
