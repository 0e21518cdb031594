package org.annals.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalesTest {

  @Test
  void linearScaleMapsAnInvertedSentimentAxis() {
    LinearScale y = new LinearScale(-1, 1, 200, 40);
    assertEquals(200, y.apply(-1), 1e-9);
    assertEquals(120, y.apply(0), 1e-9);
    assertEquals(40, y.apply(1), 1e-9);
    assertEquals(40, y.apply(3), 1e-9, "clamped");
  }

  @Test
  void linearScaleTicksAreRound() {
    assertEquals(List.of(-1.0, -0.5, 0.0, 0.5, 1.0), new LinearScale(-1, 1, 0, 1).ticks(4));
    assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0), new LinearScale(0, 87, 0, 1).ticks(4));
    assertThrows(IllegalArgumentException.class, () -> new LinearScale(1, 1, 0, 1));
  }

  @Test
  void dateScaleGivesEachDayAnEqualSliceAndThePeriodTheWholeRange() {
    DateScale x = new DateScale(LocalDate.of(2012, 4, 1), LocalDate.of(2012, 4, 30), 100, 400);
    assertEquals(100, x.apply(LocalDate.of(2012, 4, 1)), 1e-9);
    assertEquals(110, x.apply(LocalDate.of(2012, 4, 2)), 1e-9);
    assertEquals(400, x.applyEnd(LocalDate.of(2012, 4, 30)), 1e-9);
    assertEquals(100, x.apply(LocalDate.of(2011, 11, 1)), 1e-9, "clamped before");
    assertEquals(400, x.apply(LocalDate.of(2014, 1, 1)), 1e-9, "clamped after");
  }

  @Test
  void dateTicksFitThePeriod() {
    List<DateScale.Tick> year =
        major(new DateScale(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31), 0, 1000));
    assertEquals(12, year.size());
    assertEquals("Jan 2012", year.get(0).label());
    assertEquals("Feb", year.get(1).label());
    List<DateScale.Tick> april =
        major(new DateScale(LocalDate.of(2012, 4, 1), LocalDate.of(2012, 4, 30), 0, 1000));
    assertEquals("2 Apr", april.get(0).label(), "Mondays");
    assertEquals(5, april.size());
    List<DateScale.Tick> week =
        major(new DateScale(LocalDate.of(2012, 4, 23), LocalDate.of(2012, 4, 29), 0, 1000));
    assertEquals(7, week.size());
    assertEquals("Mon 23", week.get(0).label());
    assertTrue(week.stream().allMatch(t -> !t.label().isEmpty()));
  }

  static List<DateScale.Tick> major(DateScale x) {
    return x.ticks().stream().filter(DateScale.Tick::major).toList();
  }
}
