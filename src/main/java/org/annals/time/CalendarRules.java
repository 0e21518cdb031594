package org.annals.time;

import static org.annals.time.TriggerWords.MONTH;
import static org.annals.time.TriggerWords.SPELLED_YEAR;
import static org.annals.time.TriggerWords.YEAR;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Grammar rules for calendar dates: day-month-year dates, months, years, decades, centuries,
 * quarters, halves and seasons. Natty normalises the month-and-day forms it reads well ("Jan. 5",
 * "12 March 2012", "last November", "the end of 2014"); the rest is computed here, with the
 * granularity the text gave.
 */
final class CalendarRules {

  static final String MOD =
      "(?:early|late|mid|the\\s+middle\\s+of|the\\s+end\\s+of|the\\s+beginning\\s+of"
          + "|the\\s+start\\s+of"
          + "|the\\s+latter\\s+part\\s+of|the\\s+early\\s+part\\s+of|the\\s+rest\\s+of"
          + "|the\\s+remainder\\s+of|the\\s+whole\\s+of)";
  static final String SEP = "(?:\\s+|\\s*-\\s*)";
  private static final LocalDate FIXED_REFERENCE = LocalDate.of(2000, 1, 1);
  static final String YEAR_NUM = "(?<![\\d$£€.,/:#])(1[1-9]\\d\\d|2[01]\\d\\d)(?!\\d)";

  private CalendarRules() {}

  static List<TimexRule> rules(TimexVocabulary v) {
    String month = v.alternation("month") + "(?![a-z])";
    String weekday = v.alternation("weekday") + "(?![a-z])";
    String ordinal = v.alternation("ordinal");
    // "(Friday,) March 6(th)(, 1987)": groups weekday, month, day, year
    String monthDayYear =
        "(?:("
            + weekday
            + "),?\\s+)?("
            + month
            + ")(?:\\s+|(?<=\\.))(\\d{1,2})(?:st|nd|rd|th)?\\b"
            + "(?:,?\\s+"
            + YEAR_NUM
            + ")?";
    return List.of(
        TimexRule.of(
            "month-day-year",
            MONTH,
            "\\b" + monthDayYear,
            (m, ctx, r) -> monthDay(m, ctx, r, 2, 3, 4)),
        TimexRule.of(
            "week-of",
            MONTH,
            // "a hearing the week of March 6": the week that holds the day
            "\\bthe\\s+week\\s+of\\s+" + monthDayYear,
            (m, ctx, r) -> weekOf(monthDay(m, ctx, r, 2, 3, 4))),
        TimexRule.of(
            "coordinated-day",
            MONTH,
            // "the summit on April 24 and 25": the second day shares the first one's month
            "\\b(?:"
                + month
                + ")\\.?\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:and|or|&)\\s{1,3}"
                + "(\\d{1,2})(?:st|nd|rd|th)?\\b"
                + "(?=\\s*(?:[.,;:)!?]|$)|\\s+(?:in|at|on|to|for|with|when|as|and|or)\\b)",
            CalendarRules::coordinatedDay),
        TimexRule.of(
            "day-month-year",
            MONTH,
            "\\b(?:("
                + weekday
                + "),?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?("
                + month
                + ")(?:,?\\s+"
                + YEAR_NUM
                + ")?",
            (m, ctx, r) -> monthDay(m, ctx, r, 3, 2, 4)),
        TimexRule.of(
            "month-spelled-day",
            MONTH,
            "\\b("
                + month
                + ")\\s+(?:(twenty|thirty)(?:[\\s-]+("
                + v.alternation("number")
                + "))?|("
                + v.alternation("number")
                + "))\\b(?![-'’])",
            (m, ctx, r) -> monthSpelledDay(m, ctx, r)),
        TimexRule.of(
            "numeric-date",
            YEAR,
            "\\b(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})/(\\d{1,2})/(\\d{4}))\\b(?![/-]\\d)",
            CalendarRules::numericDate),
        TimexRule.of(
            "month-year",
            MONTH,
            "\\b(?:("
                + MOD
                + ")"
                + SEP
                + ")?("
                + month
                + ")\\s*,?\\s+(?:of\\s+)?(?:"
                + YEAR_NUM
                + "|(last|this|next)\\s+year\\b)",
            CalendarRules::monthYear),
        TimexRule.of(
            "month",
            MONTH,
            "\\b(?:(last|next|this|this\\s+past|this\\s+coming|"
                + MOD
                + ")"
                + SEP
                + ")?("
                + month
                + ")(?![\\w-])",
            CalendarRules::monthAlone),
        TimexRule.of(
            "year",
            YEAR,
            "(?:\\b(fiscal|calendar|the\\s+year|"
                + MOD
                + ")"
                + SEP
                + ")?"
                + YEAR_NUM
                + "(?!%|s\\b|[.,:/]\\d|-\\d{1,2}(?!\\d)|\\s*(?:percent|per\\s+cent))",
            CalendarRules::year),
        TimexRule.of(
            "split-year",
            YEAR,
            "(?<![\\d$£€.,/:#])(1[1-9]\\d\\d|2[01]\\d\\d)/(\\d{2}|\\d{4})(?![\\d/.,]\\d|\\d)",
            CalendarRules::splitYear),
        TimexRule.of(
            "spelled-year",
            SPELLED_YEAR,
            "\\b(?:("
                + month
                + ")[\\s,]+)?(?:the\\s+year\\s+)?(?:nineteen[\\s-]+("
                + v.alternation("tens")
                + ")(?:[\\s-]+("
                + v.alternation("number")
                + "))?|nineteen[\\s-]+(ten|eleven|twelve|thirteen"
                + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\\s+thousand"
                + "(?:\\s+(?:and\\s+)?("
                + v.alternation("number")
                + "))?)\\b",
            CalendarRules::spelledYear));
  }

