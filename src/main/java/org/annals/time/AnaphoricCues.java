package org.annals.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that date an event relative to the event before it: "shortly afterwards", "soon after",
 * "at the time", "two days later", "the next day". Also re-anchors anaphoric temporal expressions
 * on a given date. Thread-safe.
 */
final class AnaphoricCues {

  /** Cues that are not TIMEX3 in TimeML but still say "then" or "after that". */
  private static final Pattern CUE =
      Pattern.compile(
          "\\b(?:(?:shortly|soon|immediately|right|not\\s+long|a\\s+little|quickly)\\s+)?"
              + "(afterwards?|thereafter|after\\s+that|at\\s+the\\s+time|at\\s+that\\s+time"
              + "|by\\s+then|soon\\s+after)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SHIFT =
      Pattern.compile(
          "(?i)\\b(?:(\\S+?)[\\s-]+(day|week|month|year)s?\\s+(later|earlier|afterwards?|before)"
              + "|(?:the\\s+)?(next|following|previous|prior|preceding|same)\\s+(day|week|month|year)"
              + "|that\\s+(day|week|month|year))\\b");

  private final TimexVocabulary vocabulary;

  AnaphoricCues(TimexVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The first cue in {@code text[begin, end)} as {begin, end}, or null. */
  int[] find(String text, int begin, int end) {
    Matcher m = CUE.matcher(text);
    m.region(begin, end);
    return m.find() ? new int[] {m.start(), m.end()} : null;
  }

  /**
   * The interval an anaphoric expression denotes when read against {@code previous}: "two days
   * later" after 2011-11 is still 2011-11 (the coarser of the two granularities).
   */
  DateInterval reanchor(String expression, DateInterval previous) {
    Matcher m = SHIFT.matcher(expression);
    if (!m.find()) {
      return previous;
    }
    String unitWord;
    long steps;
    if (m.group(2) != null) {
      String amount = Quantities.amount(vocabulary, m.group(1));
      if (amount == null || amount.equals("X")) {
        return previous;
      }
      unitWord = m.group(2);
      String dir = m.group(3).toLowerCase(java.util.Locale.ROOT);
      steps = Long.parseLong(amount) * (dir.equals("earlier") || dir.equals("before") ? -1 : 1);
    } else if (m.group(4) != null) {
      unitWord = m.group(5);
      String det = m.group(4).toLowerCase(java.util.Locale.ROOT);
      steps = det.equals("next") || det.equals("following") ? 1 : det.equals("same") ? 0 : -1;
    } else {
      unitWord = m.group(6);
      steps = 0;
    }
    String unit = Quantities.unitCode(unitWord);
    Granularity g = TimexValues.granularityOfUnit(unit);
    if (previous.granularity().compareTo(g) > 0) {
      g = previous.granularity();
    }
    return TimexValues.containing(TimexValues.shift(previous.begin(), unit, steps), g);
  }
}
