package org.annals.timeline;

import static org.annals.timeline.Mentions.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.annals.mention.EventMention;
import org.junit.jupiter.api.Test;

class TimelineMergerTest {

  private static final LocalDate NOV_9 = LocalDate.of(2011, 11, 9);
  private static final LocalDate APR_23 = LocalDate.of(2012, 4, 23);

  /** Reported the day after sentencing, with the day. */
  private static EventMention jailingReportedInNovember() {
    return mention()
        .article("ria-2011-11-09", "rian.ru", NOV_9)
        .sentence(
            0,
            "A court in Tajikistan on Tuesday sentenced Russian pilot Vladimir Sadovnichy to"
                + " ten and a half years in prison for smuggling.")
        .actors("TJKJUD", "Tajik court", "RUS", "Russia")
        .event("1731", "Arrest, detain, or charge with legal action", 4, -5.0)
        .day(LocalDate.of(2011, 11, 8), "relative", "on Tuesday")
        .tone(-0.55, 0.9)
        .build();
  }

  /** Re-reported months later, known only to the month. */
  private static EventMention jailingReportedInApril() {
    return mention()
        .article("reuters-2012-04-23", "reuters.com", APR_23)
        .sentence(
            7,
            "Relations between Russia and Tajikistan have deteriorated recently, particularly"
                + " after a Russian pilot was jailed in Tajikistan last November.")
        .actors("TJK", "Tajikistan", "RUS", "Russia")
        .event("173", "Arrest, detain, or charge with legal action", 4, -5.0)
        .month(2011, 11, "relative", "last November")
        .tone(-0.4, 0.7)
        .build();
  }

  @Test
  void monthLevelReReportMergesWithDayLevelReportOfTheSameJailing() {
    List<TimelineEvent> events =
        TimelineMerger.merge(List.of(jailingReportedInApril(), jailingReportedInNovember()));

    assertEquals(1, events.size());
    TimelineEvent jailing = events.get(0);
    assertEquals(LocalDate.of(2011, 11, 8), jailing.eventDate());
    assertEquals(LocalDate.of(2011, 11, 8), jailing.eventDateEnd());
    assertEquals("day", jailing.dateGranularity());
    assertEquals("relative", jailing.dateBasis());
    assertEquals(2, jailing.nMentions());
    assertEquals(2, jailing.nArticles());
    assertEquals(2, jailing.nSources());
    assertEquals(NOV_9, jailing.firstReported());
    assertEquals(APR_23, jailing.lastReported());
    assertEquals(List.of("reuters-2012-04-23", "ria-2011-11-09"), jailing.articleIds());
    assertEquals(2, jailing.mentionIds().size());
    assertEquals("17", jailing.eventRoot());
    assertTrue(jailing.sentiment() < 0);
    assertTrue(
        jailing.evidence().contains("sentenced Russian pilot"), "the most confident sentence");
  }

  @Test
  void jailingsAYearApartStayTwoEvents() {
    EventMention secondJailing =
        mention()
            .article("ria-2012-11-09", "rian.ru", LocalDate.of(2012, 11, 9))
            .actors("TJKJUD", "Tajik court", "RUS", "Russia")
            .event("173", "Arrest, detain, or charge with legal action", 4, -5.0)
            .day(LocalDate.of(2012, 11, 8), "relative", "on Thursday")
            .build();

    List<TimelineEvent> events =
        TimelineMerger.merge(List.of(jailingReportedInApril(), secondJailing));

    assertEquals(2, events.size());
    assertEquals(LocalDate.of(2011, 11, 1), events.get(0).eventDate());
    assertEquals("month", events.get(0).dateGranularity());
    assertEquals(LocalDate.of(2012, 11, 8), events.get(1).eventDate());
    assertNotEquals(events.get(0).eventId(), events.get(1).eventId());
  }

