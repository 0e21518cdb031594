package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annals.text.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventDaterTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2012, 4, 23);
  private static String seed;
  private static List<Sentence> sentences;
  private static List<TemporalExpression> expressions;
  private static List<EventDate> dates;
  private static final String[] TRIGGERS = {
    "rejected", "jailed", "amnestied", "pull out", "opposes"
  };

  @BeforeAll
  static void dateTheSeed() {
    seed = Fixtures.resource("tajikistan-2012-04-23.txt");
    sentences = Fixtures.sentences(seed);
    expressions = TemporalTagger.standard().tag(seed, PUBLISHED);
    List<DatingTarget> targets = new java.util.ArrayList<>();
    for (String t : TRIGGERS) {
      targets.add(Fixtures.target(seed, sentences, t));
    }
    dates = EventDater.standard().date(seed, sentences, expressions, targets, PUBLISHED);
  }

  @Test
  void leadEventSaidOnTuesdayIsThePreviousTuesday() {
    EventDate d = dates.get(0);
    assertEquals(LocalDate.of(2012, 4, 17), d.interval().begin());
    assertEquals(Granularity.DAY, d.interval().granularity());
    assertEquals(DateBasis.RELATIVE, d.basis());
    assertEquals("Tuesday", d.text());
  }

  @Test
  void jailedLastNovemberIsNovember2011() {
    EventDate d = dates.get(1);
    assertEquals(LocalDate.of(2011, 11, 1), d.interval().begin());
    assertEquals(LocalDate.of(2011, 11, 30), d.interval().end());
    assertEquals(Granularity.MONTH, d.interval().granularity());
    assertEquals("last November", d.text());
  }

  @Test
  void amnestiedShortlyAfterwardsAnchorsOnTheJailingNotThePublication() {
    EventDate d = dates.get(2);
    assertEquals(DateBasis.ANAPHORIC, d.basis());
    assertFalse(d.interval().begin().isBefore(LocalDate.of(2011, 11, 1)));
    assertTrue(d.interval().begin().isBefore(PUBLISHED.minusMonths(3)));
  }

  @Test
  void pullOutByTheEndOf2014IsDated2014() {
    EventDate d = dates.get(3);
    assertEquals(Granularity.YEAR, d.interval().granularity());
    assertEquals(2014, d.interval().begin().getYear());
    assertEquals(DateBasis.EXPLICIT, d.basis());
  }

  @Test
  void presentTenseStatementTakesThePublicationDate() {
    EventDate d = dates.get(4);
    assertEquals(DateBasis.PUBLICATION, d.basis());
    assertEquals(PUBLISHED, d.interval().begin());
  }

  @Test
  void mainEventIsTheLeadsTuesdayNotThePostedStamp() {
    EventDate main =
        EventDater.standard().mainEventDate(seed, sentences, expressions, dates, PUBLISHED);
    assertEquals(LocalDate.of(2012, 4, 17), main.interval().begin());
  }

  @Test
  void thursdayArticleReportingWednesdayGivesYesterday() {
    String text =
        "Iraq's parliament approved a new electoral law on Wednesday after months of "
            + "wrangling, clearing the way for a national vote early next year.";
    LocalDate thursday = LocalDate.of(2009, 11, 12);
    List<Sentence> s = Fixtures.sentences(text);
    List<TemporalExpression> e = TemporalTagger.standard().tag(text, thursday);
    List<EventDate> d =
        EventDater.standard()
            .date(text, s, e, List.of(Fixtures.target(text, s, "approved")), thursday);
    assertEquals(LocalDate.of(2009, 11, 11), d.get(0).interval().begin());
    EventDate main = EventDater.standard().mainEventDate(text, s, e, d, thursday);
    assertEquals(LocalDate.of(2009, 11, 11), main.interval().begin());
  }

  @Test
  void mainEventIsTheLeadsDayNotItsBackgroundYear() {
    String text =
        "Tajikistan became independent from the Soviet Union in 1991. "
            + "Russia criticized Ukraine on Monday over the gas dispute with its neighbours.";
    EventDate main = mainEvent(text, LocalDate.of(2014, 3, 5), "became", "criticized");
    assertEquals(LocalDate.of(2014, 3, 3), main.interval().begin());
    assertEquals(Granularity.DAY, main.interval().granularity());
  }

  @Test
  void reutersLeadTakesFridaysAgreementNotTheRepaymentYears() {
    String text =
        "Venezuela's recent agreement with its creditor banks reprograms six billion dlrs of its"
            + " 21 billion dlr public sector foreign debt rescheduling and reduces repayments due"
            + " between 1987 and 1992, Finance Minister Manuel Azpurua said. Azpurua was"
            + " commenting in a television interview on Friday's agreement to lower the interest"
            + " margin to 7/8 pct over Libor from 1-1/8 pct and extend the period to 14 years"
            + " from 12-1/2.";
    EventDate main = mainEvent(text, LocalDate.of(1987, 3, 5), "reduces", "commenting");
    assertEquals(LocalDate.of(1987, 2, 27), main.interval().begin());
  }

  @Test
  void leadWithoutADayKeepsItsFirstPastDate() {
    String text =
        "The treaty between the two countries was signed in 1998 after long talks. "
            + "Parliament ratified it soon after, despite protests in the capital.";
    EventDate main = mainEvent(text, PUBLISHED, "signed", "ratified");
    assertEquals(Granularity.YEAR, main.interval().granularity());
    assertEquals(1998, main.interval().begin().getYear());
  }

  @Test
  void aDayInTheLeadWinsOverAnEarlierMonth() {
    String text =
        "The economy created jobs at a surprisingly robust pace in January, the government"
            + " reported on Friday, evidence that the economy has withstood the turmoil in Asia.";
    LocalDate friday = LocalDate.of(1998, 2, 6);
    EventDate main = mainEvent(text, friday, "created");
    assertEquals(friday, main.interval().begin());
    assertEquals(Granularity.DAY, main.interval().granularity());
  }

  @Test
  void aDayInTheThirdSentenceWinsOverTheLeadsBackgroundMonth() {
    String text =
        "Dime Savings Bank of New York was cleared by the regulators to acquire Starpointe"
            + " Savings Bank of Somerset, the banks said. Starpointe holders, who approved the plan"
            + " last April, will receive $21 in cash a share, or a total of $63 million. The"
            + " regulators cleared the move yesterday, and the banks must wait at least 30 days.";
    EventDate main = mainEvent(text, LocalDate.of(1989, 10, 27), "approved");
    assertEquals(LocalDate.of(1989, 10, 26), main.interval().begin());
  }

  @Test
  void aPeriodThatHoldsThePublicationDateGivesThePublicationDate() {
    String text =
        "Unemployment has risen sharply this year across the whole region, officials in the"
            + " capital warned, as factories shed workers.";
    LocalDate published = LocalDate.of(2013, 6, 12);
    EventDate main = mainEvent(text, published);
    assertEquals(published, main.interval().begin());
    assertEquals(DateBasis.PUBLICATION, main.basis());

    String forecast =
        "Wheat imports are expected to fall to 1.5 mln tonnes in calendar 1987 from 1.69 mln in"
            + " 1986, the embassy's annual agriculture report said.";
    LocalDate march = LocalDate.of(1987, 3, 2);
    assertEquals(march, mainEvent(forecast, march).interval().begin());
  }

  @Test
  void aDateModifyingANounIsNotTheMainEventsDay() {
    String text =
        "Bethlehem Steel Corp., hammered by higher costs and lower shipments to key customers,"
            + " posted a 54% drop in third-quarter profit.";
    LocalDate published = LocalDate.of(1989, 10, 26);
    assertEquals(published, mainEvent(text, published, "posted").interval().begin());

    String probe =
        "The probe into the August 7 bombings in east Africa is not linked to the air raids on"
            + " Afghanistan and Sudan, the director of the FBI said here on Friday.";
    LocalDate friday = LocalDate.of(1998, 8, 21);
    assertEquals(friday, mainEvent(probe, friday, "linked", "said").interval().begin());
  }

  @Test
  void aCalendarDateTheDayAfterPublicationCountsWhenReported() {
    String said = "The New York Times said in an editorial on Monday, Oct. 26:";
    String body =
        "\n\nThe murder of the doctor is the latest depraved assault on the small number of"
            + " physicians who still perform abortions in this country.";
    LocalDate sunday = LocalDate.of(1998, 10, 25);
    EventDate main = mainEvent(said + body, sunday, "said");
    assertEquals(LocalDate.of(1998, 10, 26), main.interval().begin());

    String future = "The ministers will meet in the capital on Monday, Oct. 26 to settle the row.";
    assertEquals(sunday, mainEvent(future + body, sunday, "meet").interval().begin());
  }

  /** The main event date of {@code text} with the events at {@code triggers} dated first. */
  private static EventDate mainEvent(String text, LocalDate published, String... triggers) {
    List<Sentence> s = Fixtures.sentences(text);
    List<TemporalExpression> e = TemporalTagger.standard().tag(text, published);
    List<DatingTarget> targets = new java.util.ArrayList<>();
    for (String t : triggers) {
      targets.add(Fixtures.target(text, s, t));
    }
    List<EventDate> d = EventDater.standard().date(text, s, e, targets, published);
    return EventDater.standard().mainEventDate(text, s, e, d, published);
  }

  @Test
  void twoDaysLaterAnchorsOnThePreviousEvent() {
    String text =
        "The minister resigned on March 3, 2010. Two days later, the cabinet was dissolved.";
    List<Sentence> s = Fixtures.sentences(text);
    List<TemporalExpression> e = TemporalTagger.standard().tag(text, LocalDate.of(2010, 6, 1));
    List<EventDate> d =
        EventDater.standard()
            .date(
                text,
                s,
                e,
                List.of(
                    Fixtures.target(text, s, "resigned"), Fixtures.target(text, s, "dissolved")),
                LocalDate.of(2010, 6, 1));
    assertEquals(LocalDate.of(2010, 3, 3), d.get(0).interval().begin());
    assertEquals(LocalDate.of(2010, 3, 5), d.get(1).interval().begin());
    assertEquals(DateBasis.ANAPHORIC, d.get(1).basis());
  }

  @Test
  void laterAnchorsOnThePreviousEventEvenWithoutADateInItsSentence() {
    String text =
        "The treaty was signed in 1998. Parliament ratified it soon after. "
            + "Two years later, it collapsed.";
    LocalDate published = LocalDate.of(2012, 4, 23);
    List<Sentence> s = Fixtures.sentences(text);
    List<TemporalExpression> e = TemporalTagger.standard().tag(text, published);
    List<EventDate> d =
        EventDater.standard()
            .date(
                text,
                s,
                e,
                List.of(
                    Fixtures.target(text, s, "signed"),
                    Fixtures.target(text, s, "ratified"),
                    Fixtures.target(text, s, "collapsed")),
                published);
    assertEquals(1998, d.get(0).interval().begin().getYear());
    assertEquals(DateBasis.ANAPHORIC, d.get(1).basis());
    assertEquals(1998, d.get(1).interval().begin().getYear());
    assertEquals(DateBasis.ANAPHORIC, d.get(2).basis());
    assertEquals(2000, d.get(2).interval().begin().getYear());
  }

  @Test
  void badInputGivesUnknownNotAnException() {
    EventDater dater = EventDater.standard();
    assertTrue(dater.date("", List.of(), List.of(), List.of(), null).isEmpty());
    List<EventDate> d =
        dater.date("He left.", List.of(), null, List.of(new DatingTarget(0, 0, 8, 3, 7)), null);
    assertEquals(DateBasis.UNKNOWN, d.get(0).basis());
    assertNull(d.get(0).interval());
    List<EventDate> outOfRange =
        dater.date(
            "He left.", null, List.of(), List.of(new DatingTarget(5, 0, 80, 70, 90)), PUBLISHED);
    assertEquals(DateBasis.PUBLICATION, outOfRange.get(0).basis());
    EventDate main = dater.mainEventDate(null, null, null, null, null);
    assertNotNull(main);
    assertEquals(DateBasis.UNKNOWN, main.basis());
  }
}
