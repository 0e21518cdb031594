package org.annals.timeline;

import static org.annals.timeline.Mentions.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annals.mention.EventMention;
import org.junit.jupiter.api.Test;

class DyadPeriodTest {

  private static final LocalDate APR_23 = LocalDate.of(2012, 4, 23);

  /** The mentions of the seed article (Reuters, 2012-04-23) that name two actors. */
  private static List<EventMention> seedArticle() {
    return List.of(
        mention()
            .sentence(
                3, "\"Russia is the main strategic partner and our natural ally,\" Rakhmon said.")
            .actors("TJKGOV", "Imomali Rakhmon", "RUS", "Russia")
            .event("051", "Praise or endorse", 1, 3.4)
            .day(LocalDate.of(2012, 4, 17), "relative", "on Tuesday")
            .tone(0.62, 0.8)
            .build(),
        mention()
            .sentence(5, "... after a Russian pilot was jailed in Tajikistan last November ...")
            .actors("TJKJUD", "Tajikistan", "RUS", "Russia")
            .event("173", "Arrest, detain, or charge with legal action", 4, -5.0)
            .month(2011, 11, "relative", "last November")
            .tone(-0.45, 0.7)
            .build(),
        mention()
            .sentence(
                7,
                "NATO forces are due to pull out most of their combat troops from Afghanistan by"
                    + " the end of 2014.")
            .actors("IGOWSTNAT", "NATO", "AFG", "Afghanistan")
            .event("0874", "Retreat or surrender militarily", 2, 5.0)
            .interval(APR_23, LocalDate.of(2014, 12, 31), "year", "explicit", "by the end of 2014")
            .modality("planned")
            .build(),
        mention()
            .sentence(
                8,
                "Russia, for its part, says it opposes a long-term Western military presence in"
                    + " Afghanistan.")
            .actors("RUS", "Russia", "IGOWSTNAT", "NATO")
            .event("111", "Criticize or denounce", 3, -2.0)
            .day(APR_23, "publication", "")
            .tone(-0.3, 0.6)
            .build());
  }

  private static Map<DyadKey, DyadPeriod> aggregate(List<EventMention> mentions) {
    Map<DyadKey, List<DyadObservation>> groups =
        new TreeMap<>(java.util.Comparator.comparing(DyadKey::toString));
    for (EventMention m : mentions) {
      String eventId = "e-" + m.mentionId();
      for (DyadKey k : DyadPeriod.keys(m, eventId)) {
        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(DyadObservation.of(m, eventId));
      }
    }
    Map<DyadKey, DyadPeriod> rows =
        new TreeMap<>(java.util.Comparator.comparing(DyadKey::toString));
    groups.forEach((k, v) -> rows.put(k, DyadPeriod.aggregate(k, v)));
    return rows;
  }

  private static DyadPeriod row(
      Map<DyadKey, DyadPeriod> rows, String a, String b, boolean directed, String period) {
    return rows.values().stream()
        .filter(r -> r.actorA().equals(a) && r.actorB().equals(b) && r.directed() == directed)
        .filter(r -> r.period().equals(period))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no row " + a + " " + b + " " + directed + " " + period));
  }

  @Test
  void seedArticleGivesNegativeJailingMonthAndPositiveStanceInApril() {
    Map<DyadKey, DyadPeriod> rows = aggregate(seedArticle());

    DyadPeriod jailing = row(rows, "RUS", "TJK", false, "2011-11");
    assertTrue(jailing.sentimentMean() < 0);
    assertEquals(1, jailing.materialConflict());
    assertEquals(LocalDate.of(2011, 11, 1), jailing.periodStart());
    assertEquals(LocalDate.of(2011, 11, 30), jailing.periodEnd());

    DyadPeriod stance = row(rows, "TJK", "RUS", true, "2012-04");
    assertTrue(stance.sentimentMean() > 0);
    assertEquals(1, stance.verbalCoop());
    assertEquals("month", stance.periodType());

    row(rows, "TJK", "RUS", true, "2012-W16");
    row(rows, "IGOWSTNAT", "RUS", false, "2012-Q2");
    assertTrue(
        rows.values().stream().noneMatch(r -> r.actorA().equals("AFG")), "a plan did not happen");
  }