  // ---- handlers ----

  /** The week (ISO) that holds the day a candidate resolves to; other readings stay as they are. */
  private static TimexCandidate weekOf(TimexCandidate day) {
    if (day == null) {
      return null;
    }
    return new TimexCandidate(
        day.begin,
        day.end,
        day.rule,
        (c, self, anchor) -> {
          TemporalExpression e = day.resolver.resolve(c, self, anchor);
          if (e == null || e.interval() == null || e.interval().granularity() != Granularity.DAY) {
            return e;
          }
          return self.date(
              c, TimexValues.containing(e.interval().begin(), Granularity.WEEK), e.basis());
        });
  }

  /** The second day of "April 24 and 25": the first day's month and year, read off that date. */
  private static TimexCandidate coordinatedDay(Matcher m, TimexContext ctx, int rule) {
    int day = Integer.parseInt(m.group(1));
    if (day < 1 || day > 31) {
      return null;
    }
    return new TimexCandidate(
        m.start(1),
        m.end(),
        rule,
        (c, self, anchor) -> {
          if (anchor == null
              || anchor.granularity() != Granularity.DAY
              || day <= anchor.begin().getDayOfMonth()
              || day > anchor.begin().lengthOfMonth()) {
            return null;
          }
          return self.date(
              c, DateInterval.day(anchor.begin().withDayOfMonth(day)), DateBasis.EXPLICIT);
        });
  }

  /**
   * How far ahead of the reference a year-less day may lie in a past-tense sentence ("He was last
   * seen Nov. 3" in May is last November's); nearer days stay ahead, as in reported plans.
   */
  private static final int PAST_REACH = 2;

  private static TimexCandidate monthDay(
      Matcher m, TimexContext ctx, int rule, int monthGroup, int dayGroup, int yearGroup) {
    if (!capitalized(ctx.text(), m.start(monthGroup))) {
      return null;
    }
    int month = monthNumber(ctx, m.group(monthGroup));
    int day = Integer.parseInt(m.group(dayGroup));
    Integer year = m.group(yearGroup) == null ? null : Integer.parseInt(m.group(yearGroup));
    if (month < 1
        || day < 1
        || day > YearMonth.of(year == null ? 2000 : year, month).lengthOfMonth()) {
      return null;
    }
    int begin = m.start(1) >= 0 ? m.start(1) : m.start();
    int dateBegin = Math.min(m.start(monthGroup), m.start(dayGroup));
    return dayOfMonth(rule, begin, dateBegin, m.end(), month, day, year);
  }

