package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annals.actor.ActorMention;
import org.annals.actor.ActorRecognizer;
import org.annals.event.CodedEvent;
import org.annals.event.EventCoder;
import org.annals.event.Modality;
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

  /** An evaluator whose coder codes one event of {@code code} and {@code modality}. */
  private static EventEvaluator coding(String code, Modality modality, boolean intents) {
    ActorMention usa = new ActorMention(0, 0, 5, "Obama", "USAGOV", "Obama", false);
    ActorMention chn = new ActorMention(0, 19, 24, "China", "CHN", "China", false);
    ActorRecognizer actors = (text, sentences, date) -> List.of(usa, chn);
    EventCoder coder =
        (sentence, found) ->
            List.of(new CodedEvent(0, 0, 24, 11, 16, usa, chn, code, modality, false, 0.8));
    return new EventEvaluator(actors, coder, intents);
  }

  private static final PetrarchRecord WILL_VISIT =
      new PetrarchRecord(
          "RN-1",
          null,
          "",
          "Obama will visit China",
          List.of(new PetrarchRecord.GoldEvent("USAGOV", "CHN", "036")),
          false,
          true);

  @Test
  void aPlannedVisitIsScoredAsCameoCodesIt() {
    assertEquals(1, coding("042", Modality.PLANNED, true).score(WILL_VISIT).truePositives());
    EventScore asserted = coding("042", Modality.ASSERTED, true).score(WILL_VISIT);
    assertEquals(0, asserted.truePositives(), "a visit that took place is a 04 event");
    EventScore literal = coding("042", Modality.PLANNED, false).score(WILL_VISIT);
    assertEquals(0, literal.truePositives(), "a verb dictionary's literal output keeps 042");
  }

  @Test
  void aHypotheticalEventIsNotAnEventInCameo() {
    PetrarchRecord mayVisit =
        new PetrarchRecord("RN-2", null, "", "Obama may visit China", List.of(), true, true);
    EventScore s = coding("042", Modality.POSSIBLE, true).score(mayVisit);
    assertEquals(0, s.falsePositives(), "could, might, may: not coded");
    assertEquals(0, s.noEventSentencesWithEvents());
    EventScore literal = coding("042", Modality.POSSIBLE, false).score(mayVisit);
    assertEquals(1, literal.falsePositives(), "a verb dictionary's literal output codes it");
  }

  @Test
  void theDetailShowsEventsAsTheyAreScored() {
    EventEvaluator.Detail planned = coding("042", Modality.PLANNED, true).detail(WILL_VISIT);
    assertEquals(List.of("USA|CHN|03 036"), planned.predicted(), "a plan under its intent code");
    PetrarchRecord mayVisit =
        new PetrarchRecord("RN-2", null, "", "Obama may visit China", List.of(), true, true);
    EventEvaluator.Detail possible = coding("042", Modality.POSSIBLE, true).detail(mayVisit);
    assertEquals(List.of(), possible.predicted());
    assertEquals(List.of("USA|CHN|04 042 (possible)"), possible.unscored());
  }
}