  @Test
  void eventKnownOnlyToTheMonthCountsInNoWeek() {
    EventMention jailing = seedArticle().get(1);

    List<DyadKey> keys = DyadPeriod.keys(jailing, "e1");

    assertEquals(6, keys.size());
    assertTrue(keys.stream().noneMatch(k -> k.periodType() == PeriodType.WEEK));
    assertEquals(
        List.of("2011-11", "2011-11", "2011-Q4", "2011-Q4", "2011", "2011"),
        keys.stream().map(DyadKey::period).toList());
  }

  @Test
  void mergedEventDateGivesReReportsTheEventsWeek() {
    EventMention reReport = seedArticle().get(1);
    TimelineEvent event =
        new TimelineEvent(
            "e1",
            LocalDate.of(2011, 11, 8),
            LocalDate.of(2011, 11, 8),
            "day",
            "relative",
            "TJKJUD",
            "Tajik court",
            "RUS",
            "Russia",
            "173",
            "17",
            "Arrest",
            4,
            -5.0,
            "asserted",
            -0.5,
            2,
            2,
            2,
            null,
            null,
            "",
            List.of(),
            List.of());

    List<DyadKey> keys = DyadPeriod.keys(reReport, event);

    assertTrue(keys.stream().anyMatch(k -> k.period().equals("2011-W45")));
  }

  @Test
  void periodLabelsFollowIsoWeeksAndQuarters() {
    LocalDate newYearsDay = LocalDate.of(2012, 1, 1);
    assertEquals("2011-W52", PeriodType.WEEK.periodOf(newYearsDay));
    assertEquals(LocalDate.of(2011, 12, 26), PeriodType.WEEK.start(newYearsDay));
    assertEquals("2012-W17", PeriodType.WEEK.periodOf(APR_23));
    assertEquals("2012-Q2", PeriodType.QUARTER.periodOf(APR_23));
    assertEquals(LocalDate.of(2012, 6, 30), PeriodType.QUARTER.end(APR_23));
    assertEquals("2012", PeriodType.YEAR.periodOf(APR_23));
  }

  @Test
  void confidenceIntervalIsStudentTOnMentionSentimentsWhenEachEventIsReportedOnce() {
    DyadKey key = DyadKey.of("RUS", "TJK", false, PeriodType.MONTH, LocalDate.of(2011, 11, 8));
    DyadPeriod row =
        DyadPeriod.aggregate(
            key,
            List.of(
                new DyadObservation("e1", "m1", -0.5, -5.0, 4),
                new DyadObservation("e2", "m2", -0.3, -5.0, 4),
                new DyadObservation("e3", "m3", -0.1, -2.0, 3)));

    assertEquals(-0.3, row.sentimentMean(), 1e-12);
    double half = 4.3027 * 0.2 / Math.sqrt(3);
    assertEquals(-0.3 - half, row.sentimentCiLow(), 1e-9);
    assertEquals(-0.3 + half, row.sentimentCiHigh(), 1e-9);
  }

  @Test
  void reReportsOfOneEventWidenTheIntervalInsteadOfNarrowingIt() {
    DyadKey key = DyadKey.of("RUS", "TJK", false, PeriodType.MONTH, LocalDate.of(2011, 11, 8));
    DyadPeriod row =
        DyadPeriod.aggregate(
            key,
            List.of(
                new DyadObservation("e1", "m1", -0.5, -5.0, 4),
                new DyadObservation("e1", "m2", -0.5, -5.0, 4),
                new DyadObservation("e1", "m3", -0.5, -5.0, 4),
                new DyadObservation("e2", "m4", -0.1, -2.0, 3),
                new DyadObservation("e3", "m5", -0.3, -2.0, 3)));

    assertEquals(-0.38, row.sentimentMean(), 1e-12, "the mean stays over mentions");
    // Event residual sums -0.36, 0.28, 0.08: CR1 variance 3/2 * 0.2144 / 25, t at 2 df.
    double half = 4.3027 * Math.sqrt(1.5 * 0.2144 / 25);
    assertEquals(-0.38 - half, row.sentimentCiLow(), 1e-9);
    assertEquals(-0.38 + half, row.sentimentCiHigh(), 1e-9);
    double asIfIndependent = 2.7764 * Math.sqrt(0.128 / 4) / Math.sqrt(5);
    assertTrue(half > 2 * asIfIndependent, "three echoes of one report are not three readings");

    DyadPeriod oneEvent =
        DyadPeriod.aggregate(
            key,
            List.of(
                new DyadObservation("e1", "m1", -0.5, -5.0, 4),
                new DyadObservation("e1", "m2", -0.3, -5.0, 4)));
    assertNull(oneEvent.sentimentCiLow(), "one event, however often reported, has no spread");
    assertNull(oneEvent.sentimentCiHigh());
  }

