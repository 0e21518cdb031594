package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NattyNormalizerTest {

  @Test
  void antlrErrorChatterNeverReachesTheConsole() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      NattyNormalizer natty = new NattyNormalizer();
      natty.date("@@ ## 12:99", LocalDate.of(2012, 4, 23));
      natty.date("mid-30's in 1983", LocalDate.of(2012, 4, 23));
      System.err.println("other output still shows");
    } finally {
      System.setErr(original);
    }
    String err = captured.toString(StandardCharsets.UTF_8);
    assertTrue(err.contains("other output still shows"));
    assertTrue(!err.contains("no viable alternative"), err);
  }

  @Test
  void readsSpansAgainstTheReferenceDateAndCaches() {
    NattyNormalizer natty = new NattyNormalizer();
    LocalDate ref = LocalDate.of(2012, 4, 23);
    assertEquals(LocalDate.of(2011, 11, 1), natty.date("last November", ref).orElseThrow());
    assertEquals(LocalDate.of(2012, 4, 22), natty.date("yesterday", ref).orElseThrow());
    long parses = natty.parses();
    natty.date("last November", ref);
    assertEquals(parses, natty.parses());
    assertTrue(natty.date("last November", null).isEmpty());
    assertTrue(natty.date("", ref).isEmpty());
  }
}
