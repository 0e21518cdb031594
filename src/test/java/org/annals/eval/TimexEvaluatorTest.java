package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.eval.TimeMlDocument.GoldTimex;
import org.annals.time.DateBasis;
import org.annals.time.TemporalExpression;
import org.annals.time.TimexType;
import org.junit.jupiter.api.Test;

class TimexEvaluatorTest {

  private static TimeMlDocument fixture() throws IOException, URISyntaxException {
    return TimeMlDocument.read(
        Path.of(TimexEvaluatorTest.class.getResource("/eval/wsj_0555.tml").toURI()));
  }

  @Test
  void readsTextWithoutTagsCreationDateAndGoldOffsets() throws Exception {
    TimeMlDocument doc = fixture();
    assertEquals("wsj_0555", doc.id());
    assertEquals(LocalDate.of(1989, 10, 30), doc.creationDate());
    assertTrue(!doc.text().contains("<TIMEX3"));
    assertTrue(!doc.gold().isEmpty());
    for (GoldTimex g : doc.gold()) {
      String span = doc.text().substring(g.begin(), g.end());
      assertEquals(span.strip(), span, "gold span has stray white space: " + g);
      assertTrue(!g.value().isEmpty());
    }
  }

  @Test
  void goldAgainstItselfScoresOne() throws Exception {
    TimeMlDocument doc = fixture();
    TimexEvaluator evaluator = new TimexEvaluator((text, ref) -> asSystem(doc), null);
    TimexScores s = evaluator.evaluate(doc);
    assertEquals(1.0, s.strictF1(), 1e-9);
    assertEquals(1.0, s.valueF1(), 1e-9);
    assertEquals(1.0, s.typeF1(), 1e-9);
  }

  @Test
  void relaxedMatchPairsOneToOneAndValueF1IsAccuracyTimesRelaxedF1() {
    List<GoldTimex> gold =
        List.of(new GoldTimex(0, 10, "DATE", "1998"), new GoldTimex(20, 25, "DURATION", "P2Y"));
    List<TemporalExpression> system =
        List.of(
            new TemporalExpression(
                2, 8, "xxxxxx", TimexType.DATE, "1998", null, DateBasis.EXPLICIT),
            new TemporalExpression(4, 9, "xxxxx", TimexType.DATE, "1997", null, DateBasis.EXPLICIT),
            new TemporalExpression(
                20, 25, "xxxxx", TimexType.DATE, "P2Y", null, DateBasis.RELATIVE));
    TimexScores s = TimexEvaluator.score(gold, system);
    assertEquals(2, s.relaxed());
    assertEquals(1, s.strict());
    assertEquals(2, s.valueMatches());
    assertEquals(1, s.typeMatches());
    double relaxedF1 = 2 * (2.0 / 3) * 1.0 / (2.0 / 3 + 1.0);
    assertEquals(relaxedF1, s.relaxedF1(), 1e-9);
    assertEquals(relaxedF1, s.valueF1(), 1e-9);
    assertEquals(0.5 * relaxedF1, s.typeF1(), 1e-9);
  }

  @Test
  void documentsFallInFixedHalvesByTheParityOfTheCrcOfTheirName() {
    // CRC-32("wsj_0555") and CRC-32("APW19980213.1310") differ in parity; the split never moves.
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update("wsj_0555".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    EventEvaluator.Half expected =
        (crc.getValue() & 1) == 0 ? EventEvaluator.Half.DEV : EventEvaluator.Half.HELD_OUT;
    assertEquals(expected, TimexEvaluator.half("wsj_0555"));
    assertEquals(TimexEvaluator.half("wsj_0555"), TimexEvaluator.half("wsj_0555"));
  }

  @Test
  void listsMissedSpuriousAndWronglyValuedExpressionsWithContextAndGoldValue() {
    String text = "Sales rose last week. Prices fell on Monday.";
    TimeMlDocument doc =
        new TimeMlDocument(
            "made_up",
            text,
            LocalDate.of(1989, 11, 1),
            List.of(
                new GoldTimex(11, 20, "DATE", "1989-W43"),
                new GoldTimex(37, 43, "DATE", "1989-10-30")));
    List<TemporalExpression> system =
        List.of(
            new TemporalExpression(0, 5, "Sales", TimexType.DATE, "PRESENT_REF", null, null),
            new TemporalExpression(
                11, 20, "last week", TimexType.DATE, "1989-W44", null, DateBasis.RELATIVE));
    StringWriter out = new StringWriter();
    new TimexEvaluator((t, ref) -> system, null)
        .listErrors(new PrintWriter(out, true), null)
        .evaluate(doc);
    String[] lines = out.toString().split("\\R");
    assertEquals(3, lines.length, out.toString());
    assertTrue(lines[0].contains(" SPURIOUS system \"Sales\" DATE PRESENT_REF | "), lines[0]);
    assertTrue(
        lines[1].contains(
            " VALUE gold \"last week\" DATE 1989-W43 system \"last week\" DATE 1989-W44 | "),
        lines[1]);
    assertTrue(lines[1].contains("Sales rose [[last week]]. Prices"), lines[1]);
    assertTrue(lines[2].contains(" MISSED gold \"Monday\" DATE 1989-10-30 | "), lines[2]);
  }

  private static List<TemporalExpression> asSystem(TimeMlDocument doc) {
    return doc.gold().stream()
        .map(
            g ->
                new TemporalExpression(
                    g.begin(),
                    g.end(),
                    doc.text().substring(g.begin(), g.end()),
                    TimexType.valueOf(g.type()),
                    g.value(),
                    null,
                    DateBasis.EXPLICIT))
        .toList();
  }
}
