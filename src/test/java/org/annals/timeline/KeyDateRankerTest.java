package org.annals.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.annals.article.Article;
import org.annals.article.PublishedBasis;
import org.annals.mention.AnalyzedArticle;
import org.annals.time.DateBasis;
import org.annals.time.DateInterval;
import org.annals.time.EventDate;
import org.annals.time.Granularity;
import org.annals.time.TemporalExpression;
import org.annals.time.TimexType;
import org.junit.jupiter.api.Test;

class KeyDateRankerTest {

  private static final LocalDate QUAKE = LocalDate.of(2010, 1, 12);

  private static TemporalExpression day(String text, String article, LocalDate d, DateBasis basis) {
    int at = article.indexOf(text);
    return new TemporalExpression(
        at, at + text.length(), text, TimexType.DATE, d.toString(), DateInterval.day(d), basis);
  }

  private static AnalyzedArticle article(
      String id, LocalDate published, String text, List<TemporalExpression> expressions) {
    Article a =
        new Article(id, "bbc.co.uk", "", "", published, PublishedBasis.METADATA, text, "", 0);
    return new AnalyzedArticle(a, 1, List.of(), EventDate.unknown(), expressions);
  }

  /** Three BBC reports on the Haiti earthquake, two of them looking back at it. */
  private static List<DateEvidence> haitiReports() {
    String first = "On 12 January 2010, a magnitude 7 earthquake hit Haiti at 16:53 local time.";
    String second =
        "The quake, Haiti's worst in two centuries, struck on Tuesday. Aftershocks hit"
            + " the capital on Wednesday.";
    String third =
        "A week after the 12 January earthquake, aid flights landed on Monday. Last"
            + " month's disaster killed thousands. Rescuers worked for three days.";
    List<DateEvidence> evidence = new ArrayList<>();
    evidence.addAll(
        DateEvidence.ofArticle(
            article(
                "a",
                QUAKE,
                first,
                List.of(day("12 January 2010", first, QUAKE, DateBasis.EXPLICIT)))));
    evidence.addAll(
        DateEvidence.ofArticle(
            article(
                "b",
                QUAKE.plusDays(1),
                second,
                List.of(
                    day("on Tuesday", second, QUAKE, DateBasis.RELATIVE),
                    day("on Wednesday", second, QUAKE.plusDays(1), DateBasis.RELATIVE)))));
    int m = third.indexOf("Last month");
    int d = third.indexOf("three days");
    evidence.addAll(
        DateEvidence.ofArticle(
            article(
                "c",
                QUAKE.plusDays(7),
                third,
                List.of(
                    day("12 January", third, QUAKE, DateBasis.EXPLICIT),
                    day("on Monday", third, QUAKE.plusDays(6), DateBasis.RELATIVE),
                    new TemporalExpression(
                        m,
                        m + 10,
                        "Last month",
                        TimexType.DATE,
                        "2009-12",
                        new DateInterval(
                            LocalDate.of(2009, 12, 1),
                            LocalDate.of(2009, 12, 31),
                            Granularity.MONTH),
                        DateBasis.RELATIVE),
                    new TemporalExpression(
                        d,
                        d + 10,
                        "three days",
                        TimexType.DURATION,
                        "P3D",
                        null,
                        DateBasis.EXPLICIT)))));
    return evidence;
  }

  @Test
  void dayThatArticlesKeepReferringToRanksFirst() {
    List<KeyDate> ranked = KeyDateRanker.STANDARD.rank(haitiReports());

    KeyDate top = ranked.get(0);
    assertEquals(QUAKE, top.date());
    assertEquals(1, top.rank());
    assertEquals(3, top.nArticles());
    assertTrue(top.label().contains("earthquake hit Haiti"), top.label());
    assertTrue(
        ranked.stream().noneMatch(k -> k.date().equals(LocalDate.of(2009, 12, 1))),
        "a month is not a day");
    for (int i = 1; i < ranked.size(); i++) {
      assertTrue(ranked.get(i - 1).score() >= ranked.get(i).score());
    }
  }