  @Test
  void differentDyadsOrEventFamiliesAreDifferentEvents() {
    EventMention amnesty =
        mention()
            .sentence(8, "The pilot and his Estonian colleague were amnestied shortly afterwards.")
            .actors("TJKGOV", "Tajikistan", "RUS", "Russia")
            .event("0841", "Return, release person(s)", 2, 7.0)
            .month(2011, 11, "anaphoric", "shortly afterwards")
            .build();
    EventMention estonian =
        mention()
            .actors("TJKJUD", "Tajik court", "EST", "Estonia")
            .event("173", "Arrest, detain, or charge with legal action", 4, -5.0)
            .month(2011, 11, "relative", "last November")
            .build();

    List<TimelineEvent> events =
        TimelineMerger.merge(List.of(jailingReportedInNovember(), amnesty, estonian));

    assertEquals(3, events.size());
    assertNotEquals(
        TimelineMerger.blockingKey(jailingReportedInNovember()),
        TimelineMerger.blockingKey(amnesty));
    assertEquals("TJK|RUS|17|+", TimelineMerger.blockingKey(jailingReportedInNovember()));
  }

  @Test
  void deniedEventIsNotMergedWithOneThatHappened() {
    EventMention denied =
        mention()
            .actors("TJKJUD", "Tajik court", "RUS", "Russia")
            .event("173", "Arrest, detain, or charge with legal action", 4, -5.0)
            .day(LocalDate.of(2011, 11, 8), "explicit", "8 November")
            .modality("negated")
            .build();

    List<TimelineEvent> events = TimelineMerger.merge(List.of(jailingReportedInNovember(), denied));

    assertEquals(2, events.size());
    assertEquals(1, events.stream().filter(e -> e.modality().equals("negated")).count());
  }