  /**
   * "April six", "March thirty-one": a month and its day written as a word, as Reuters writes them.
   * Only before punctuation or a preposition, so that "In March three people died" stays a month.
   */
  private static TimexCandidate monthSpelledDay(Matcher m, TimexContext ctx, int rule) {
    if (!capitalized(ctx.text(), m.start(1))) {
      return null;
    }
    String next = nextWord(ctx.text(), m.end());
    if (next != null && !ctx.vocab().contains("dayboundary", next)) {
      int p = m.end();
      while (p < ctx.text().length() && ctx.text().charAt(p) == ' ') {
        p++;
      }
      if (p < ctx.text().length() && Character.isLetter(ctx.text().charAt(p))) {
        return null;
      }
    }
    int month = monthNumber(ctx, m.group(1));
    int day =
        (m.group(2) == null ? 0 : Integer.parseInt(ctx.vocab().value("tens", m.group(2))))
            + (m.group(3) == null ? 0 : Integer.parseInt(ctx.vocab().value("number", m.group(3))))
            + (m.group(4) == null ? 0 : Integer.parseInt(ctx.vocab().value("number", m.group(4))));
    if (month < 1 || day < 1 || day > YearMonth.of(2000, month).lengthOfMonth()) {
      return null;
    }
    return dayOfMonth(rule, m.start(), m.start(), m.end(), month, day, null);
  }

