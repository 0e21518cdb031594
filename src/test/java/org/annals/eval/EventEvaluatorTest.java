package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventEvaluatorTest {

  private static Path dir;
  private static List<PetrarchRecord> records;

  @BeforeAll
  static void read() throws IOException, URISyntaxException {
    dir =
        Path.of(EventEvaluatorTest.class.getResource("/petrarch/records.xml").toURI()).getParent();
    records = PetrarchRecordReader.read(dir.resolve("records.xml"));
  }

  private static PetrarchRecord record(String id) {
    return records.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void readsRecordsWithTheirExpectedEvents() {
    assertEquals(5, records.size());
    PetrarchRecord demo = record("DEMO-06");
    assertEquals(2, demo.gold().size());
    assertEquals("CALGOV", demo.gold().get(0).source());
    assertEquals("122", demo.gold().get(0).code());
    assertTrue(demo.text().startsWith("The Calenardhon government condemned"));
    assertTrue(record("DEMO-24").noEvent());
    assertEquals(4, record("COMPOUND-02").gold().size());
  }

  @Test
  void passiveWithByAgentMatchesTheExpectedDyadAndRoot() throws IOException {
    EventEvaluator evaluator = EventEvaluator.forDirectory(dir);
    EventScore s = evaluator.score(record("PASSIVE-01"));
    assertEquals(1, s.truePositives(), "Osgiliath opposed Eriador: OSG -> ERI, root 11");
    assertEquals(0, s.falseNegatives());
  }

  @Test
  void scoresAddUpOverCategories() throws IOException {
    Map<String, EventScore> scores = EventEvaluator.forDirectory(dir).scoreByCategory(records);
    EventScore all = scores.get("ALL");
    int expected = records.stream().mapToInt(r -> r.gold().size()).sum();
    assertEquals(expected, all.truePositives() + all.falseNegatives());
    assertEquals(1, all.noEventSentences());
    assertEquals(5, all.sentences());
    assertTrue(all.f1() >= 0 && all.f1() <= 1);
  }

  @Test
  void halvesAreFixedByRecordIdAndAddUpToAll() throws IOException {
    for (PetrarchRecord r : records) {
      assertEquals(EventEvaluator.Half.HELD_OUT, EventEvaluator.Half.of(r), r.id());
    }
    PetrarchRecord other = new PetrarchRecord("DEMO-01", null, "", "", List.of(), false, false);
    assertEquals(EventEvaluator.Half.DEV, EventEvaluator.Half.of(other));
    Map<String, EventScore> halves = EventEvaluator.forDirectory(dir).scoreByHalf(records);
    assertEquals(List.of("all", "dev", "held-out"), List.copyOf(halves.keySet()));
    EventScore all = halves.get("all");
    EventScore dev = halves.get("dev");
    EventScore held = halves.get("held-out");
    assertEquals(all.sentences(), dev.sentences() + held.sentences());
    assertEquals(all.truePositives(), dev.truePositives() + held.truePositives());
    assertEquals(all.falseNegatives(), dev.falseNegatives() + held.falseNegatives());
  }

  @Test
  void scoresCompareCountriesAndRoots() {
    assertEquals(
        EventEvaluator.key("TJKGOV", "RUSMIL", "1731"), EventEvaluator.key("TJK", "RUS", "173"));
    assertEquals("---|---|05", EventEvaluator.key("", null, "051"));
  }
}