  @Test
  void inputOrderChangesNeitherEventsNorIds() {
    List<EventMention> block = new ArrayList<>();
    block.add(jailingReportedInApril());
    block.add(jailingReportedInNovember());
    for (int day = 1; day <= 20; day += 3) {
      block.add(
          mention()
              .article(
                  "a" + day, day % 2 == 0 ? "bbc.co.uk" : "afp.com", LocalDate.of(2012, 3, day + 1))
              .actors("TJKPOL", "Tajik police", "RUSBUS", "Russian traders")
              .event("173", "Arrest, detain, or charge with legal action", 4, -5.0)
              .day(LocalDate.of(2012, 3, day), "explicit", "March " + day)
              .tone(-0.1 * (day % 5), 0.5)
              .build());
    }
    block.add(
        mention().article("y", "afp.com", APR_23).year(2012, "explicit", "this year").build());
    block.add(mention().article("u", "afp.com", null).undated().build());
    List<TimelineEvent> expected = TimelineMerger.merge(block);

    Random random = new Random(17);
    for (int i = 0; i < 20; i++) {
      List<EventMention> shuffled = new ArrayList<>(block);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, TimelineMerger.merge(shuffled));
    }
    assertEquals(block.size(), expected.stream().mapToInt(TimelineEvent::nMentions).sum());
  }

  @Test
  void publicationDateFallbackJoinsTheEventReportedTheDayBefore() {
    EventMention undatedFollowUp =
        mention()
            .article("itar-2011-11-10", "itar-tass.com", LocalDate.of(2011, 11, 10))
            .actors("TJKJUD", "Tajik court", "RUS", "Russia")
            .event("173", "Arrest, detain, or charge with legal action", 4, -5.0)
            .day(LocalDate.of(2011, 11, 10), "publication", "")
            .build();

    List<TimelineEvent> events =
        TimelineMerger.merge(List.of(undatedFollowUp, jailingReportedInNovember()));

    assertEquals(1, events.size());
    assertEquals(LocalDate.of(2011, 11, 8), events.get(0).eventDate(), "text date beats fallback");
  }

  @Test
  void clashesOnConsecutiveDaysDoNotSnowballIntoOneEvent() {
    List<EventMention> block = new ArrayList<>();
    for (int day = 1; day <= 10; day++) {
      block.add(
          mention()
              .article("a" + day, "reuters.com", LocalDate.of(2012, 7, day))
              .actors("SYRMIL", "Syrian army", "SYRREB", "rebels")
              .event("190", "Use conventional military force", 4, -10.0)
              .day(LocalDate.of(2012, 7, day), "relative", "on Sunday")
              .build());
    }

    assertEquals(10, TimelineMerger.merge(block).size());
  }

  @Test
  void yearLevelMentionJoinsTheMostReportedEventOfThatYear() {
    List<EventMention> block = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      block.add(
          mention()
              .article("b" + i, "bbc.co.uk", LocalDate.of(2011, 11, 10 + i))
              .day(LocalDate.of(2011, 11, 8), "explicit", "8 November")
              .build());
    }
    block.add(
        mention()
            .article("c", "afp.com", LocalDate.of(2011, 3, 2))
            .day(LocalDate.of(2011, 3, 1), "explicit", "1 March")
            .build());
    block.add(
        mention()
            .article("d", "afp.com", LocalDate.of(2012, 1, 5))
            .year(2011, "relative", "last year")
            .build());

    List<TimelineEvent> events = TimelineMerger.merge(block);

    assertEquals(2, events.size());
    assertEquals(4, events.get(1).nMentions());
    assertEquals(LocalDate.of(2011, 11, 8), events.get(1).eventDate());
  }

  @Test
  void assertedReportOfAPlanMakesTheEventAsserted() {
    EventMention plan =
        mention()
            .actors("IGOWSTNAT", "NATO", "AFG", "Afghanistan")
            .event("0874", "Retreat or surrender militarily", 2, 5.0)
            .interval(
                LocalDate.of(2012, 4, 23),
                LocalDate.of(2014, 12, 31),
                "year",
                "explicit",
                "by the end of 2014")
            .modality("planned")
            .build();
    EventMention done =
        mention()
            .article("x", "reuters.com", LocalDate.of(2014, 12, 29))
            .actors("IGOWSTNAT", "NATO", "AFG", "Afghanistan")
            .event("0874", "Retreat or surrender militarily", 2, 5.0)
            .day(LocalDate.of(2014, 12, 28), "explicit", "Sunday, Dec. 28")
            .build();

    List<TimelineEvent> events = TimelineMerger.merge(List.of(plan, done));

    assertEquals(1, events.size());
    assertEquals("asserted", events.get(0).modality());
    assertEquals("IGOWSTNAT", events.get(0).sourceActor());
  }

  @Test
  void unknownActorsMergeOnlyWithinTheirArticle() {
    List<EventMention> block = new ArrayList<>();
    for (String article : List.of("dw", "dw", "bild")) {
      block.add(
          mention()
              .article(article, article + ".de", LocalDate.of(2017, 12, 29))
              .sentence(block.size(), "Police said they were questioning several men.")
              .actors("---COP", "police", null, null)
              .event("040", "Consult", 1, 1.0)
              .day(LocalDate.of(2017, 12, 29), "publication", "")
              .build());
    }

    List<TimelineEvent> events = TimelineMerger.mergeAll(block);

    assertEquals(2, events.size());
    assertEquals(List.of(1, 2), events.stream().map(TimelineEvent::nMentions).sorted().toList());
    assertNotEquals(
        TimelineMerger.blockingKey(block.get(0)), TimelineMerger.blockingKey(block.get(2)));
    assertEquals(
        TimelineMerger.blockingKey(block.get(0), "cologne-nye"),
        TimelineMerger.blockingKey(block.get(2), "cologne-nye"),
        "one story across outlets");
    assertEquals(1, TimelineMerger.merge(block).size(), "grouped by story, they merge");
  }

  @Test
  void yearLevelReportsFromDifferentArticlesStayApartUnlessADayAnchorsThem() {
    List<EventMention> vague = new ArrayList<>();
    for (String article : List.of("guardian", "spiegel")) {
      vague.add(
          mention()
              .article(article, article + ".com", LocalDate.of(2017, 1, 5))
              .actors("DEUCOP", "Cologne police", "DEU", "Germany")
              .event("111", "Criticize or denounce", 3, -2.0)
              .year(2016, "relative", "last year")
              .build());
    }
    assertEquals(2, TimelineMerger.merge(vague).size());

    List<EventMention> anchored = new ArrayList<>(vague);
    anchored.add(
        mention()
            .article("dw", "dw.com", LocalDate.of(2016, 1, 6))
            .actors("DEUCOP", "Cologne police", "DEU", "Germany")
            .event("111", "Criticize or denounce", 3, -2.0)
            .day(LocalDate.of(2016, 1, 5), "relative", "on Tuesday")
            .build());
    List<TimelineEvent> events = TimelineMerger.merge(anchored);
    assertEquals(1, events.size());
    assertEquals(3, events.get(0).nArticles());
  }

  @Test
  void columnsAggregateAsDocumented() {
    EventMention wire =
        mention()
            .article("w", "reuters.com", NOV_9)
            .actors("TJKJUD", "Tajik court", "RUS", "Russia")
            .event("1731", "Arrest, detain, or charge with legal action", 4, -5.0)
            .day(LocalDate.of(2011, 11, 8), "explicit", "8 November")
            .tone(-0.6, 0.9)
            .build();
    EventMention blog =
        mention()
            .article("b", "", NOV_9.plusDays(3))
            .actors("TJK", "Tajikistan", "RUS", "Russia")
            .event("173", "Arrest, detain, or charge with legal action", 4, -5.0)
            .month(2011, 11, "relative", "this month")
            .tone(-0.2, 0.1)
            .build();

    TimelineEvent e = TimelineMerger.merge(List.of(blog, wire)).get(0);

    assertEquals("1731", e.eventCode(), "tie goes to the more specific code");
    assertEquals("TJKJUD", e.sourceActor());
    assertEquals("Tajik court", e.sourceName());
    assertEquals(-0.56, e.sentiment(), 1e-12, "weighted by confidence");
    assertEquals(1, e.nSources(), "a blank outlet is not a source");
    assertEquals("explicit", e.dateBasis());
    assertEquals(NOV_9.plusDays(3), e.lastReported());
  }

  @Test
  void contractColumnsAreNeverNull() {
    EventMention bare =
        new EventMention(
            "m", "a", null, null, 0, 0, 0, null, "---", null, null, null, "0233", null, null, 1,
            3.4, null, false, null, null, null, null, null, 0.2, 0.0);

    TimelineEvent e = TimelineMerger.merge(List.of(bare)).get(0);

    assertEquals("---", e.sourceActor());
    assertEquals("---", e.sourceName());
    assertEquals("02", e.eventRoot());
    assertEquals("", e.eventLabel());
    assertEquals("asserted", e.modality());
    assertEquals("unknown", e.dateBasis());
    assertEquals("", e.evidence());
    assertEquals(0, e.nSources());
    assertEquals(0.2, e.sentiment(), 1e-12);
  }

  @Test
  void bigBlockMergesQuickly() {
    List<EventMention> block = new ArrayList<>();
    Random random = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      LocalDate day = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(1500));
      Mentions m =
          mention()
              .article("a" + i, "s" + (i % 40), day.plusDays(1))
              .sentence(i, "")
              .actors("USAGOV", "United States", "CHN", "China")
              .event("010", "Make statement", 1, 0.0);
      block.add(
          switch (i % 4) {
            case 0 -> m.month(day.getYear(), day.getMonthValue(), "relative", "last month").build();
            case 1 -> m.day(day.plusDays(1), "publication", "").build();
            default -> m.day(day, "explicit", "").build();
          });
    }

    long start = System.nanoTime();
    List<TimelineEvent> events = TimelineMerger.merge(block);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(20_000, events.stream().mapToInt(TimelineEvent::nMentions).sum());
    assertTrue(events.size() <= 1500, "one event per day at most, got " + events.size());
    assertTrue(millis < 10_000, "took " + millis + " ms");
  }
}
