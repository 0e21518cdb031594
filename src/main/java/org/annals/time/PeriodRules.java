package org.annals.time;

import static org.annals.time.CalendarRules.SEP;
import static org.annals.time.CalendarRules.YEAR_NUM;
import static org.annals.time.CalendarRules.capitalized;
import static org.annals.time.CalendarRules.previousWord;
import static org.annals.time.TriggerWords.DECADE;
import static org.annals.time.TriggerWords.QUARTER;
import static org.annals.time.TriggerWords.SEASON;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grammar rules for calendar periods longer than a month: decades ("the 1990s" is {@code 199}),
 * centuries, quarters (financial news: "the third quarter", "the year-ago period"), halves, seasons
 * and holidays.
 */
final class PeriodRules {

  private PeriodRules() {}

  static List<TimexRule> rules(TimexVocabulary v) {
    String ordinal = v.alternation("ordinal");
    return List.of(
        TimexRule.of(
            "half",
            QUARTER,
            "\\b(?:the\\s+)?(first|second|1st|2nd|latter|last)\\s+half\\b"
                // "the first half hour", "the last half-point": a half of something else
                + "(?![-\\s]+(?:hour|hours|day|point|percentage|dozen|mile|century|decade|time"
                + "|inning|an?)\\b)(?:\\s+of\\s+(?:"
                + YEAR_NUM
                + "|the\\s+year\\b|(this|last|next)\\s+year\\b))?",
            PeriodRules::half),
        TimexRule.of(
            "two-quarters-of-year",
            QUARTER,
            // "the first two quarters of 1990": a half of a named year, not a length of time
            "\\b(?:the\\s+)?(first|last)\\s+two\\s+quarters\\s+of\\s+(?:fiscal\\s+)?(?:"
                + YEAR_NUM
                + "|(this|last|next)\\s+year\\b)",
            PeriodRules::half),
        TimexRule.of(
            "decade",
            DECADE,
            "\\b(?:the\\s+)?(?:(early|mid|late)"
                + SEP
                + ")?(?:(?<![\\d$.,])(1[1-9]\\d|20\\d)0['’]?s"
                + "|['’](\\d)0['’]?s|("
                + v.alternation("decadeword")
                + "))\\b",
            PeriodRules::decade),
        TimexRule.of(
            "century",
            DECADE,
            "\\b(?:the\\s+)?(?:(early|mid|late)"
                + SEP
                + ")?("
                + ordinal
                + "|\\d{1,2}(?:st|nd|rd|th))"
                + "[\\s-]+century\\b",
            PeriodRules::century),
        TimexRule.of(
            "ordinal-quarter",
            QUARTER,
            "\\b(?:(the|this|last|next|this\\s+year['’]s|last\\s+year['’]s|next\\s+year['’]s"
                + "|(?:1[1-9]|20)\\d\\d['’]s"
                + "|the\\s+(?:\\d{4}|year-earlier|year-ago|comparable|year-ago\\s+fiscal)"
                + "|the\\s+latest|the\\s+current|the\\s+same|its|a|their)\\s+)?(?:(?:fiscal|calendar)"
                + "\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[\\s-]+quarter\\b"
                + "(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?:"
                + YEAR_NUM
                + "|(this|last|next)\\s+year\\b))?",
            PeriodRules::ordinalQuarter),
        TimexRule.of(
            "quarter",
            QUARTER,
            "\\b(the|this|last|next|the\\s+latest|the\\s+current|the\\s+previous|the\\s+same"
                + "|the\\s+year-ago|the\\s+year-earlier|the\\s+most\\s+recent|the\\s+past"
                + "|the\\s+recent|the\\s+latest\\s+fiscal)\\s+quarter\\b(?!s)"
                + "|\\b(the\\s+latest|the\\s+year-ago|the\\s+year-earlier|the\\s+comparable)"
                + "\\s+period\\b"
                + "|\\b(the\\s+(?:19|20)\\d\\d)\\s+quarter\\b(?!s)",
            PeriodRules::namedQuarter),
        TimexRule.of(
            "season",
            SEASON,
            "\\b(?:(last|this|next|this\\s+past|this\\s+coming|early|late|mid|the)"
                + SEP
                + ")?("
                + v.alternation("season")
                + ")\\b(?:\\s+(?:of\\s+)?"
                + YEAR_NUM
                + ")?",
            PeriodRules::season),
        TimexRule.of(
            "holiday",
            TriggerWords.HOLIDAY,
            "\\b(?:(last|next|this)\\s+)?("
                + v.alternation("holiday")
                + ")\\b(?:,?\\s+"
                + YEAR_NUM
                + ")?",
            PeriodRules::holiday));
  }

