package org.annals.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annals.timeline.PeriodType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPeriodTest {

  static void assertPeriod(String text, PeriodType type, String label, String start, String end) {
    ReportPeriod p = ReportPeriod.parse(text);
    assertEquals(type, p.type(), text);
    assertEquals(label, p.label(), text);
    assertEquals(LocalDate.parse(start), p.start(), text);
    assertEquals(LocalDate.parse(end), p.end(), text);
  }

  @Test
  void parsesEveryPeriodTypeAsTheDyadsTableWritesIt() {
    assertPeriod("2012", PeriodType.YEAR, "2012", "2012-01-01", "2012-12-31");
    assertPeriod("2012-Q2", PeriodType.QUARTER, "2012-Q2", "2012-04-01", "2012-06-30");
    assertPeriod("2012-04", PeriodType.MONTH, "2012-04", "2012-04-01", "2012-04-30");
    assertPeriod("2012-02", PeriodType.MONTH, "2012-02", "2012-02-01", "2012-02-29");
    assertPeriod("2012-W17", PeriodType.WEEK, "2012-W17", "2012-04-23", "2012-04-29");
  }

  @Test
  void acceptsLowerCaseAndShortForms() {
    assertPeriod("2012-q4", PeriodType.QUARTER, "2012-Q4", "2012-10-01", "2012-12-31");
    assertPeriod(" 2012-4 ", PeriodType.MONTH, "2012-04", "2012-04-01", "2012-04-30");
    assertPeriod("2012-w5", PeriodType.WEEK, "2012-W05", "2012-01-30", "2012-02-05");
  }

  @Test
  void isoWeeksCrossTheCalendarYear() {
    assertPeriod("2015-W53", PeriodType.WEEK, "2015-W53", "2015-12-28", "2016-01-03");
    assertPeriod("2013-W01", PeriodType.WEEK, "2013-W01", "2012-12-31", "2013-01-06");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "12",
        "2012-13",
        "2012-00",
        "2012-Q5",
        "2012-W54",
        "2012-W53",
        "April 2012",
        "2012-04-23",
        "2012Q2"
      })
  void rejectsWhatIsNoPeriodWithAMessageNamingTheForms(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse(text));
    assertTrue(
        e.getMessage().contains("2012-Q2") && e.getMessage().contains("2012-W17"), e.getMessage());
  }

  @Test
  void seriesFollowTheReportPeriod() {
    ReportPeriod q2 = ReportPeriod.parse("2012-Q2");
    assertEquals(PeriodType.MONTH, q2.seriesType());
    assertEquals(List.of("2012-04", "2012-05", "2012-06"), labels(q2.series(PeriodType.MONTH)));
    ReportPeriod april = ReportPeriod.parse("2012-04");
    assertEquals(PeriodType.WEEK, april.seriesType());
    assertEquals(
        List.of("2012-W13", "2012-W14", "2012-W15", "2012-W16", "2012-W17", "2012-W18"),
        labels(april.series(PeriodType.WEEK)),
        "weeks straddling the month's first and last days are included");
    assertEquals(12, ReportPeriod.parse("2012").series(PeriodType.MONTH).size());
  }

  static List<String> labels(List<ReportPeriod> periods) {
    return periods.stream().map(ReportPeriod::label).toList();
  }
}
