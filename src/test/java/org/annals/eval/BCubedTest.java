package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {

  private static final Map<String, String> GOLD =
      Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "3");

  @Test
  void perfectClusteringScoresOne() {
    BCubed b = BCubed.score(GOLD, GOLD);
    assertEquals(1.0, b.f1(), 1e-12);
    assertEquals(5, b.items());
  }

  @Test
  void singletonsHavePerfectPrecisionAndMeanInverseClusterSize() {
    BCubed b = BCubed.score(Map.of(), GOLD);
    assertEquals(1.0, b.precision(), 1e-12);
    assertEquals((3 * (1.0 / 3) + 1 + 1) / 5, b.recall(), 1e-12);
  }

  @Test
  void oneBigClusterHasPerfectRecall() {
    Map<String, String> one = Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x");
    BCubed b = BCubed.score(one, GOLD);
    assertEquals(1.0, b.recall(), 1e-12);
    assertEquals((3 * (3.0 / 5) + 2 * (1.0 / 5)) / 5, b.precision(), 1e-12);
  }

  @Test
  void handWorkedExample() {
    // Predicted {a,b} {c,d} {e}: a,b precision 1, recall 2/3; c precision 1/2, recall 1/3;
    // d precision 1/2, recall 1; e 1 and 1.
    Map<String, String> pred = Map.of("a", "p", "b", "p", "c", "q", "d", "q", "e", "r");
    BCubed b = BCubed.score(pred, GOLD);
    assertEquals((1 + 1 + 0.5 + 0.5 + 1) / 5, b.precision(), 1e-12);
    assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1) / 5, b.recall(), 1e-12);
  }
}
