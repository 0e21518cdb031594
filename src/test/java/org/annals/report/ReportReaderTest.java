package org.annals.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.timeline.PeriodType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReaderTest {

  @TempDir Path tmp;

  Report read(String period) throws IOException {
    ReportPeriod p = ReportPeriod.parse(period);
    return new ReportReader(OutputFixture.seed(tmp.resolve("out")), 10, 4).read(p, p.seriesType());
  }

  @Test
  void quarterHasTheEventsWhoseWholeIntervalLiesInside() throws IOException {
    Report r = read("2012-Q2");
    assertEquals(
        List.of("e3", "e1", "e4", "e2", "e5"),
        r.events().stream().map(ReportEvent::eventId).toList());
    assertEquals("e2", r.topEvents().get(0).eventId(), "most mentioned first");
    assertEquals(LocalDate.of(2012, 4, 30), r.events().get(0).lastDay());
    assertEquals(List.of("a1", "a2"), r.events().get(1).articleIds());
    assertEquals(2, r.keyDates().size());
    assertEquals(2, r.publishedInPeriod());
    assertEquals(LocalDate.of(2011, 11, 1), r.datedFrom());
    assertEquals(LocalDate.of(2012, 5, 9), r.datedTo());
  }

  @Test
  void topDyadsComeWithTheirDirectedToneAndMonthlySeries() throws IOException {
    Report r = read("2012-Q2");
    assertEquals(PeriodType.MONTH, r.seriesType());
    DyadSeries top = r.dyads().get(0);
    assertEquals("RUS-TJK", top.summary().actorA() + "-" + top.summary().actorB());
    assertEquals(
        List.of("2012-04", "2012-05"), top.points().stream().map(DyadRow::period).toList());
    assertEquals(
        0.6,
        top.forward() == null ? top.backward().sentimentMean() : top.forward().sentimentMean());
    DyadSeries nato = r.dyads().get(1);
    assertNull(nato.summary().sentimentCiLow(), "a null interval stays unknown");
    assertEquals("Russia", r.actorName("RUS"));
  }

  @Test
  void anActorIsNamedByItsMostFrequentNameAndTiesGoToTheFirstName() throws IOException {
    String[][] events = {
      {"AAA", "Beta", "BBB", "Alpha"},
      {"AAA", "Alpha", "BBB", "Beta"},
      {"CCC", "Zed", null, null},
      {"CCC", "Zed", null, null},
      {"CCC", "Able", null, null}
    };
    for (boolean reversed : new boolean[] {false, true}) {
      OutputFixture f = new OutputFixture();
      for (int i = 0; i < events.length; i++) {
        String[] e = events[reversed ? events.length - 1 - i : i];
        LocalDate day = LocalDate.of(2012, 4, 17);
        OutputFixture.event(
            f,
            "e" + i,
            day,
            day,
            "day",
            "explicit",
            e[0],
            e[1],
            e[2],
            e[3],
            "010",
            "01",
            "Make statement",
            1,
            0.0,
            "asserted",
            0.0,
            1,
            1,
            1,
            "",
            List.of());
      }
      Path dir = Files.createDirectories(tmp.resolve(reversed ? "reversed" : "in-order"));
      f.write(dir, OutputFixture.MANIFEST);
      Report r = new ReportReader(dir, 10, 4).read(ReportPeriod.parse("2012"), PeriodType.MONTH);
      assertEquals("Alpha", r.actorName("AAA"), "a tie, reversed: " + reversed);
      assertEquals("Alpha", r.actorName("BBB"), "a tie, reversed: " + reversed);
      assertEquals("Zed", r.actorName("CCC"), "the most frequent name, reversed: " + reversed);
    }
  }

  @Test
  void citedArticlesAreRead() throws IOException {
    Report r = read("2012-04");
    assertEquals("rferl", r.articles().get("a2").source());
    assertEquals(LocalDate.of(2012, 4, 24), r.articles().get("a2").published());
  }

  @Test
  void anEmptyPeriodIsAnEmptyReport() throws IOException {
    Report r = read("2013");
    assertTrue(r.isEmpty());
    assertEquals(6, r.run().events());
  }

  @Test
  void aDirectoryWithoutAManifestIsNotAnOutput() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("plain"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ReportReader(dir, 10, 4).read(ReportPeriod.parse("2012"), PeriodType.MONTH));
    assertTrue(e.getMessage().contains("not an annals output directory"), e.getMessage());
  }

  @Test
  void aMissingTableIsNamed() throws IOException {
    Path dir = OutputFixture.seed(tmp.resolve("out"));
    Files.delete(dir.resolve("parquet/dyads/part-00000.parquet"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ReportReader(dir, 10, 4).read(ReportPeriod.parse("2012"), PeriodType.MONTH));
    assertTrue(e.getMessage().contains("dyads"), e.getMessage());
  }
}
