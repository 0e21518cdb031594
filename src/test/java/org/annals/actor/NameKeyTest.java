package org.annals.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void transliterationsOfOneNameShareAKey() {
    assertEquals(NameKey.of("Rakhmon"), NameKey.of("Rahmon"));
    assertEquals(NameKey.of("Rahmon"), NameKey.of("Rakhmonov"));
    assertEquals(NameKey.of("Imomali"), NameKey.of("Emomali"));
    assertEquals(NameKey.of("Khodorkovsky"), NameKey.of("Hodorkovskiy"));
  }

  @Test
  void differentNamesDiffer() {
    assertNotEquals(NameKey.of("Putin"), NameKey.of("Rahmon"));
    assertEquals("", NameKey.of("Al"));
    assertEquals("", NameKey.of("Loyn"), "two consonants would match Lyon, Lane, Lean, Olin");
  }
}