  private static TimexCandidate dayOfMonth(
      int rule, int begin, int dateBegin, int end, int month, int day, Integer year) {
    return new TimexCandidate(
        begin,
        end,
        rule,
        (c, self, anchor) -> {
          // A full date reads the same on any day; a month and day take the reference's year.
          LocalDate natty =
              year != null
                  ? c.natty(dateBegin, end, FIXED_REFERENCE)
                  : c.reference() == null
                      ? null
                      : c.natty(dateBegin, end, LocalDate.of(c.reference().getYear(), 7, 1));
          if (year != null) {
            LocalDate own = LocalDate.of(year, month, day);
            if (own.equals(natty)) {
              c.usedNatty();
            }
            return self.date(c, DateInterval.day(own), DateBasis.EXPLICIT);
          }
          if (c.reference() == null) {
            return self.unanchored(c, String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day));
          }
          LocalDate d;
          if (natty != null && natty.getMonthValue() == month && natty.getDayOfMonth() == day) {
            c.usedNatty();
            d = natty;
          } else {
            d =
                LocalDate.of(
                    c.reference().getYear(),
                    month,
                    Math.min(day, YearMonth.of(c.reference().getYear(), month).lengthOfMonth()));
          }
          TenseCues.Direction dir = c.sentenceDirection(self);
          LocalDate ref = c.reference();
          if (d.isAfter(ref.plusMonths(6)) && dir != TenseCues.Direction.FUTURE
              || d.isAfter(ref.plusMonths(PAST_REACH)) && dir == TenseCues.Direction.PAST) {
            d = d.minusYears(1);
          } else if (d.isBefore(ref.minusMonths(6)) && dir != TenseCues.Direction.PAST) {
            d = d.plusYears(1);
          }
          return self.date(c, DateInterval.day(d), DateBasis.RELATIVE);
        });
  }

  /** Moves a year-less date by a year when it lies more than half a year from the reference. */
  private static LocalDate nearestYear(LocalDate d, LocalDate ref) {
    if (d.isAfter(ref.plusMonths(6))) {
      return d.minusYears(1);
    }
    if (d.isBefore(ref.minusMonths(6))) {
      return d.plusYears(1);
    }
    return d;
  }

  private static TimexCandidate numericDate(Matcher m, TimexContext ctx, int rule) {
    int year;
    int month;
    int day;
    if (m.group(1) != null) {
      year = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(2));
      day = Integer.parseInt(m.group(3));
    } else {
      int a = Integer.parseInt(m.group(4));
      int b = Integer.parseInt(m.group(5));
      year = Integer.parseInt(m.group(6));
      month = a <= 12 ? a : b;
      day = a <= 12 ? b : a;
    }
    if (!TimexValues.plausibleYear(year)
        || month < 1
        || month > 12
        || day < 1
        || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    LocalDate d = LocalDate.of(year, month, day);
    return TimexCandidate.spanning(
        m, rule, (c, self, anchor) -> self.date(c, DateInterval.day(d), DateBasis.EXPLICIT));
  }

  private static TimexCandidate monthYear(Matcher m, TimexContext ctx, int rule) {
    if (!capitalized(ctx.text(), m.start(2))) {
      return null;
    }
    int month = monthNumber(ctx, m.group(2));
    String yearText = m.group(3);
    String relative = m.group(4);
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> {
          NamedYear year = NamedYear.of(yearText, relative, c.reference());
          if (year == null) {
            return self.unanchored(c, unknownYearMonth(month));
          }
          return self.date(c, TimexValues.monthInterval(year.year(), month), year.basis());
        });
  }

  private static TimexCandidate monthAlone(Matcher m, TimexContext ctx, int rule) {
    String text = ctx.text();
    String word = m.group(2);
    if (!capitalized(text, m.start(2))) {
      return null;
    }
    String modifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
    String bare = word.replace(".", "");
    if (modifier == null) {
      String before = previousWord(text, m.start(2));
      boolean cue = before != null && ctx.vocab().contains("monthcue", before);
      boolean abbreviation =
          bare.length() <= 4
              && !bare.equalsIgnoreCase("june")
              && !bare.equalsIgnoreCase("july")
              && !bare.equalsIgnoreCase("may");
      if (abbreviation && !word.endsWith(".")) {
        return null;
      }
      if (abbreviation || bare.equalsIgnoreCase("may") || bare.equalsIgnoreCase("march")) {
        if (!cue) {
          return null;
        }
      } else if (!cue && looksLikeName(text, m.start(2), m.end(2))) {
        return null;
      }
    }
    int month = monthNumber(ctx, word);
    return TimexCandidate.fromReference(
        m,
        rule,
        unknownYearMonth(month),
        (c, self, ref) -> {
          int year = ref.getYear();
          int refMonth = ref.getMonthValue();
          String mod = modifier == null ? "" : modifier.replaceAll("\\s+", " ");
          if (mod.equals("last") || mod.equals("this past")) {
            LocalDate natty = c.natty(self.begin, self.end);
            if (mod.equals("last")
                && natty != null
                && natty.getMonthValue() == month
                && natty.isBefore(ref)
                && natty.isAfter(ref.minusMonths(13))) {
              c.usedNatty();
              year = natty.getYear();
            } else {
              year = month < refMonth ? year : year - 1;
            }
          } else if (mod.equals("next") || mod.equals("this coming")) {
            year = month > refMonth ? year : year + 1;
          } else if (!mod.equals("this")) {
            // News reports the past by default; a month well ahead of the reference lies in the
            // previous year unless the sentence speaks of the future, and the reverse.
            if (c.sentenceDirection(self) == TenseCues.Direction.FUTURE) {
              year = month < refMonth - 1 ? year + 1 : year;
            } else {
              year = month > refMonth + 1 ? year - 1 : year;
            }
          }
          return self.date(c, TimexValues.monthInterval(year, month), DateBasis.RELATIVE);
        });
  }

  private static TimexCandidate year(Matcher m, TimexContext ctx, int rule) {
    int year = Integer.parseInt(m.group(2));
    String next = nextWord(ctx.text(), m.end());
    if (next != null && ctx.vocab().contains("measure", next)) {
      return null;
    }
    String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    boolean endOf = modifier.startsWith("the end of");
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> {
          if (endOf) {
            LocalDate natty = c.natty(self.begin, self.end, FIXED_REFERENCE);
            if (natty != null && natty.getYear() == year) {
              c.usedNatty();
            }
          }
          return self.date(c, TimexValues.yearInterval(year), DateBasis.EXPLICIT);
        });
  }

  /**
   * "The 1987/88 budget", "the 2016/2017 season": a fiscal or crop year across two calendar years,
   * valued as the year it starts in (TimeBank writes "fiscal 1989" as 1989).
   */
  private static TimexCandidate splitYear(Matcher m, TimexContext ctx, int rule) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    if (second != (m.group(2).length() == 2 ? (first + 1) % 100 : first + 1)) {
      return null;
    }
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> self.date(c, TimexValues.yearInterval(first), DateBasis.EXPLICIT));
  }

  private static TimexCandidate spelledYear(Matcher m, TimexContext ctx, int rule) {
    TimexVocabulary v = ctx.vocab();
    // "January nineteen ninety-seven", as broadcast transcripts write a month of a year
    int month =
        m.group(1) != null && capitalized(ctx.text(), m.start(1))
            ? monthNumber(ctx, m.group(1).toLowerCase(Locale.ROOT))
            : -1;
    int begin = month > 0 || m.group(1) == null ? m.start() : m.start(1) + m.group(1).length();
    if (month <= 0 && m.group(1) != null) {
      while (begin < m.end() && !Character.isLetter(ctx.text().charAt(begin))) {
        begin++;
      }
    }
    int year;
    if (m.group(2) != null) {
      year =
          1900
              + Integer.parseInt(v.value("tens", m.group(2)))
              + (m.group(3) == null ? 0 : Integer.parseInt(v.value("number", m.group(3))));
    } else if (m.group(4) != null) {
      year = 1900 + Integer.parseInt(v.value("number", m.group(4)));
    } else {
      year = 2000 + (m.group(5) == null ? 0 : Integer.parseInt(v.value("number", m.group(5))));
      String before = previousWord(ctx.text(), begin);
      String next = nextWord(ctx.text(), m.end());
      boolean named = m.group().toLowerCase(Locale.ROOT).contains("the year");
      if (!named
          && month <= 0
          && (before == null
              || !v.contains("monthcue", before)
              || next != null
                  && Character.isLetter(next.charAt(0))
                  && !v.contains("monthcue", next))) {
        return null;
      }
    }
    int y = year;
    int mo = month;
    return new TimexCandidate(
        begin,
        m.end(),
        rule,
        (c, self, anchor) ->
            mo > 0
                ? self.date(c, TimexValues.monthInterval(y, mo), DateBasis.EXPLICIT)
                : self.date(c, TimexValues.yearInterval(y), DateBasis.EXPLICIT));
  }

  // ---- helpers shared with the other rule sets ----

  /** "XXXX-03": a month of a year not known. */
  static String unknownYearMonth(int month) {
    return String.format(Locale.ROOT, "XXXX-%02d", month);
  }

  static int relativeYear(String word) {
    if (word == null) {
      return 0;
    }
    switch (word.toLowerCase(Locale.ROOT)) {
      case "last":
        return -1;
      case "next":
        return 1;
      default:
        return 0;
    }
  }

  static int monthNumber(TimexContext ctx, String word) {
    String v = ctx.vocab().value("month", word);
    if (v == null) {
      v = ctx.vocab().value("month", word.replace(".", ""));
    }
    return v == null ? -1 : Integer.parseInt(v);
  }

  static boolean capitalized(String text, int pos) {
    return Character.isUpperCase(text.charAt(pos));
  }

  /** The word (letters only, lower case) that ends right before {@code pos}, or null. */
  static String previousWord(String text, int pos) {
    int e = pos;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '-')) {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return s == e ? null : text.substring(s, e).toLowerCase(Locale.ROOT);
  }

  /** The word (letters only, lower case) that starts after {@code pos}, or null. */
  static String nextWord(String text, int pos) {
    int s = pos;
    while (s < text.length() && (text.charAt(s) == ' ' || text.charAt(s) == '-')) {
      s++;
    }
    int e = s;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return s == e ? null : text.substring(s, e).toLowerCase(Locale.ROOT);
  }

  /**
   * A capitalised word joined to a name: "Theresa May", "June Carter", "Prime Minister May". A
   * capitalised word before it (not at a sentence start) or after it marks a name.
   */
  static boolean looksLikeName(String text, int begin, int end) {
    int p = begin - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    if (p >= 0 && p < begin - 1 && Character.isLetter(text.charAt(p))) {
      int s = p;
      while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
        s--;
      }
      if (Character.isUpperCase(text.charAt(s)) && !sentenceInitial(text, s)) {
        return true;
      }
    }
    int q = end;
    if (q < text.length() && text.charAt(q) == ' ') {
      while (q < text.length() && text.charAt(q) == ' ') {
        q++;
      }
      return q < text.length() && Character.isUpperCase(text.charAt(q));
    }
    return false;
  }

  /** True when only white space and sentence punctuation precede {@code pos}. */
  static boolean sentenceInitial(String text, int pos) {
    int p = pos - 1;
    while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
      p--;
    }
    return p < 0 || ".!?\"“:(".indexOf(text.charAt(p)) >= 0;
  }
}