  @Test
  void goldsteinAndQuadClassesCountEventsNotReports() {
    DyadKey key = DyadKey.of("RUS", "TJK", false, PeriodType.MONTH, LocalDate.of(2011, 11, 8));
    List<DyadObservation> obs =
        new ArrayList<>(
            List.of(
                new DyadObservation("e1", "m1", -0.5, -5.0, 4),
                new DyadObservation("e1", "m2", -0.3, -5.0, 4),
                new DyadObservation("e2", "m3", -0.1, -2.0, 3)));

    DyadPeriod row = DyadPeriod.aggregate(key, obs);

    assertEquals(3, row.nMentions());
    assertEquals(2, row.nEvents());
    assertEquals(-7.0, row.goldsteinSum(), 1e-12, "per event, not per report");
    assertEquals(-3.5, row.goldsteinMean(), 1e-12);
    assertEquals(1, row.materialConflict());
    assertEquals(1, row.verbalConflict());

    Collections.reverse(obs);
    assertEquals(row, DyadPeriod.aggregate(key, obs));
  }

  @Test
  void singleMentionHasNoIntervalAndIdenticalOnesADegenerateOne() {
    DyadKey key = DyadKey.of("RUS", "TJK", true, PeriodType.YEAR, APR_23);
    DyadPeriod one = DyadPeriod.aggregate(key, List.of(new DyadObservation("e", "m", 0.4, 3.4, 1)));
    assertNull(one.sentimentCiLow());
    assertNull(one.sentimentCiHigh());

    DyadPeriod same =
        DyadPeriod.aggregate(
            key,
            List.of(
                new DyadObservation("e1", "m1", 0.4, 3.4, 1),
                new DyadObservation("e2", "m2", 0.4, 3.4, 1)));
    assertEquals(0.4, same.sentimentCiLow(), 1e-12);
    assertEquals(0.4, same.sentimentCiHigh(), 1e-12);
  }

  @Test
  void mentionsWithoutTargetDateOrCountryMakeNoRows() {
    assertTrue(
        DyadPeriod.keys(
                mention()
                    .actors("TJK", "Tajikistan", null, null)
                    .day(APR_23, "publication", "")
                    .build(),
                "e")
            .isEmpty());
    assertTrue(DyadPeriod.keys(mention().undated().build(), "e").isEmpty());
    assertTrue(
        DyadPeriod.keys(
                mention()
                    .actors("---GOV", "government", "RUS", "Russia")
                    .day(APR_23, "publication", "")
                    .build(),
                "e")
            .isEmpty());
    assertTrue(
        DyadPeriod.keys(
                mention()
                    .actors("TJKGOV", "government", "TJKOPP", "opposition")
                    .day(APR_23, "publication", "")
                    .build(),
                "e")
            .isEmpty(),
        "domestic");
  }

  @Test
  void countryLevelKeepsOrganisationsWhole() {
    assertEquals("TJK", CountryLevel.of("TJKGOV"));
    assertEquals("IGOWSTNAT", CountryLevel.of("IGOWSTNAT"));
    assertEquals("IGOUNO", CountryLevel.of("IGOUNO"));
    assertEquals("IGOWSTNAT", CountryLevel.of("IGOWSTNATMIL"), "NATO forces are NATO");
    assertEquals("IGOUNOHLHWHO", CountryLevel.of("IGOUNOHLHWHO"), "the WHO is not the UN");
    assertEquals("IGOXYZ", CountryLevel.of("IGOXYZGOV"), "unknown organisation, role dropped");
    assertNull(CountryLevel.of("---"));
    assertNull(CountryLevel.of(null));
  }

  @Test
  void undirectedKeyNeedsOrderedActors() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DyadKey.of("TJK", "RUS", false, PeriodType.YEAR, APR_23));
  }

  @Test
  void studentTBeyondTheTableIsCloseToExact() {
    assertEquals(2.0395, StudentT.quantile975(31), 5e-4);
    assertEquals(2.0086, StudentT.quantile975(50), 5e-4);
    assertEquals(1.9840, StudentT.quantile975(100), 5e-4);
  }
}
