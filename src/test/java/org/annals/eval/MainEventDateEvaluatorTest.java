package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.eval.EventEvaluator.Half;
import org.annals.eval.MainEventDateEvaluator.Result;
import org.junit.jupiter.api.Test;

class MainEventDateEvaluatorTest {

  /** A TimeML document with a creation time of 1998-02-20 (a Friday). */
  private static TimeMlAnnotation doc(String text, String instances, String links)
      throws IOException {
    String xml =
        "<?xml version=\"1.0\" ?>\n<TimeML><DOCID>d</DOCID>\n"
            + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-20\""
            + " functionInDocument=\"CREATION_TIME\">19980220</TIMEX3></DCT>\n<TEXT>"
            + text
            + "</TEXT>\n"
            + instances
            + links
            + "</TimeML>\n";
    return TimeMlAnnotation.read(
        "d", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String event(String eid, String cls, String word) {
    return "<EVENT eid=\"" + eid + "\" class=\"" + cls + "\">" + word + "</EVENT>";
  }

  private static String timex(String tid, String value, String words) {
    return "<TIMEX3 tid=\""
        + tid
        + "\" type=\"DATE\" value=\""
        + value
        + "\">"
        + words
        + "</TIMEX3>";
  }

  private static String instance(String eid, String tense, String extra) {
    return "<MAKEINSTANCE eventID=\""
        + eid
        + "\" eiid=\"i"
        + eid
        + "\" tense=\""
        + tense
        + "\" aspect=\"NONE\" polarity=\"POS\" pos=\"VERB\" "
        + extra
        + "/>\n";
  }

  private static String link(String lid, String rel, String from, String to) {
    String a =
        from.startsWith("t") ? "timeID=\"" + from + "\"" : "eventInstanceID=\"i" + from + "\"";
    String b =
        to.startsWith("t")
            ? "relatedToTime=\"" + to + "\""
            : "relatedToEventInstance=\"i" + to + "\"";
    return "<TLINK lid=\"" + lid + "\" relType=\"" + rel + "\" " + a + " " + b + "/>\n";
  }

  private static final String LEAD =
      "\nWASHINGTON _ Officials "
          + event("e1", "REPORTING", "said")
          + " "
          + timex("t1", "1998-02-19", "Thursday")
          + " that rebels "
          + event("e2", "OCCURRENCE", "attacked")
          + " the U.S. embassy of Gen. Smith "
          + timex("t2", "1998-02-17", "Tuesday")
          + ". Aides "
          + event("e3", "OCCURRENCE", "arrived")
          + " "
          + timex("t3", "1998-02-18", "Wednesday")
          + ".\n\nThe rebels "
          + event("e4", "OCCURRENCE", "fled")
          + " "
          + timex("t4", "1998-02-16", "Monday")
          + ".\n";

  private static final String INSTANCES =
      instance("e1", "PAST", "")
          + instance("e2", "PAST", "")
          + instance("e3", "PAST", "")
          + instance("e4", "PAST", "");

  @Test
  void leadIsTheFirstSentenceWithAnEventDespiteAbbreviations() throws IOException {
    TimeMlAnnotation d = doc(LEAD, INSTANCES, "");
    int[] lead = MainEventDateEvaluator.lead(d);
    String s = d.text().substring(lead[0], lead[1]);
    assertTrue(s.startsWith("WASHINGTON _ Officials said"), s);
    assertTrue(s.endsWith("the U.S. embassy of Gen. Smith Tuesday."), s);
  }

  @Test
  void theReportedHappeningWinsOverTheReportAndATimexIncludesIsReadReversed() throws IOException {
    TimeMlAnnotation d =
        doc(
            LEAD,
            INSTANCES,
            link("l1", "IS_INCLUDED", "e1", "t1") + link("l2", "INCLUDES", "t2", "e2"));
    MainEventGold g = MainEventDateEvaluator.gold(d).orElseThrow();
    assertEquals(LocalDate.of(1998, 2, 17), g.day());
    assertEquals("attacked", g.event());
    assertEquals("IS_INCLUDED", g.relType());
    assertEquals("Tuesday", g.anchor());
  }

  @Test
  void theReportIsTheMainEventWhenOnlyItIsAnchored() throws IOException {
    TimeMlAnnotation d =
        doc(
            LEAD,
            INSTANCES,
            link("l1", "IS_INCLUDED", "e1", "t1") + link("l2", "BEFORE", "e2", "t2"));
    MainEventGold g = MainEventDateEvaluator.gold(d).orElseThrow();
    assertEquals(LocalDate.of(1998, 2, 19), g.day());
    assertEquals("said", g.event());
  }

  @Test
  void relationsThatDoNotFixTheFirstDayDoNotAnchorAndLaterSentencesDoNotCount() throws IOException {
    TimeMlAnnotation d =
        doc(
            LEAD,
            INSTANCES,
            link("l1", "INCLUDES", "e1", "t1")
                + link("l2", "ENDED_BY", "e2", "t2")
                + link("l3", "IS_INCLUDED", "t1", "e1")
                + link("l4", "IS_INCLUDED", "e3", "t3")
                + link("l5", "IS_INCLUDED", "e4", "t4"));
    // "said" INCLUDES its day (either way round) and "attacked" only ends on its day; "arrived"
    // and "fled" are anchored but not in the lead.
    assertEquals(Optional.empty(), MainEventDateEvaluator.gold(d));
  }

  @Test
  void negatedModalAndFutureEventsAreSkipped() throws IOException {
    String links = link("l1", "IS_INCLUDED", "e2", "t2") + link("l2", "IS_INCLUDED", "e1", "t0");
    for (String attacked :
        List.of(
            "<MAKEINSTANCE eventID=\"e2\" eiid=\"ie2\" tense=\"PAST\" polarity=\"NEG\""
                + " pos=\"VERB\"/>\n",
            instance("e2", "FUTURE", ""),
            instance("e2", "INFINITIVE", ""),
            instance("e2", "PRESENT", "modality=\"would\""))) {
      String instances = instance("e1", "PAST", "") + attacked;
      MainEventGold g = MainEventDateEvaluator.gold(doc(LEAD, instances, links)).orElseThrow();
      assertEquals(LocalDate.of(1998, 2, 20), g.day(), attacked);
      assertEquals("said", g.event());
      assertEquals("DCT", g.anchor());
    }
    MainEventGold asserted = MainEventDateEvaluator.gold(doc(LEAD, INSTANCES, links)).orElseThrow();
    assertEquals("attacked", asserted.event());
  }

  @Test
  void anEventIdenticalToAnAnchoredOneSharesItsDay() throws IOException {
    TimeMlAnnotation d =
        doc(
            LEAD,
            INSTANCES,
            link("l1", "IDENTITY", "e2", "e4") + link("l2", "IS_INCLUDED", "e4", "t4"));
    MainEventGold g = MainEventDateEvaluator.gold(d).orElseThrow();
    assertEquals(LocalDate.of(1998, 2, 16), g.day());
    assertEquals("attacked", g.event());
    assertEquals("IDENTITY+IS_INCLUDED", g.relType());
  }

  @Test
  void scoresCountOnlyDocumentsWithGoldAndSplitIntoHalves() {
    MainEventGold gold = new MainEventGold(LocalDate.of(1998, 2, 17), "x", "OCCURRENCE", "", "");
    LocalDate published = LocalDate.of(1998, 2, 18);
    List<Result> results =
        List.of(
            new Result("a", Half.of("a"), published, gold, LocalDate.of(1998, 2, 17), "", ""),
            new Result("b", Half.of("b"), published, gold, published, "", ""),
            new Result("c", Half.of("c"), published, null, published, "", ""));
    MainDateScore all = MainEventDateEvaluator.scores(results).get("all");
    assertEquals(3, all.documents());
    assertEquals(2, all.withGold());
    assertEquals(1, all.exact());
    assertEquals(2, all.withinOneDay());
    assertEquals(0, all.baselineExact());
    assertEquals(2, all.baselineWithinOneDay());
    MainDateScore dev = MainEventDateEvaluator.scores(results).get("dev");
    MainDateScore heldOut = MainEventDateEvaluator.scores(results).get("held-out");
    assertEquals(3, dev.documents() + heldOut.documents());
  }
}
