package org.annals.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {

  private static void exact(String value, int y, int m, int d) {
    PublishedDates.Parsed p = PublishedDates.parse(value);
    assertEquals(
        new PublishedDates.Parsed(LocalDate.of(y, m, d), PublishedBasis.METADATA), p, value);
  }

  private static void recovered(String value, int y, int m, int d) {
    PublishedDates.Parsed p = PublishedDates.parse(value);
    assertEquals(
        new PublishedDates.Parsed(LocalDate.of(y, m, d), PublishedBasis.RECOVERED), p, value);
  }

  @Test
  void readsTheUsualMetadataFormats() {
    exact("1987-02-26T15:01:01Z", 1987, 2, 26);
    exact("2017-12-30T00:00:00", 2017, 12, 30);
    exact("2017-12-30 00:00:00", 2017, 12, 30);
    exact("2009-04-25", 2009, 4, 25);
    exact("20120423", 2012, 4, 23);
    exact("Mon, 23 Apr 2012 10:00:00 GMT", 2012, 4, 23);
    exact("April 23, 2012", 2012, 4, 23);
    exact("Apr. 23, 2012", 2012, 4, 23);
    exact("23 April 2012", 2012, 4, 23);
    exact("Monday, 23 April 2012 18.00 BST", 2012, 4, 23);
    exact("April 23, 2012 at 10:15 am EST", 2012, 4, 23);
    exact("Mon Apr 23, 2012 10:15PM", 2012, 4, 23);
    exact("1335175200", 2012, 4, 23);
    exact("1335175200000", 2012, 4, 23);
  }

  @Test
  void datesWithAnOffsetKeepTheWritersLocalDay() {
    exact("2012-04-23T23:30:00-05:00", 2012, 4, 23);
    exact("2012-04-23T22:30:00-04:00", 2012, 4, 23);
    exact("2012-04-23T01:30:00+0200", 2012, 4, 23);
    exact("2012-04-23T00:30:00+02:00", 2012, 4, 23);
    exact("2012-04-23 23:30:00 UTC", 2012, 4, 23);
    exact("2012-04-23T23:30:00-04:00[America/New_York]", 2012, 4, 23);
    exact("Mon, 23 Apr 2012 23:30:00 -0500", 2012, 4, 23);
  }

  @Test
  void namedZonesKeepTheWritersLocalDay() {
    exact("April 23, 2012 10:15 PM EST", 2012, 4, 23);
    exact("Monday, 23 April 2012 00.30 BST", 2012, 4, 23);
    exact("2012-04-23 22:15:00 EST", 2012, 4, 23);
    exact("2012-04-23T23:45 PDT", 2012, 4, 23);
  }

  @Test
  void epochTimestampsGiveTheirUtcDay() {
    exact("1335222000", 2012, 4, 23); // 2012-04-23T23:00:00Z, 19:00 in New York
    exact("1335225600", 2012, 4, 24); // 2012-04-24T00:00:00Z
  }

  @Test
  void anImpossibleClockTimeIsNotExact() {
    recovered("2012-04-23 25:61:00 EST", 2012, 4, 23);
  }

  @Test
  void recoversTheDayOfMalformedValues() {
    recovered("31-MAR-1987 605:12:19.12", 1987, 3, 31);
    recovered("2012-04-23 at noon", 2012, 4, 23);
    recovered("Published on 2012/04/23 by staff", 2012, 4, 23);
  }

  @Test
  void nothingUsableGivesNull() {
    assertNull(PublishedDates.parse(null));
    assertNull(PublishedDates.parse(""));
    assertNull(PublishedDates.parse("None"));
    assertNull(PublishedDates.parse("sometime last spring"));
    assertNull(PublishedDates.parse("2012-13-45"));
    assertNull(PublishedDates.parse("0000-00-00T00:00:00"));
    assertNull(PublishedDates.parse("1066-10-14"), "implausible for news");
    assertNull(PublishedDates.parse("x".repeat(10_000)));
  }
}
