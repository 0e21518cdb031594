package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {

  /** The seed article's publication date, a Monday. */
  private static final LocalDate MONDAY = LocalDate.of(2012, 4, 23);

  private static final LocalDate REUTERS_DAY = LocalDate.of(1987, 2, 26);

  private static final TemporalTagger TAGGER = TemporalTagger.standard();

  private static List<TemporalExpression> tag(String text, LocalDate ref) {
    return TAGGER.tag(text, ref);
  }

  private static Optional<TemporalExpression> find(String text, LocalDate ref, String span) {
    return tag(text, ref).stream().filter(e -> e.text().equals(span)).findFirst();
  }

  private static TemporalExpression the(String text, LocalDate ref, String span) {
    return find(text, ref, span)
        .orElseThrow(() -> new AssertionError("no expression '" + span + "' in " + tag(text, ref)));
  }

  private static void assertValue(String text, LocalDate ref, String span, String value) {
    assertEquals(value, the(text, ref, span).value(), span);
  }

  @Nested
  class SeedArticle {
    private final String seed = Fixtures.resource("tajikistan-2012-04-23.txt");

    @Test
    void saidOnTuesdayIsThePreviousTuesday() {
      TemporalExpression e = the(seed, MONDAY, "Tuesday");
      assertEquals("2012-04-17", e.value());
      assertEquals(DateInterval.day(LocalDate.of(2012, 4, 17)), e.interval());
      assertEquals(DateBasis.RELATIVE, e.basis());
    }

    @Test
    void lastNovemberIsAMonthOfTheYearBefore() {
      TemporalExpression e = the(seed, MONDAY, "last November");
      assertEquals("2011-11", e.value());
      assertEquals(Granularity.MONTH, e.interval().granularity());
      assertEquals(LocalDate.of(2011, 11, 30), e.interval().end());
    }

    @Test
    void endOf2014IsTheYear() {
      TemporalExpression e = the(seed, MONDAY, "the end of 2014");
      assertEquals("2014", e.value());
      assertEquals(Granularity.YEAR, e.interval().granularity());
      assertEquals(DateBasis.EXPLICIT, e.basis());
    }

    @Test
    void postedStampIsAnExplicitDay() {
      assertValue(seed, MONDAY, "April 23, 2012", "2012-04-23");
    }

    @Test
    void offsetsPointIntoTheTextSortedAndDisjoint() {
      List<TemporalExpression> all = tag(seed, MONDAY);
      assertFalse(all.isEmpty());
      int lastEnd = -1;
      for (TemporalExpression e : all) {
        assertEquals(e.text(), seed.substring(e.begin(), e.end()));
        assertTrue(e.begin() >= lastEnd, "overlap at " + e);
        lastEnd = e.end();
      }
    }
  }

  @Nested
  class NattyFailureModesDoNotReachTheOutput {

    @Test
    void bareYearsAreYearsNotClockTimes() {
      String text = "NATO forces are due to pull out most of their combat troops by 2014.";
      TemporalExpression e = the(text, MONDAY, "2014");
      assertEquals(TimexType.DATE, e.type());
      assertEquals("2014", e.value());
      List<TemporalExpression> range = tag("He served from 2001 to 2009.", MONDAY);
      assertEquals(List.of("2001", "2009"), range.stream().map(TemporalExpression::value).toList());
    }

    @Test
    void modalMayAndVerbMarchAreNotMonths() {
      assertTrue(
          tag("Tajikistan might seek closer ties, and Russia may object.", MONDAY).isEmpty());
      assertTrue(tag("Thousands of protesters march on parliament.", MONDAY).isEmpty());
      assertValue("Elections will be held in May.", MONDAY, "May", "2012-05");
    }

    @Test
    void namesAreNotMonths() {
      assertTrue(tag("British Prime Minister Theresa May met Merkel.", MONDAY).isEmpty());
      assertTrue(tag("Theresa May said the talks had failed.", MONDAY).isEmpty());
      assertTrue(tag("Singer June Carter Cash was born in Virginia.", MONDAY).isEmpty());
    }

    @Test
    void pastTenseWeekdaysPointBackAndFutureOnesForward() {
      assertValue("Its president said on Tuesday.", MONDAY, "Tuesday", "2012-04-17");
      assertValue("The two leaders will meet on Tuesday.", MONDAY, "Tuesday", "2012-04-24");
      assertValue("Rebels attacked the town on Saturday.", MONDAY, "Saturday", "2012-04-21");
    }

    @Test
    void mondaysTalksOnAMondayAreThatDay() {
      TemporalExpression e =
          the("Monday's talks in Dushanbe ended without a deal.", MONDAY, "Monday");
      assertEquals("2012-04-23", e.value());
    }

    @Test
    void durationsStayDurations() {
      TemporalExpression e = the("Troops must leave within three days.", MONDAY, "three days");
      assertEquals(TimexType.DURATION, e.type());
      assertEquals("P3D", e.value());
      assertNull(e.interval());
      assertValue("Prices rose over the past two years.", MONDAY, "the past two years", "P2Y");
      assertValue("He was jailed for two weeks.", MONDAY, "two weeks", "P2W");
      assertValue("a five-year plan", MONDAY, "five-year", "P5Y");
    }

    @Test
    void monthOnlyAndYearOnlyKeepTheirGranularity() {
      TemporalExpression may = the("Talks resumed in May 2011.", MONDAY, "May 2011");
      assertEquals(Granularity.MONTH, may.interval().granularity());
      assertEquals("2011-05", may.value());
    }
  }

  @Nested
  class OwnGrammar {

    @Test
    void quartersHalvesSeasonsDecades() {
      assertValue(
          "Growth slowed in the first quarter of 2013.",
          MONDAY,
          "the first quarter of 2013",
          "2013-Q1");
      assertValue(
          "Sales will rise in the second half of 2012.",
          MONDAY,
          "the second half of 2012",
          "2012-H2");
      assertValue("The vote is planned for this summer.", MONDAY, "this summer", "2012-SU");
      TemporalExpression nineties = the("Inflation was high in the 1990s.", MONDAY, "the 1990s");
      assertEquals("199", nineties.value());
      assertEquals(Granularity.DECADE, nineties.interval().granularity());
    }

    @Test
    void modifiedMonthsAndYears() {
      assertValue("The offensive began in mid-May.", MONDAY, "mid-May", "2012-05");
      assertValue("The plant closed in late 2011.", MONDAY, "late 2011", "2011");
      assertValue("Tajikistan has been independent since 1991.", MONDAY, "1991", "1991");
    }

    @Test
    void relativeUnits() {
      assertValue("Prices fell last week.", MONDAY, "last week", "2012-W16");
      assertValue("The company earned more last year.", MONDAY, "last year", "2011");
      assertValue("It opened earlier this month.", MONDAY, "earlier this month", "2012-04");
    }

    @Test
    void durationsAndAHalfWriteTheHalfInTheNextSmallerUnit() {
      LocalDate dct = LocalDate.of(1998, 2, 27);
      assertValue(
          "The refugees lived in U.N.-run refugee camps for 2 1/2 years.",
          dct,
          "2 1/2 years",
          "P2Y6M");
      assertValue(
          "But a minute and a half later, a pilot from a nearby flight called in.",
          dct,
          "a minute and a half",
          "PT1M30S");
      assertValue(
          "Albright spent about 5 1/2 hours in Nairobi, Kenya.", dct, "5 1/2 hours", "PT5H30M");
      assertValue(
          "The talks dragged on for two and a half years.", dct, "two and a half years", "P2Y6M");
      assertValue("The strike lasted 1 1/2 weeks.", dct, "1 1/2 weeks", "P1W");
    }

    @Test
    void threeQuartersOfSomethingIsAFraction() {
      LocalDate dct = LocalDate.of(1990, 8, 15);
      assertTrue(
          tag(
                  "Iraq and Kuwait together control three-quarters of the world's proven oil "
                      + "reserves.",
                  dct)
              .isEmpty());
      assertTrue(tag("Jordan gets three quarters of its oil from Iraq.", dct).isEmpty());
      assertValue(
          "Net income rose 12% in the first three quarters of the year.",
          dct, "the first three quarters", "P9M");
    }

    @Test
    void aCapitalisedUnitAfterAnOpeningQuoteIsATitle() {
      LocalDate dct = LocalDate.of(1990, 8, 13);
      assertTrue(
          find(
                  "Secretary of State James Baker, speaking on ABC News' \"This Week,\" said "
                      + "the Kuwaiti request gives the U.S. authority.",
                  dct,
                  "This Week")
              .isEmpty());
      assertValue(
          "Jaguar said it would stay independent. This week, the U.S. auto giant paid "
              + "for 10 more shares.",
          dct,
          "This week",
          "1990-W33");
    }

    @Test
    void setsAndReferenceWords() {
      TemporalExpression e = the("The committee meets every week.", MONDAY, "every week");
      assertEquals(TimexType.SET, e.type());
      assertEquals("P1W", e.value());
      assertValue("Inspections take place twice a year.", MONDAY, "a year", "P1Y");
      assertValue("Prices are now falling.", MONDAY, "now", "PRESENT_REF");
      assertValue("The bank recently cut rates.", MONDAY, "recently", "PAST_REF");
    }

    @Test
    void rightNowIsThePresent() {
      LocalDate dct = LocalDate.of(1989, 10, 30);
      assertValue(
          "\"They are not a happy group of people at Battle Creek right now.\"",
          dct,
          "now",
          "PRESENT_REF");
      assertValue("Right now my evidence is scant.", dct, "now", "PRESENT_REF");
    }

    @Test
    void soonOnItsOwnPointsAhead() {
      LocalDate dct = LocalDate.of(1989, 10, 27);
      assertValue(
          "Prosecutors have told him that they may soon seek an indictment.",
          dct,
          "soon",
          "FUTURE_REF");
      assertValue(
          "Kellogg is so anxious that it soon will begin selling boxes for 99 cents.",
          dct,
          "soon",
          "FUTURE_REF");
      assertTrue(find("Shares rose as soon as trading opened.", dct, "soon").isEmpty());
      assertTrue(find("He was killed soon after being captured.", dct, "soon").isEmpty());
      assertTrue(find("He was soon released from the hospital.", dct, "soon").isEmpty());
      assertTrue(find("A trickle of cash that soon became a flood.", dct, "soon").isEmpty());
      assertTrue(find("Soon, the crowd dispersed and police left.", dct, "Soon").isEmpty());
    }

    @Test
    void todaysYouthIsOfOurTimeNotTheDay() {
      LocalDate dct = LocalDate.of(2000, 1, 7);
      assertTrue(
          find("The case of Elian is for today's youth what the blockade was.", dct, "today")
              .isEmpty());
      assertTrue(find("Paternity is easily proved in today's world.", dct, "today").isEmpty());
      assertValue(
          "The offer, advertised in today's editions of the Journal, expires soon.",
          dct,
          "today",
          "2000-01-07");
      assertValue("She plays in today's women's final.", dct, "today", "2000-01-07");
    }

    @Test
    void thePastBeforeAPeriodIsAnAdjective() {
      LocalDate dct = LocalDate.of(1989, 11, 1);
      assertTrue(
          find("It was one of the significant events of the past century.", dct, "the past")
              .isEmpty());
      assertTrue(
          find("Marches have provoked violence for the past three summers.", dct, "the past")
              .isEmpty());
      assertValue("In the past, Russia has often made such claims.", dct, "the past", "PAST_REF");
    }

    @Test
    void midAfternoonIsAPartOfTheDayNamedOrOfTheReportsDay() {
      LocalDate dct = LocalDate.of(1989, 11, 2);
      TemporalExpression t =
          the(
              "In London at mid-afternoon yesterday, Ratners's shares were up 2 pence.",
              dct,
              "mid-afternoon yesterday");
      assertEquals(TimexType.TIME, t.type());
      assertEquals("1989-11-01TAF", t.value());
      assertValue(
          "By mid afternoon, official sources were saying the operation was over.",
          dct,
          "mid afternoon",
          "1989-11-02TAF");
    }

    @Test
    void aHalfOfANamedYearIsThatHalf() {
      LocalDate dct = LocalDate.of(1989, 10, 26);
      assertValue(
          "The strategy will mean lower earnings for the last half of 1989 and for 1990.",
          dct,
          "the last half of 1989",
          "1989-H2");
      String steel =
          "Analysts expect the trend to continue through at least the first two quarters of "
              + "1990, when prices fall.";
      assertValue(steel, dct, "the first two quarters of 1990", "1990-H1");
      assertTrue(find(steel, dct, "1990").isEmpty());
      assertTrue(
          find("Sales were flat in the last half of the '80s.", dct, "the last half").isEmpty());
      assertValue("Sales rose in the first two quarters.", dct, "the first two quarters", "P6M");
    }

    @Test
    void oneDayAfterAModalIsSomeDayAhead() {
      LocalDate dct = LocalDate.of(1998, 3, 3);
      TemporalExpression e =
          the("Islam will one day be the second largest religion here.", dct, "one day");
      assertEquals(TimexType.DATE, e.type());
      assertEquals("FUTURE_REF", e.value());
      assertValue("The job lasted one day.", dct, "one day", "P1D");
    }

    @Test
    void highNoonIsNoClockTime() {
      LocalDate dct = LocalDate.of(1999, 3, 12);
      assertTrue(find("A poster from the film \"High Noon.\"", dct, "Noon").isEmpty());
      assertTrue(find("For the people of Poland, high noon comes today.", dct, "noon").isEmpty());
      assertValue("The vote starts at noon.", dct, "noon", "1999-03-12T12:00");
    }

    @Test
    void aSecondDayAfterAndSharesTheFirstOnesMonth() {
      LocalDate dct = LocalDate.of(1999, 2, 10);
      String text = "The ceremony will be held at the NATO summit on April 24 and 25.";
      assertValue(text, dct, "April 24", "1999-04-24");
      assertValue(text, dct, "25", "1999-04-25");
      assertTrue(find("On April 24 and 25 people were hurt.", dct, "25").isEmpty());
    }

    @Test
    void overTheYearsIsADurationOfNoToldLength() {
      LocalDate dct = LocalDate.of(1989, 10, 27);
      TemporalExpression e = the("Over the years many more patients have died.", dct, "the years");
      assertEquals(TimexType.DURATION, e.type());
      assertEquals("PXY", e.value());
      assertValue(
          "Funds may have to sell junk bonds in the weeks ahead.", dct, "the weeks ahead", "PXW");
      assertTrue(
          find("His car was seen in the days before the slaying.", dct, "the days").isEmpty());
    }

    @Test
    void aLaterDateIsTheFuture() {
      assertValue(
          "The financing will come from debt offerings at a later date.",
          LocalDate.of(1989, 10, 26),
          "a later date",
          "FUTURE_REF");
    }

    @Test
    void theSummerOfAYearIsThatSeasonAndEverySummerASet() {
      LocalDate dct = LocalDate.of(2013, 3, 13);
      assertValue("He spent the summer of 2011 in Paris.", dct, "the summer of 2011", "2011-SU");
      TemporalExpression e = the("The festival takes place every summer.", dct, "every summer");
      assertEquals(TimexType.SET, e.type());
      assertEquals("XXXX-SU", e.value());
    }

    @Test
    void theWeekOfADayIsThatWeek() {
      assertValue(
          "The case may be resolved in a court hearing the week of March 6, his lawyer said.",
          LocalDate.of(2000, 2, 24),
          "the week of March 6",
          "2000-W10");
    }

    @Test
    void yearsLaterCountFromTheYearTheTextNamed() {
      assertValue(
          "The bill was signed into law in 2010 and took effect three years later.",
          LocalDate.of(2013, 3, 13),
          "three years later",
          "2013");
      assertValue(
          "Net rose in 1989, compared with a loss a year earlier.",
          LocalDate.of(1989, 10, 26),
          "a year earlier",
          "1988");
    }

    @Test
    void weekdayNightsAreASet() {
      LocalDate dct = LocalDate.of(1998, 2, 13);
      String text =
          "Two new flights would leave Bombay on Monday and Tuesday nights from March 30.";
      TemporalExpression tuesday = the(text, dct, "Tuesday nights");
      assertEquals(TimexType.SET, tuesday.type());
      assertEquals("XXXX-WXX-2TNI", tuesday.value());
      TemporalExpression monday = the(text, dct, "Monday");
      assertEquals(TimexType.SET, monday.type());
      assertEquals("XXXX-WXX-1TNI", monday.value());
      assertValue("The talks ended on Monday and Tuesday.", dct, "Monday", "1998-02-09");
    }

    @Test
    void everyMorningIsASet() {
      TemporalExpression e = the("He called her every morning.", MONDAY, "every morning");
      assertEquals(TimexType.SET, e.type());
      assertEquals("XXXX-XX-XXTMO", e.value());
    }

    @Test
    void aClockTimeAfterItsDayTakesThatDay() {
      LocalDate dct = LocalDate.of(2013, 3, 13);
      assertValue(
          "Results are due on March 20 at 8 a.m. GMT.", dct, "8 a.m. GMT", "2013-03-20T08:00");
      assertValue(
          "Police said the blast occurred Monday at about 10:30 a.m. local time.",
          dct,
          "10:30 a.m.",
          "2013-03-11T10:30");
      assertValue("Results are due tomorrow at noon.", dct, "noon", "2013-03-14T12:00");
    }

    @Test
    void aHalfHourOrAHalfPointIsNoHalfOfTheYear() {
      LocalDate dct = LocalDate.of(2013, 3, 13);
      assertTrue(find("He scored in the first half hour.", dct, "the first half").isEmpty());
      assertTrue(find("The last half-point of gains came late.", dct, "the last half").isEmpty());
      assertValue("Growth slowed in the second half.", dct, "the second half", "2013-H2");
    }

    @Test
    void forAWhileIsADurationOfNoToldLength() {
      LocalDate dct = LocalDate.of(1998, 1, 11);
      TemporalExpression e =
          the("They will have to live without power for a while.", dct, "a while");
      assertEquals(TimexType.DURATION, e.type());
      assertEquals("PXX", e.value());
      assertValue("Forces could be in the region for some time.", dct, "some time", "PXX");
      assertTrue(find("Some time ago, they left.", dct, "Some time").isEmpty());
    }

    @Test
    void financialNewsQuartersAndYearAgoPeriods() {
      String text =
          "Ohio Mattress Co said profits may be below the 2.4 mln dlrs earned in the "
              + "first quarter of fiscal 1986.";
      assertValue(text, REUTERS_DAY, "the first quarter of fiscal 1986", "1986-Q1");
      String wsj =
          "Du Pont reported third-quarter profit of $1.2 billion, up from $1 billion a "
              + "year earlier.";
      LocalDate dct = LocalDate.of(1989, 10, 26);
      assertValue(wsj, dct, "third-quarter", "1989-Q3");
      assertValue(wsj, dct, "a year earlier", "1988-Q3");
    }

    @Test
    void theYearsQuarterIsTheQuarterUnderReportInThatYear() {
      LocalDate dct = LocalDate.of(1989, 10, 30);
      assertValue(
          "Kirschner reported a loss for the third quarter. Kirschner earned $376,000 on "
              + "revenue of $14.5 million in the 1988 quarter.",
          dct,
          "the 1988 quarter",
          "1988-Q3");
      assertValue(
          "In the first nine months, net was $306 million, compared with a loss of $195 "
              + "million in the 1988 period.",
          dct,
          "1988",
          "1988");
    }

    @Test
    void yearEndAfterAPrepositionIsTheYearsClosingDay() {
      assertValue(
          "The company said it expects to obtain regulatory approval and complete the "
              + "transaction by year-end.",
          LocalDate.of(1989, 11, 2),
          "year-end",
          "1989-12-31");
      assertValue(
          "The index is based on the close of 1969 equaling 100. The percentage change is "
              + "since year-end.",
          LocalDate.of(1989, 10, 30),
          "year-end",
          "1988-12-31");
      assertValue(
          "New capital rules should be in place by year's end, the agency said.",
          LocalDate.of(2010, 10, 26),
          "year's end",
          "2010-12-31");
      assertTrue(
          find(
                  "Quarterly net income this year has risen just over comparable periods in "
                      + "1988, when year-end net was below the 1987 level.",
                  LocalDate.of(1989, 10, 26),
                  "year-end")
              .isEmpty());
    }

    @Test
    void aYearEarlierAfterAYearEarlierComparisonIsTheSameYear() {
      String text =
          "America West Airlines, Phoenix, Ariz., reported third-quarter profit jumped "
              + "45% to $5.8 million, or 28 cents a share, from $4 million, or 24 cents a share, a "
              + "year earlier. The latest results include a $2.6 million one-time payment from a "
              + "\"foreign entity.\" America West wouldn't identify the entity, but said the payment "
              + "was for the foreign company's use of certain tax benefits in connection with America "
              + "West plane purchases. Year-earlier results included an extraordinary gain of $1.6 "
              + "million from a buy-back of convertible subordinated debentures.\n\nRevenue rose 21% "
              + "to $243.4 million from $201.2 million. For the nine months, America West posted "
              + "earnings of $18.9 million, or 97 cents a share, compared with a loss of $9.7 "
              + "million, or 74 cents a share, a year earlier.";
      List<TemporalExpression> all = tag(text, LocalDate.of(1989, 10, 26));
      TemporalExpression last = all.get(all.size() - 1);
      assertEquals("a year earlier", last.text());
      assertEquals("1988", last.value());
    }

    @Test
    void clockTimesAndHolidays() {
      TemporalExpression t =
          the("The ceasefire will start at 6 p.m. on Friday.", MONDAY, "6 p.m. on Friday");
      assertEquals(TimexType.TIME, t.type());
      assertEquals("2012-04-27T18:00", t.value());
      assertValue("Shops closed on Christmas Day.", MONDAY, "Christmas Day", "2011-12-25");
    }

    @Test
    void aClockTimeBeforeItsDayIsOneTime() {
      LocalDate dct = LocalDate.of(1989, 11, 2);
      TemporalExpression t =
          the(
              "Dow Jones extended its $18-a-share offer for Telerate Inc. "
                  + "common stock until 5 p.m. EST Nov. 9.",
              dct,
              "5 p.m. EST Nov. 9");
      assertEquals(TimexType.TIME, t.type());
      assertEquals("1989-11-09T17:00", t.value());
      assertEquals(DateInterval.day(LocalDate.of(1989, 11, 9)), t.interval());
      assertValue(
          "The offer for the 33% of Telerate that it doesn't already own runs until "
              + "5 p.m. EST, Nov. 6.",
          dct, "5 p.m. EST, Nov. 6", "1989-11-06T17:00");
      assertValue(
          "Trading halted at 10 a.m. and resumed on Nov. 9.", dct, "10 a.m.", "1989-11-02T10:00");
    }
  }

  @Nested
  class TenseCuesOutsideTheVerb {
    private final LocalDate friday = LocalDate.of(1989, 10, 27);
    private final LocalDate thursday = LocalDate.of(1989, 10, 26);

    @Test
    void sinceFixesAMonthInThePastDespiteAFutureClause() {
      assertValue(
          "The price of Columbia shares has been cut nearly in half since August, when "
              + "they traded at about $10, as investors apparently realized that the thrift would be "
              + "forced to take a big write-down.",
          thursday,
          "August",
          "1989-08");
    }

    @Test
    void untilAndAsEarlyAsPointAhead() {
      LocalDate monday = LocalDate.of(2000, 4, 3);
      assertValue(
          "The INS extended its deadline until 9 a.m. EST Tuesday.",
          monday,
          "9 a.m. EST Tuesday",
          "2000-04-04T09:00");
      assertValue(
          "Elian could be handed over to his father, who could come to the U.S. from "
              + "Cuba as early as Tuesday.",
          monday,
          "Tuesday",
          "2000-04-04");
      assertValue(
          "Until Thursday, they had not called Kopp a suspect.",
          LocalDate.of(1999, 5, 7),
          "Thursday",
          "1999-05-06");
    }

    @Test
    void anIntentionBeforeToPointsAheadUnlessPastPerfect() {
      assertValue(
          "The stock, which is being traded in London, is to resume trading in Paris " + "Tuesday.",
          friday,
          "Tuesday",
          "1989-10-31");
      assertValue(
          "The team planned to leave Nairobi on Thursday for Dar es Salaam.",
          LocalDate.of(1998, 9, 30),
          "Thursday",
          "1998-10-01");
      assertValue(
          "On Friday, the Kenyan government planned to pay the families.",
          LocalDate.of(1998, 9, 30),
          "Friday",
          "1998-09-25");
      assertValue(
          "The offer previously had been scheduled to expire at midnight Friday.",
          LocalDate.of(1989, 10, 30),
          "midnight Friday",
          "1989-10-27T24:00");
    }

    @Test
    void aPerfectWithBeenLooksBack() {
      assertValue(
          "Investigators have been searching for Kopp since shortly after the Oct. 23 "
              + "slaying.",
          LocalDate.of(1999, 5, 6),
          "Oct. 23",
          "1998-10-23");
    }

    @Test
    void anAgreementToActPointsAheadForTheMonthAfterIt() {
      String text =
          "Milton Roy disclosed in May that it was approached for a possible acquisition "
              + "by Thermo Electron, which agreed to purchase Milton Roy's liquid-chromatography line "
              + "for $22 million in February.";
      LocalDate dct = LocalDate.of(1989, 10, 30);
      assertValue(text, dct, "May", "1989-05");
      assertValue(text, dct, "February", "1990-02");
    }

    @Test
    void aYearlessDayMonthsAheadOfAPastTenseSentenceIsLastYears() {
      assertValue(
          "Kopp's whereabouts remain unknown. He was last seen Nov. 3, the day before "
              + "authorities issued a material witness warrant.",
          LocalDate.of(1999, 5, 7),
          "Nov. 3",
          "1998-11-03");
      assertValue(
          "Slepian was shot to death on the night of Oct. 23 as he stood in the kitchen "
              + "of his home.",
          LocalDate.of(1999, 5, 5),
          "Oct. 23",
          "1998-10-23");
      assertValue(
          "The company said the dividend is payable to stock of record Dec. 15.",
          LocalDate.of(1989, 11, 2),
          "Dec. 15",
          "1989-12-15");
    }

    @Test
    void theReportingVerbOutsideAQuotationDoesNotSetItsTense() {
      LocalDate wednesday = LocalDate.of(2000, 4, 5);
      assertValue(
          "``This courageous father will leave at 4 in the morning (4 a.m. EDT "
              + "Thursday),'' Castro said.",
          wednesday,
          "4 a.m. EDT Thursday",
          "2000-04-06T04:00");
      assertValue(
          "\u201cWe will fly to Washington on Thursday,\u201d Gonzalez said.",
          wednesday,
          "Thursday",
          "2000-04-06");
      assertValue(
          "Castro said on Monday that the boy must return.", wednesday, "Monday", "2000-04-03");
    }

    @Test
    void aPossessiveWeekdayNamesAReportedEvent() {
      assertValue(
          "The boy's relatives in Miami said they would look for ways to get around "
              + "Wednesday's ruling by the U.S. Immigration and Naturalization Service.",
          LocalDate.of(2000, 1, 7),
          "Wednesday",
          "2000-01-05");
      assertValue(
          "The GM move follows Tuesday's declaration by Ford.", friday, "Tuesday", "1989-10-24");
    }

    @Test
    void thePreviousWeekdayCountsFromTheDayLastNamed() {
      TemporalExpression e =
          the(
              "London's Financial Times-Stock Exchange 100-share index shed "
                  + "47.3 points on Friday to close at 2082.1, down 4.5% from the previous Friday.",
              LocalDate.of(1989, 10, 30), "the previous Friday");
      assertEquals("1989-10-20", e.value());
      assertEquals(DateBasis.ANAPHORIC, e.basis());
      assertValue(
          "The talks ended without agreement, and the previous Friday the envoy left.",
          LocalDate.of(1989, 10, 30),
          "the previous Friday",
          "1989-10-27");
    }

    @Test
    void aPastVerbAfterAFutureMarkerStartsAClauseOfItsOwn() {
      LocalDate dct = LocalDate.of(2000, 4, 5);
      assertValue(
          "The INS said earlier this week that once Gonzalez arrives in the United States "
              + "it will begin the process to transfer Elian to his custody from the Miami relatives "
              + "who have been caring for him since he was rescued off the coast of Florida in late "
              + "November.",
          dct,
          "late November",
          "1999-11");
      assertValue(
          "The ceremonial accession would still be held at the NATO Washington summit in "
              + "June.",
          LocalDate.of(1999, 2, 10),
          "June",
          "1999-06");
      assertValue(
          "The dividend, subject to holder approval, would be paid on a still "
              + "unspecified date in January.",
          LocalDate.of(1989, 10, 26),
          "January",
          "1990-01");
    }

    @Test
    void aQuotedSentenceEndsAtItsClosingQuotes() {
      assertValue(
          "``The manufacturing sector is going to start getting beat up in the spring.'' "
              + "The unemployment rate for adult men declined to 3.8 percent last month from 4.1 "
              + "percent in December.",
          LocalDate.of(1998, 2, 6),
          "December",
          "1997-12");
    }
  }

  @Nested
  class NattyNormalisesTheSpansItReadsWell {

    @Test
    void relativeAndExplicitSpans() {
      assertValue("The ban was lifted two weeks ago.", MONDAY, "two weeks ago", "2012-W15");
      assertValue("The minister resigned yesterday.", MONDAY, "yesterday", "2012-04-22");
      assertValue("The law took effect on Jan. 5.", MONDAY, "Jan. 5", "2012-01-05");
      assertValue("He was born on 12 March 2012.", MONDAY, "12 March 2012", "2012-03-12");
    }

    @Test
    void nattyDoesRealWork() {
      GrammarTemporalTagger own = (GrammarTemporalTagger) TAGGER;
      long before = own.nattyUsage()[0];
      tag(
          "A Russian pilot was jailed in Tajikistan last November, two weeks ago.",
          LocalDate.of(2012, 4, 24));
      assertTrue(own.nattyUsage()[0] >= before + 2);
    }
  }

  @Nested
  class Anaphora {

    @Test
    void laterAnchorsOnThePreviousDate() {
      String text = "The minister resigned on March 3, 2010. Two days later, the cabinet fell.";
      TemporalExpression e = the(text, LocalDate.of(2010, 6, 1), "Two days later");
      assertEquals("2010-03-05", e.value());
      assertEquals(DateBasis.ANAPHORIC, e.basis());
    }

    @Test
    void theNextDay() {
      String text = "Voting ended on 4 December 2011. The next day, protests began.";
      TemporalExpression e = the(text, MONDAY, "The next day");
      assertEquals("2011-12-05", e.value());
      assertEquals(DateBasis.ANAPHORIC, e.basis());
    }
  }

  @Test
  void sharedAcrossThreadsGivesTheSameResults() throws Exception {
    String seed = Fixtures.resource("tajikistan-2012-04-23.txt");
    List<TemporalExpression> expected = tag(seed, MONDAY);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<TemporalExpression>>> runs =
          new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> tag(seed, MONDAY)));
      }
      for (java.util.concurrent.Future<List<TemporalExpression>> r : runs) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Nested
  class BadInput {

    @Test
    void emptyAndNullTextGiveNothing() {
      assertTrue(tag("", MONDAY).isEmpty());
      assertTrue(tag(null, MONDAY).isEmpty());
      assertTrue(tag("No dates here at all.", MONDAY).isEmpty());
    }

    @Test
    void impossibleDatesGiveNothing() {
      assertTrue(tag("It was dated 31/31/2012.", MONDAY).isEmpty());
      assertTrue(tag("In the year 99999 nobody will remember.", MONDAY).isEmpty());
      assertTrue(
          tag("The memo is dated February 30, 2012.", MONDAY).stream()
              .noneMatch(e -> e.value().startsWith("2012-02-30")));
    }

    @Test
    void arithmeticOffTheCalendarGivesNoDate() {
      String table = "Losses of 4,904,000 in 4th qtr vs 232,000 year ago.";
      assertTrue(
          tag(table, REUTERS_DAY).stream()
              .noneMatch(e -> e.text().startsWith("232,000") && e.interval() != null),
          tag(table, REUTERS_DAY).toString());
      assertTrue(
          tag("It formed 65 million years ago.", REUTERS_DAY).stream()
              .allMatch(e -> e.interval() == null || e.interval().begin().getYear() >= 1000));
    }

    @Test
    void aMonthAbbreviationGluedToDigitsIsACommodityContractNotADate() {
      String quotes = "FLAX      OPEN       P SETT\n MAR8  2130B         2125";
      assertTrue(
          tag(quotes, REUTERS_DAY).stream().noneMatch(e -> e.value().startsWith("2130-03")),
          tag(quotes, REUTERS_DAY).toString());
      assertValue("The vote is set for Sept.8, 1987.", REUTERS_DAY, "Sept.8, 1987", "1987-09-08");
    }

    @Test
    void numbersWithThousandSeparatorsAreReadWhole() {
      List<TemporalExpression> all =
          tag(
              "Output reached 260,000 tonnes a year in 1986, " + "after 1,000 years of farming.",
              REUTERS_DAY);
      assertTrue(all.stream().noneMatch(e -> e.value().equals("P0Y")), all.toString());
      assertValue(
          "Output reached 260,000 tonnes a year in 1986, after 1,000 years of farming.",
          REUTERS_DAY,
          "1,000 years",
          "P1000Y");
      assertValue("Output reached 260,000 tonnes a year in 1986.", REUTERS_DAY, "1986", "1986");
    }

    @Test
    void nullReferenceDateLeavesRelativeExpressionsUnanchored() {
      TemporalExpression y = the("The minister resigned yesterday.", null, "yesterday");
      assertEquals("XXXX-XX-XX", y.value());
      assertNull(y.interval());
      TemporalExpression year = the("He was elected in 1998.", null, "1998");
      assertNotNull(year.interval());
      assertEquals("1998", year.value());
    }
  }

  @Nested
  class TenseOfTheClause {
    private final LocalDate ref = LocalDate.of(2011, 11, 10);

    @Test
    void anEdWordAfterADeterminerIsAnAdjectiveNotAPastVerb() {
      assertValue(
          "The reduced dividend is payable Feb. 3 to shareholders of record.",
          ref,
          "Feb. 3",
          "2012-02-03");
    }

    @Test
    void theWordsOfANameCountAsOneBetweenACueAndAWeekday() {
      assertValue(
          "Protesters were planning to drive around Miami International Airport on Monday.",
          LocalDate.of(2000, 1, 7),
          "Monday",
          "2000-01-10");
    }

    @Test
    void aNameAfterAWeekdayCountsAsOneWordToTheVerb() {
      assertValue(
          "On Tuesday, the National Abortion and Reproductive Rights Action League plans to "
              + "hold a news conference.",
          LocalDate.of(1998, 10, 26),
          "Tuesday",
          "1998-10-27");
    }

    @Test
    void thePresentOfAScheduledEventPointsToTheComingDay() {
      LocalDate wednesday = LocalDate.of(2013, 3, 13);
      assertValue("The talks resume Monday in Geneva.", wednesday, "Monday", "2013-03-18");
      assertValue("The court hears the case Thursday.", wednesday, "Thursday", "2013-03-14");
      assertValue("Voters go to the polls on Sunday.", wednesday, "Sunday", "2013-03-17");
      assertValue("The offer expires Friday.", wednesday, "Friday", "2013-03-15");
      assertValue("Police arrested the man on Tuesday.", wednesday, "Tuesday", "2013-03-12");
    }

    @Test
    void aFutureMarkerPastTheFirstVerbAfterAFrontedMonthIsAnotherClauses() {
      assertValue(
          "In March, the board appointed a new chairman, who will retire in two years.",
          ref,
          "March",
          "2011-03");
    }
  }

  @Test
  void aQuarterEndedOnADayIsTheCalendarQuarterOfItsMiddleMonth() {
    assertValue(
        "In the quarter ended Jan. 31, the retailer earned $5 million.",
        LocalDate.of(2011, 3, 10),
        "the quarter",
        "2010-Q4");
    assertValue(
        "Sales rose 4% in the quarter ended Aug. 31, 2010.",
        LocalDate.of(2011, 3, 10), "the quarter", "2010-Q3");
  }

  @Test
  void anAdjectiveOfLengthIsADuration() {
    String text = "The two companies ended their decades-long rivalry after a day-long meeting.";
    TemporalExpression day = the(text, MONDAY, "day-long");
    assertEquals(TimexType.DURATION, day.type());
    assertEquals("P1D", day.value());
    assertEquals(TimexType.DURATION, the(text, MONDAY, "decades-long").type());
  }

  @Test
  void aSentenceInitialNowSetOffByACommaIsADiscourseMarker() {
    assertTrue(
        find("The plan failed. Now, he says, the talks must restart.", MONDAY, "Now").isEmpty());
    assertTrue(find("That was the news. Now for the weather.", MONDAY, "Now").isEmpty());
    assertValue("Prices rose. Now officials are worried.", MONDAY, "Now", "PRESENT_REF");
  }

  @Test
  void aUnitAfterAQuantityIsTheDenominatorOfARateAndASet() {
    TemporalExpression rate = the("The label sells 50,000 CDs a year in Asia.", MONDAY, "a year");
    assertEquals(TimexType.SET, rate.type());
    assertEquals("P1Y", rate.value());
    assertEquals(
        TimexType.SET, the("The plan costs $2 million a month.", MONDAY, "a month").type());
    assertEquals(TimexType.DURATION, the("The strike lasted a year.", MONDAY, "a year").type());
  }

  @Test
  void aMonthBeforeASpelledOutYearIsAMonthOfThatYear() {
    assertValue(
        "The plant opened in March nineteen eighty-four, the announcer said.",
        MONDAY,
        "March nineteen eighty-four",
        "1984-03");
  }

  @Test
  void aClockTimeTakesTheDayNamedAfterItsConversionInParentheses() {
    assertValue(
        "The blast occurred at 9:15 a.m. (1315 GMT) Tuesday, police said.",
        MONDAY,
        "9:15 a.m.",
        "2012-04-17T09:15");
    assertValue("The minister will speak at midday.", MONDAY, "midday", "2012-04-23T12:00");
  }

  @Test
  void theLatestPeriodOfAnEarningsReportIsTheQuarterUnderReport() {
    LocalDate ref = LocalDate.of(2011, 11, 2);
    assertValue(
        "Acme said third-quarter net rose 5%. Sales in the latest period rose 3%.",
        ref, "the latest period", "2011-Q3");
    assertTrue(
        find("The latest period of unrest began after the vote.", ref, "The latest period")
            .isEmpty());
  }

  @Test
  void aRateOfAMeasuredAmountIsNoTime() {
    LocalDate ref = LocalDate.of(1987, 3, 17);
    String text =
        "The mine will produce about 24,000 tonnes a year and cost two mln dlrs per day."
            + " Farmers earn 2,250 yuan a year. It ran for a year.";
    assertTrue(find(text, ref, "a year").isPresent());
    assertEquals(1, tag(text, ref).size(), tag(text, ref).toString());
    assertTrue(find(text, ref, "per day").isEmpty());
  }

  @Test
  void aMonthAndItsDayWrittenAsAWordIsADay() {
    LocalDate ref = LocalDate.of(1987, 3, 30);
    String text = "The deadline was extended to April six from April three.";
    assertValue(text, ref, "April six", "1987-04-06");
    assertValue(text, ref, "April three", "1987-04-03");
    assertValue("It closes on March thirty-one.", ref, "March thirty-one", "1987-03-31");
    assertValue("In March three people died.", ref, "March", "1987-03");
  }

  @Test
  void theFutureOfSomethingIsItsProspectsNotATime() {
    assertTrue(
        find("It leaves the future of its 19,000 employees in doubt.", MONDAY, "the future")
            .isEmpty());
    assertValue("Prices will rise in the future.", MONDAY, "the future", "FUTURE_REF");
    assertValue("Prices will rise in the near future.", MONDAY, "the near future", "FUTURE_REF");
  }

  @Test
  void aClockTimeMayWriteItsMinutesAfterADot() {
    LocalDate ref = LocalDate.of(2017, 12, 27);
    assertValue(
        "The trains collided around 5.10am in the tunnel.", ref, "5.10am", "2017-12-27T05:10");
  }

  @Test
  void aDailyNewspaperIsNoSet() {
    assertTrue(tag("It was reported by the French daily Le Monde.", MONDAY).isEmpty());
    assertTrue(tag("The rocket was launched, according to China Daily.", MONDAY).isEmpty());
    assertValue("The ferry sails daily to the island.", MONDAY, "daily", "P1D");
  }

  @Test
  void currentIsPresentRefAsAnAdjectiveOnly() {
    LocalDate ref = LocalDate.of(1987, 6, 2);
    assertTrue(
        tag("An eddy is the swirling of the fluid and the reverse current generated.", ref)
            .isEmpty());
    assertValue(
        "No new measures during the current Punta del Este round of talks.",
        ref,
        "current",
        "PRESENT_REF");
  }

  @Test
  void theAdjectiveRecentIsNoExpression() {
    assertTrue(tag("Germany is debating how to integrate recent migrants.", MONDAY).isEmpty());
    assertTrue(tag("It lost $1.1 million, according to its most recent report.", MONDAY).isEmpty());
    assertValue("Prices rose in recent years.", MONDAY, "recent years", "PAST_REF");
  }

  @Test
  void aCapitalisedNowEndingANameIsNoExpression() {
    assertTrue(tag("Copyright 2018 Hawaii News Now. All rights reserved.", MONDAY).size() == 1);
    assertTrue(find("Copyright 2018 Hawaii News Now.", MONDAY, "Now").isEmpty());
    assertValue("Prices rose. Now officials are worried.", MONDAY, "Now", "PRESENT_REF");
  }

  @Test
  void aFourDigitClockTimeAndItsZoneAcrossALineBreakAreOneTime() {
    LocalDate ref = LocalDate.of(1987, 3, 27);
    assertValue(
        "Shares eased one penny by 0830\nGMT to 657p.", ref, "0830\nGMT", "1987-03-27T08:30");
    assertTrue(
        find("The blast occurred at 10:35 a.m. (0735 GMT) Friday.", ref, "0735 GMT").isEmpty());
  }

  @Test
  void aSplitFiscalYearIsTheYearItStartsIn() {
    LocalDate ref = LocalDate.of(1987, 3, 23);
    assertValue("A program follows the 1987/88 budget.", ref, "1987/88", "1987");
    assertValue("The 1999/2000 season ended.", ref, "1999/2000", "1999");
    assertTrue(find("Rates were 1987/91 in the table.", ref, "1987/91").isEmpty());
  }

  @Test
  void aYearsOrdinalQuarterIsOneDate() {
    LocalDate ref = LocalDate.of(1987, 3, 6);
    String text = "The plant will not start operation until 1988's first quarter.";
    assertValue(text, ref, "1988's first quarter", "1988-Q1");
    assertEquals(1, tag(text, ref).size());
  }

  @Test
  void aClockTimeThenOnAndADayAreTwoExpressions() {
    LocalDate ref = LocalDate.of(2018, 1, 1);
    String text = "The flight took off at 12:05 a.m. on New Year's Day.";
    assertValue(text, ref, "12:05 a.m.", "2018-01-01T00:05");
    assertValue(text, ref, "New Year's Day", "2018-01-01");
    assertEquals(
        TimexType.TIME,
        the("The flight was to leave at 11:55 p.m. Sunday.", ref, "11:55 p.m. Sunday").type());
  }

  @Test
  void theNextDayCountsFromTheLastDayNamedNotFromAClockTimeWithoutOne() {
    LocalDate ref = LocalDate.of(2016, 1, 6);
    String text =
        "The attacks happened on New Year's Eve. Police cleared the square around midnight"
            + " but learned of the assaults only the next day.";
    assertValue(text, ref, "the next day", "2016-01-01");
  }

  @Test
  void theSameAnaphoricDaySaidAgainIsTheSameDay() {
    LocalDate ref = LocalDate.of(2016, 1, 6);
    String text =
        "The attacks happened on New Year's Eve. Police learned of them only the next day."
            + " And the next day, of course, was January 1.";
    List<TemporalExpression> all = tag(text, ref);
    assertEquals(
        3, all.stream().filter(e -> e.value().equals("2016-01-01")).count(), all.toString());
    String chain =
        "They met on Monday, March 5. The next day they talked; the following day they left.";
    assertValue(chain, ref, "The next day", "2016-03-06");
    assertValue(chain, ref, "the following day", "2016-03-07");
  }

  @Test
  void thatNightIsAPartOfTheDayLastNamed() {
    LocalDate ref = LocalDate.of(2016, 1, 6);
    assertValue(
        "The attacks began on New Year's Eve. Take us through what happened that night.",
        ref,
        "that night",
        "2015-12-31TNI");
    assertEquals(TimexType.TIME, the("He left that evening.", ref, "that evening").type());
  }

  @Test
  void theDayBeforeCountsFromTheDayLastNamed() {
    LocalDate ref = LocalDate.of(2016, 1, 6);
    assertValue(
        "The vote was held on March 5. Polls had closed the day before.",
        ref,
        "the day before",
        "2016-03-04");
    assertTrue(find("He left the day before the vote.", ref, "the day before").isEmpty());
  }
}