  @Test
  void rankingIgnoresEvidenceOrderAndHowItWasReduced() {
    List<DateEvidence> evidence = haitiReports();
    List<KeyDate> expected = KeyDateRanker.STANDARD.rank(evidence);
    Random random = new Random(5);
    for (int i = 0; i < 10; i++) {
      List<DateEvidence> shuffled = new ArrayList<>(evidence);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, KeyDateRanker.STANDARD.rank(shuffled));
    }
  }

  @Test
  void rangeAndLimitAreRespected() {
    List<KeyDate> ranked =
        KeyDateRanker.STANDARD.rank(haitiReports(), QUAKE.plusDays(1), QUAKE.plusDays(30), 1);

    assertEquals(1, ranked.size());
    assertEquals(QUAKE.plusDays(1), ranked.get(0).date(), "referred to and published on");
  }

  @Test
  void topEventIsTheOneMostArticlesReport() {
    TimelineEvent widelyReported = event("e-wide", QUAKE, 9, 12);
    TimelineEvent repeatedInOneArticle = event("e-repeated", QUAKE, 1, 30);
    List<DateEvidence> evidence = new ArrayList<>(haitiReports());
    evidence.addAll(DateEvidence.ofEvent(repeatedInOneArticle));
    evidence.addAll(DateEvidence.ofEvent(widelyReported));
    evidence.addAll(DateEvidence.ofEvent(month("e-month")));

    KeyDate top = KeyDateRanker.STANDARD.rank(evidence).get(0);

    assertEquals("e-wide", top.topEventId());
    assertEquals(2, top.nEvents(), "the month-level event names no day");
    assertEquals(42, top.nMentions());
    assertTrue(top.label().contains("earthquake hit Haiti"), "a sentence reads best");
  }

  @Test
  void dayKnownOnlyFromEventsIsLabelledByItsTopEvent() {
    List<KeyDate> ranked =
        KeyDateRanker.STANDARD.rank(DateEvidence.ofEvent(event("e1", QUAKE.plusDays(3), 4, 4)));

    assertEquals("Haiti → United States: Appeal for aid", ranked.get(0).label());
    assertEquals(0, ranked.get(0).nArticles());
  }

  @Test
  void mergeRefusesDifferentDates() {
    DateEvidence a = new DateEvidence(QUAKE, 1, 1, 0, 0, 0, null, 0, 0, null, null, null);
    DateEvidence b =
        new DateEvidence(QUAKE.plusDays(1), 1, 1, 0, 0, 0, null, 0, 0, null, null, null);
    assertThrows(IllegalArgumentException.class, () -> DateEvidence.merge(a, b));
    assertNull(DateEvidence.merge(a, a).topEventId());
    assertEquals(2, DateEvidence.merge(a, a).articlesReferring());
  }

  private static TimelineEvent event(String id, LocalDate d, int articles, int mentions) {
    return new TimelineEvent(
        id,
        d,
        d,
        "day",
        "explicit",
        "HTI",
        "Haiti",
        "USA",
        "United States",
        "0233",
        "02",
        "Appeal for aid",
        1,
        3.4,
        "asserted",
        0.1,
        mentions,
        articles,
        1,
        d,
        d,
        "",
        List.of(),
        List.of());
  }

  private static TimelineEvent month(String id) {
    return new TimelineEvent(
        id,
        LocalDate.of(2010, 1, 1),
        LocalDate.of(2010, 1, 31),
        "month",
        "relative",
        "HTI",
        "Haiti",
        "USA",
        "United States",
        "0233",
        "02",
        "Appeal for aid",
        1,
        3.4,
        "asserted",
        0.1,
        40,
        40,
        1,
        QUAKE,
        QUAKE,
        "",
        List.of(),
        List.of());
  }
}