  private static TimexCandidate decade(Matcher m, TimexContext ctx, int rule) {
    int first;
    if (m.group(2) != null) {
      first = Integer.parseInt(m.group(2)) * 10;
    } else if (m.group(3) != null) {
      int d = Integer.parseInt(m.group(3));
      first = d >= 2 ? 1900 + 10 * d : 2000 + 10 * d;
    } else {
      first = 1900 + 10 * Integer.parseInt(ctx.vocab().value("decadeword", m.group(4)));
    }
    if (!TimexValues.plausibleYear(first)) {
      return null;
    }
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) ->
            self.expression(
                c,
                TimexType.DATE,
                TimexValues.decadeValue(first),
                TimexValues.decadeInterval(first),
                DateBasis.EXPLICIT));
  }

  private static TimexCandidate century(Matcher m, TimexContext ctx, int rule) {
    String o = m.group(2).toLowerCase(Locale.ROOT);
    String n = ctx.vocab().value("ordinal", o);
    int number = n != null ? Integer.parseInt(n) : Integer.parseInt(o.replaceAll("\\D", ""));
    if (number < 11 || number > 30) {
      return null;
    }
    int first = (number - 1) * 100;
    String value = String.format(Locale.ROOT, "%02d", number - 1);
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) ->
            self.expression(
                c,
                TimexType.DATE,
                value,
                new DateInterval(
                    LocalDate.of(first, 1, 1),
                    LocalDate.of(first + 99, 12, 31),
                    Granularity.DECADE),
                DateBasis.EXPLICIT));
  }

  private static TimexCandidate ordinalQuarter(Matcher m, TimexContext ctx, int rule) {
    String det = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    String ord = m.group(2).toLowerCase(Locale.ROOT);
    int quarter =
        ord.equals("first") || ord.equals("1st")
            ? 1
            : ord.equals("second") || ord.equals("2nd")
                ? 2
                : ord.equals("third") || ord.equals("3rd") ? 3 : 4;
    String yearText = m.group(3);
    String relative = m.group(4);
    int b = m.start();
    int afterOrdinal = m.end(2);
    boolean adjectival =
        afterOrdinal < ctx.text().length() && ctx.text().charAt(afterOrdinal) == '-';
    if (det.equals("a")
        || det.equals("its")
        || det.equals("their")
        || adjectival && det.equals("the")) {
      b = m.end(1);
      while (Character.isWhitespace(ctx.text().charAt(b))) {
        b++;
      }
    }
    return new TimexCandidate(
        b,
        m.end(),
        rule,
        (c, self, anchor) -> {
          LocalDate ref = c.reference();
          if (yearText != null || relative != null) {
            NamedYear year = NamedYear.of(yearText, relative, ref);
            if (year == null) {
              return self.unanchored(c, "XXXX-Q" + quarter);
            }
            return self.date(c, TimexValues.quarterInterval(year.year(), quarter), year.basis());
          }
          if (ref == null) {
            return self.unanchored(c, "XXXX-Q" + quarter);
          }
          int y = ref.getYear();
          if (det.matches("the \\d{4}")) {
            y = Integer.parseInt(det.substring(4));
          } else if (det.matches("\\d{4}['’]s")) {
            y = Integer.parseInt(det.substring(0, 4)); // "1988's first quarter"
          } else if (det.startsWith("the year-") || det.startsWith("the comparable")) {
            y--;
          } else if (det.startsWith("last year")) {
            y--;
          } else if (det.startsWith("next year")) {
            y++;
          } else if (!det.startsWith("this year")) {
            boolean future = c.direction(self) == TenseCues.Direction.FUTURE;
            if (!future && TimexValues.quarterInterval(y, quarter).begin().isAfter(ref)) {
              y--;
            }
          }
          return self.date(c, TimexValues.quarterInterval(y, quarter), DateBasis.RELATIVE);
        });
  }

  /** What follows "the quarter" when it names its closing day: "ended July 31, 1989". */
  private static final Pattern QUARTER_ENDED =
      Pattern.compile(
          "\\s+(?:ended|ending)\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
              + "\\s+(\\d{1,2})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?",
          Pattern.CASE_INSENSITIVE);

  private static TimexCandidate namedQuarter(Matcher m, TimexContext ctx, int rule) {
    if (m.group(3) != null) {
      return yearsQuarter(m, rule);
    }
    String det =
        (m.group(1) != null ? m.group(1) : m.group(2))
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\s+", " ");
    Matcher ended =
        det.equals("the")
            ? QUARTER_ENDED.matcher(ctx.text()).region(m.end(), ctx.text().length())
            : null;
    int endMonth = 0;
    int endDay = 0;
    int endYear = 0;
    if (ended != null && ended.lookingAt()) {
      endMonth =
          "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(ended.group(1).toLowerCase(Locale.ROOT))
                  / 3
              + 1;
      endDay = Integer.parseInt(ended.group(2));
      endYear = ended.group(3) == null ? 0 : Integer.parseInt(ended.group(3));
    }
    boolean latestPeriod =
        det.equals("the latest") && m.group().toLowerCase(Locale.ROOT).endsWith("period");
    final int month = endMonth;
    final int day = endDay;
    final int explicitYear = endYear;
    return TimexCandidate.fromReference(
        m,
        rule,
        "XXXX-QX",
        (c, self, ref) -> {
          if (latestPeriod) {
            // "Net rose in the latest period": in an earnings report (a quarter named shortly
            // before), the quarter under report; elsewhere a period of anything
            DateInterval topic = c.lastQuarter(self.begin);
            return topic == null ? null : self.date(c, topic, DateBasis.ANAPHORIC);
          }
          if (month > 0 && day <= 31) {
            // "The quarter ended July 31": the three months up to that day, a fiscal quarter
            // valued as the calendar quarter it shares two months with (the one of its middle
            // month); without a year, the latest such day up to a quarter after the reference
            int year = explicitYear > 0 ? explicitYear : ref.getYear();
            if (explicitYear == 0
                && YearMonth.of(year, month).atDay(1).isAfter(ref.plusMonths(3))) {
              year--;
            }
            LocalDate middle = YearMonth.of(year, month).atDay(1).minusMonths(1);
            return self.date(
                c, TimexValues.containing(middle, Granularity.QUARTER), DateBasis.RELATIVE);
          }
          DateInterval topic = c.lastQuarter(self.begin);
          if (topic != null
              && (det.equals("the year-ago")
                  || det.equals("the year-earlier")
                  || det.equals("the comparable"))) {
            return self.date(
                c,
                TimexValues.containing(topic.begin().minusYears(1), Granularity.QUARTER),
                DateBasis.ANAPHORIC);
          }
          LocalDate reported = ref.minusDays(45);
          LocalDate d;
          switch (det) {
            case "this":
            case "the current":
              d = ref;
              break;
            case "last":
            case "the previous":
              d = ref.minusMonths(3);
              break;
            case "next":
              d = ref.plusMonths(3);
              break;
            case "the year-ago":
            case "the year-earlier":
            case "the comparable":
            case "the same":
              d = reported.minusYears(1);
              break;
            default:
              d = reported;
          }
          return self.date(c, TimexValues.containing(d, Granularity.QUARTER), DateBasis.RELATIVE);
        });
  }

  /**
   * "The 1988 quarter": in an earnings report, the quarter under report (the last one named), or
   * else the one last reported, in that year. ("The 1988 period" stays a year: a period may be nine
   * months as well as a quarter.)
   */
  private static TimexCandidate yearsQuarter(Matcher m, int rule) {
    int year = Integer.parseInt(m.group(3).substring(m.group(3).length() - 4));
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> {
          DateInterval topic = c.lastQuarter(self.begin);
          LocalDate in =
              topic != null
                  ? topic.begin()
                  : c.reference() != null ? c.reference().minusDays(45) : LocalDate.of(year, 1, 1);
          return self.date(
              c,
              TimexValues.containing(in.withYear(year), Granularity.QUARTER),
              topic != null ? DateBasis.ANAPHORIC : DateBasis.EXPLICIT);
        });
  }

  private static TimexCandidate half(Matcher m, TimexContext ctx, int rule) {
    String ord = m.group(1).toLowerCase(Locale.ROOT);
    int half = ord.startsWith("f") || ord.startsWith("1") ? 1 : 2;
    String yearText = m.group(2);
    String relative = m.group(3);
    if (yearText == null
        && relative == null
        && !m.group().toLowerCase(Locale.ROOT).endsWith("year")
        && "of".equals(CalendarRules.nextWord(ctx.text(), m.end()))) {
      return null; // "the last half of the '80s", "the second half of the game": not of a year
    }
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> {
          NamedYear year = NamedYear.of(yearText, relative, c.reference());
          if (year == null) {
            return self.unanchored(c, "XXXX-H" + half);
          }
          return self.expression(
              c,
              TimexType.DATE,
              TimexValues.year4(year.year()) + "-H" + half,
              TimexValues.halfInterval(year.year(), half),
              year.basis());
        });
  }

  private static TimexCandidate season(Matcher m, TimexContext ctx, int rule) {
    String mod =
        m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String word = m.group(2).toLowerCase(Locale.ROOT);
    String yearText = m.group(3);
    if (mod.isEmpty() && yearText == null) {
      String before = previousWord(ctx.text(), m.start());
      if (word.equals("fall") || before == null || !ctx.vocab().contains("monthcue", before)) {
        return null;
      }
    }
    if (mod.equals("the") && word.equals("fall") && yearText == null) {
      String before = previousWord(ctx.text(), m.start());
      if (before == null || !ctx.vocab().contains("monthcue", before)) {
        return null;
      }
    }
    String code = ctx.vocab().value("season", word);
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> {
          NamedYear year = NamedYear.of(yearText, null, c.reference());
          if (year == null) {
            return self.unanchored(c, "XXXX-" + code);
          }
          int y = year.year();
          if (yearText == null) {
            LocalDate ref = c.reference();
            int start = TimexValues.seasonStartMonth(code);
            int refMonth = ref.getMonthValue();
            TenseCues.Direction dir =
                mod.equals("last") || mod.equals("this past")
                    ? TenseCues.Direction.PAST
                    : mod.equals("next") || mod.equals("this coming")
                        ? TenseCues.Direction.FUTURE
                        : mod.equals("this") ? TenseCues.Direction.NONE : c.direction(self);
            if (dir == TenseCues.Direction.PAST && start > refMonth) {
              y--;
            } else if (dir == TenseCues.Direction.FUTURE && start + 2 < refMonth) {
              y++;
            }
          }
          return self.expression(
              c,
              TimexType.DATE,
              TimexValues.year4(y) + "-" + code,
              TimexValues.seasonInterval(y, code),
              year.basis());
        });
  }

  private static TimexCandidate holiday(Matcher m, TimexContext ctx, int rule) {
    if (!capitalized(ctx.text(), m.start(2))) {
      return null;
    }
    String rule0 = ctx.vocab().value("holiday", m.group(2));
    if (rule0 == null) {
      return null;
    }
    String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    String yearText = m.group(3);
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> {
          LocalDate ref = c.reference();
          if (yearText != null) {
            return self.date(
                c,
                DateInterval.day(holidayIn(Integer.parseInt(yearText), rule0)),
                DateBasis.EXPLICIT);
          }
          if (ref == null) {
            return self.unanchored(c, "XXXX-XX-XX");
          }
          LocalDate d = holidayIn(ref.getYear(), rule0);
          TenseCues.Direction dir =
              mod.equals("last")
                  ? TenseCues.Direction.PAST
                  : mod.equals("next")
                      ? TenseCues.Direction.FUTURE
                      : mod.equals("this") ? TenseCues.Direction.NONE : c.sentenceDirection(self);
          if (dir == TenseCues.Direction.PAST && d.isAfter(ref)) {
            d = holidayIn(ref.getYear() - 1, rule0);
          } else if (dir == TenseCues.Direction.FUTURE && d.isBefore(ref)) {
            d = holidayIn(ref.getYear() + 1, rule0);
          }
          return self.date(c, DateInterval.day(d), DateBasis.RELATIVE);
        });
  }

  /** A holiday's day in {@code year}: "MM-DD" fixed, or "MM/n/weekday" (n = 1..5 or "last"). */
  static LocalDate holidayIn(int year, String rule) {
    if (rule.contains("-")) {
      String[] p = rule.split("-");
      return LocalDate.of(year, Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }
    String[] p = rule.split("/");
    java.time.DayOfWeek dow = java.time.DayOfWeek.of(Integer.parseInt(p[2]));
    LocalDate first = LocalDate.of(year, Integer.parseInt(p[0]), 1);
    if (p[1].equals("last")) {
      return first.with(java.time.temporal.TemporalAdjusters.lastInMonth(dow));
    }
    return first.with(
        java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(p[1]), dow));
  }
}
