package org.annals.time;

import static org.annals.time.TriggerWords.CLOCK;
import static org.annals.time.TriggerWords.DEICTIC;
import static org.annals.time.TriggerWords.REFERENCE;
import static org.annals.time.TriggerWords.UNIT;
import static org.annals.time.TriggerWords.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grammar rules for expressions read against the reference date or an earlier date: "today",
 * weekdays (direction from tense), "last week", "two years ago", "the next day", "shortly"-free
 * anaphora such as "a year earlier", clock times and reference words ("now", "recently").
 */
final class RelativeRules {

  private RelativeRules() {}

  static List<TimexRule> rules(TimexVocabulary v) {
    String weekday = v.alternation("weekday") + "(?![a-z])";
    // "10:35 a.m. (0735 GMT) Friday": the day after a parenthetical conversion of the time
    Pattern dayAfterAside =
        Pattern.compile(
            "\\s*\\([^()]{1,30}\\)\\s*,?\\s*(?:on\\s+)?("
                + weekday
                + "|today|tonight|yesterday|tomorrow)",
            Pattern.CASE_INSENSITIVE);
    String part = "(morning|afternoon|evening|night)";
    String num = Quantities.pattern(v);
    String unit = Quantities.UNIT;
    return List.of(
        TimexRule.of(
            "deictic",
            DEICTIC,
            "\\b(?:(early|late|earlier|later)\\s+)?(today|tonight|yesterday|tomorrow)(?:\\s+"
                + part
                + ")?\\b|\\b(this|last|tomorrow|yesterday)\\s+"
                + part
                + "\\b",
            RelativeRules::deictic),
        TimexRule.of(
            "weekday",
            WEEKDAY,
            "\\b(?:(last|next|this|this\\s+coming|this\\s+past|the\\s+previous|the\\s+following|coming"
                + "|early|late|earlier|later)\\s+)?("
                + weekday
                + ")(?:(['’]s\\b)|(s)\\b)?(?:,?\\s+"
                + part
                + "(s)?\\b)?",
            RelativeRules::weekday),
        TimexRule.of(
            "day-before",
            UNIT,
            "\\bthe\\s+day\\s+(before|after)(?=\\s*[.,;:!?)\"”]|\\s*$)",
            (m, ctx, r) -> {
              int offset = m.group(1).equalsIgnoreCase("before") ? -1 : 1;
              return TimexCandidate.spanning(
                  m, r, (c, self, anchor) -> anaphoricShift(c, self, anchor, "D", offset));
            }),
        TimexRule.of("that-part", DEICTIC, "\\bthat\\s+" + part + "\\b", RelativeRules::thatPart),
        TimexRule.of(
            "mid-part",
            DEICTIC,
            "\\bmid[-\\s]?(morning|afternoon|evening)(?:\\s+(today|yesterday|tomorrow|"
                + weekday
                + "))?\\b",
            RelativeRules::midPart),
        TimexRule.of(
            "weekend",
            DEICTIC,
            "\\b(this|last|next|the|this\\s+past|this\\s+coming)\\s+weekend\\b",
            RelativeRules::weekend),
        TimexRule.of(
            "relative-unit",
            UNIT,
            "\\b(last|next|this|the\\s+coming|the\\s+current|this\\s+past|the\\s+past|the\\s+last|earlier\\s+this"
                + "|later\\s+this|early\\s+this|late\\s+this|early\\s+next|late\\s+next|early\\s+last"
                + "|late\\s+last|the\\s+end\\s+of\\s+(?:this|last|next|the)|the\\s+beginning\\s+of"
                + "\\s+(?:this|last|next|the)|the\\s+start\\s+of\\s+(?:this|last|next|the)"
                + "|the\\s+middle\\s+of\\s+(?:this|last|next|the)|the\\s+rest\\s+of\\s+(?:this|the)"
                + "|the\\s+same|that|the\\s+following|the\\s+next|the\\s+previous|the\\s+prior"
                + "|the\\s+preceding|the\\s+full|the\\s+fiscal|the\\s+current\\s+fiscal"
                + "|the\\s+latest\\s+fiscal|the\\s+previous\\s+fiscal|last\\s+fiscal|next\\s+fiscal"
                + "|this\\s+fiscal|the)\\s+(day|week|month|year|decade)\\b(?!-)",
            RelativeRules::relativeUnit),
        TimexRule.of(
            "offset",
            UNIT,
            "\\b(?:(?:about|nearly|almost|some|more\\s+than|less\\s+than|over|around|roughly|just"
                + "|only|at\\s+least|barely|fully|exactly|approximately)\\s+)?("
                + num
                + ")[\\s-]+("
                + unit
                + ")\\s+(?:or\\s+so\\s+)?(ago|earlier|later|from\\s+now|hence)\\b",
            RelativeRules::offset),
        TimexRule.of(
            "year-earlier",
            UNIT,
            "\\b(?:(the)\\s+(?:comparable\\s+|same\\s+|corresponding\\s+)?)?(year-earlier|year-ago"
                + "|year-before)(?:\\s+(period|quarter|level|levels|results|figure|figures))?\\b",
            RelativeRules::yearEarlier),
        TimexRule.of(
            "clock",
            CLOCK,
            "\\b(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b)|(noon|midnight|midday)"
                + "|(\\d{1,2}):?(\\d{2})(?=\\s*(?:gmt|est|edt|bst|cet|utc|local)))(?:\\s+(?:est|edt|cst"
                + "|cdt|pst|pdt|gmt|bst|cet|utc|et|pt|ct|mt)\\b)?(?:,?\\s+(?:on\\s+)?("
                + weekday
                + "|today|tonight|yesterday|tomorrow))?",
            (m, ctx, r) -> clock(m, ctx, r, dayAfterAside)),
        TimexRule.of(
            "year-end",
            UNIT,
            "(?<=\\b(?:by|at|around|since|until|before|after|near|toward|towards|through)\\s{1,3})"
                + "(?:the\\s+)?year(?:[-\\s]|['’]s\\s{1,3})end\\b(?![-'’])",
            RelativeRules::yearEnd),
        TimexRule.of(
            "reference",
            REFERENCE,
            "\\b(" + v.alternation("reference") + "|current|recent)\\b(?![-'’])",
            RelativeRules::reference));
  }

  // ---- handlers ----

  private static TimexCandidate deictic(Matcher m, TimexContext ctx, int rule) {
    String word = (m.group(2) != null ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT);
    String partWord = m.group(3) != null ? m.group(3) : m.group(5);
    int offset;
    switch (word) {
      case "yesterday":
        offset = -1;
        break;
      case "tomorrow":
        offset = 1;
        break;
      case "last":
        // "last night" is the evening before; "last morning" is not an expression.
        if (!"night".equalsIgnoreCase(partWord)) {
          return null;
        }
        offset = -1;
        break;
      default:
        offset = 0;
    }
    String partCode =
        word.equals("tonight")
            ? "NI"
            : partWord == null ? null : ctx.vocab().value("partofday", partWord);
    if (word.equals("today") && partWord == null && ofOurTime(ctx, m.end())) {
      return null;
    }
    boolean natty = word.equals("yesterday") || word.equals("tomorrow") || word.equals("today");
    int coreBegin = m.start(2) >= 0 ? m.start(2) : m.start(4);
    int coreEnd = m.end(2) >= 0 ? m.end(2) : m.end(4);
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> {
          LocalDate ref = c.reference();
          if (ref == null) {
            return self.expression(
                c,
                partCode == null ? TimexType.DATE : TimexType.TIME,
                "XXXX-XX-XX" + (partCode == null ? "" : "T" + partCode),
                null,
                DateBasis.RELATIVE);
          }
          LocalDate d = ref.plusDays(offset);
          if (natty) {
            LocalDate n = c.natty(coreBegin, coreEnd);
            if (d.equals(n)) {
              c.usedNatty();
            }
          }
          if (partCode != null) {
            return self.expression(
                c, TimexType.TIME, d + "T" + partCode, DateInterval.day(d), DateBasis.RELATIVE);
          }
          return self.date(c, DateInterval.day(d), DateBasis.RELATIVE);
        });
  }

  /**
   * "Today's youth", "in today's world": the possessive before a noun of people or of an age means
   * "of our time", not the day of the report ("today's editions" stays the day).
   */
  private static boolean ofOurTime(TimexContext ctx, int end) {
    String text = ctx.text();
    if (end + 2 >= text.length()
        || text.charAt(end) != '\'' && text.charAt(end) != '’'
        || Character.toLowerCase(text.charAt(end + 1)) != 's') {
      return false;
    }
    return ctx.vocab().contains("erapeople", CalendarRules.nextWord(text, end + 2));
  }

  /**
   * "By mid-afternoon", "at mid-afternoon yesterday": the middle of a part of the day, of the day
   * named after it or else of the report's own day, as news tells the hours of an unfolding story.
   */
  private static TimexCandidate midPart(Matcher m, TimexContext ctx, int rule) {
    String partCode = ctx.vocab().value("partofday", m.group(1));
    String dayWord = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
    if (partCode == null
        || dayWord != null
            && ctx.vocab().contains("weekday", dayWord)
            && !CalendarRules.capitalized(ctx.text(), m.start(2))) {
      return null;
    }
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> {
          LocalDate ref = c.reference();
          LocalDate d = ref;
          if (ref != null && dayWord != null) {
            if (dayWord.equals("yesterday")) {
              d = ref.minusDays(1);
            } else if (dayWord.equals("tomorrow")) {
              d = ref.plusDays(1);
            } else if (!dayWord.equals("today")) {
              d =
                  resolveWeekday(
                      c, self, Integer.parseInt(c.vocab().value("weekday", dayWord)), "");
            }
          }
          if (d == null) {
            return self.expression(
                c, TimexType.TIME, "XXXX-XX-XXT" + partCode, null, DateBasis.RELATIVE);
          }
          return self.expression(
              c, TimexType.TIME, d + "T" + partCode, DateInterval.day(d), DateBasis.RELATIVE);
        });
  }

  /** A day ("Friday", "today", "March 20", "Nov. 9, 1989") and "at" right before a clock time. */
  private static final Pattern DAY_BEFORE_CLOCK =
      Pattern.compile(
          "\\b(?:((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tonight|yesterday|tomorrow)"
              + "|([A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?))"
              + ",?\\s+(?:at|by|around|about|until|before)\\s+(?:about\\s+|around\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** ", and Tuesday nights" after a weekday: a plural part of the day both weekdays share. */
  private static final Pattern SHARED_PLURAL_PART =
      Pattern.compile(
          ",?\\s+(?:and|or)\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+"
              + "(morning|afternoon|evening|night)s\\b");

  /**
   * "That night", "that evening": a part of the day the text last named, else of the reference
   * date.
   */
  private static TimexCandidate thatPart(Matcher m, TimexContext ctx, int rule) {
    String partCode = ctx.vocab().value("partofday", m.group(1));
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> {
          LocalDate d =
              anchor != null && anchor.granularity() == Granularity.DAY
                  ? anchor.begin()
                  : c.reference();
          if (d == null) {
            return self.expression(
                c, TimexType.TIME, "XXXX-XX-XXT" + partCode, null, DateBasis.ANAPHORIC);
          }
          return self.expression(
              c, TimexType.TIME, d + "T" + partCode, DateInterval.day(d), DateBasis.ANAPHORIC);
        });
  }

  private static TimexCandidate weekday(Matcher m, TimexContext ctx, int rule) {
    if (!CalendarRules.capitalized(ctx.text(), m.start(2))) {
      return null;
    }
    int dow = Integer.parseInt(ctx.vocab().value("weekday", m.group(2)));
    String mod =
        m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    boolean possessive = m.group(3) != null;
    boolean plural = m.group(4) != null;
    String partWord = m.group(5);
    Matcher shared =
        partWord == null && !plural && m.group(1) == null && m.group(3) == null
            ? SHARED_PLURAL_PART.matcher(ctx.text()).region(m.end(), ctx.text().length())
            : null;
    if (shared != null && shared.lookingAt()) {
      // "on Monday and Tuesday nights": the plural part of the day is Monday's too
      String value = "XXXX-WXX-" + dow + "T" + ctx.vocab().value("partofday", shared.group(1));
      return new TimexCandidate(
          m.start(2),
          m.end(2),
          rule,
          (c, self, anchor) -> self.expression(c, TimexType.SET, value, null, DateBasis.RELATIVE));
    }
    if (partWord != null && m.group(6) != null && !plural && m.group(3) == null) {
      // "flights leave Bombay on Tuesday nights": every Tuesday night
      String value = "XXXX-WXX-" + dow + "T" + ctx.vocab().value("partofday", partWord);
      return new TimexCandidate(
          m.start(2),
          m.end(),
          rule,
          (c, self, anchor) -> self.expression(c, TimexType.SET, value, null, DateBasis.RELATIVE));
    }
    if (plural) {
      int end = m.end(4);
      return new TimexCandidate(
          m.start(2),
          end,
          rule,
          (c, self, anchor) ->
              self.expression(c, TimexType.SET, "XXXX-WXX-" + dow, null, DateBasis.RELATIVE));
    }
    int end = possessive && partWord == null ? m.end(2) : m.end();
    String partCode = partWord == null ? null : ctx.vocab().value("partofday", partWord);
    return new TimexCandidate(
        m.start(),
        end,
        rule,
        (c, self, anchor) -> {
          // "Wednesday's ruling": news names a day by its event once the event has been reported,
          // whatever the tense of the clause around it ("will appeal Wednesday's ruling")
          LocalDate d =
              possessive && mod.isEmpty() && c.reference() != null
                  ? c.reference().with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow)))
                  : anaphoricWeekday(anchor, dow, mod);
          DateBasis basis = d != null && !possessive ? DateBasis.ANAPHORIC : DateBasis.RELATIVE;
          if (d == null) {
            d = resolveWeekday(c, self, dow, mod);
          }
          if (d == null) {
            return self.expression(
                c,
                partCode == null ? TimexType.DATE : TimexType.TIME,
                "XXXX-WXX-" + dow + (partCode == null ? "" : "T" + partCode),
                null,
                DateBasis.RELATIVE);
          }
          if (partCode != null) {
            return self.expression(
                c, TimexType.TIME, d + "T" + partCode, DateInterval.day(d), basis);
          }
          return self.date(c, DateInterval.day(d), basis);
        });
  }

  /**
   * "The previous Friday", "the following Monday" count from the day the text last named, when it
   * named one ("down 4.5% from Friday's close ... and from the previous Friday"); null when there
   * is no such day or the weekday is not anaphoric.
   */
  private static LocalDate anaphoricWeekday(DateInterval anchor, int dow, String mod) {
    if (anchor == null || anchor.granularity() != Granularity.DAY) {
      return null;
    }
    if (mod.equals("the previous")) {
      return anchor.begin().with(TemporalAdjusters.previous(DayOfWeek.of(dow)));
    }
    if (mod.equals("the following")) {
      return anchor.begin().with(TemporalAdjusters.next(DayOfWeek.of(dow)));
    }
    return null;
  }

  /**
   * The day a weekday name refers to. "last"/"next" pick the previous/following one; otherwise the
   * tense decides: past (the news default) gives the latest such day up to the reference date,
   * future the first from it on.
   */
  static LocalDate resolveWeekday(TimexContext c, TimexCandidate self, int dow, String mod) {
    LocalDate ref = c.reference();
    if (ref == null) {
      return null;
    }
    DayOfWeek day = DayOfWeek.of(dow);
    switch (mod) {
      case "the previous":
        return ref.with(TemporalAdjusters.previous(day));
      case "the following":
        return ref.with(TemporalAdjusters.next(day));
      case "last":
      case "this past":
        {
          LocalDate n = mod.equals("last") ? c.natty(self.begin, self.end) : null;
          if (n != null
              && n.getDayOfWeek() == day
              && n.isBefore(ref)
              && !n.isBefore(ref.minusDays(13))) {
            c.usedNatty();
            return n;
          }
          return ref.with(TemporalAdjusters.previous(day));
        }
      case "next":
      case "coming":
      case "this coming":
        return ref.with(TemporalAdjusters.next(day));
      case "this":
        return ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(dow - 1L);
      default:
        if (c.direction(self) == TenseCues.Direction.FUTURE) {
          return ref.with(TemporalAdjusters.nextOrSame(day));
        }
        return ref.with(TemporalAdjusters.previousOrSame(day));
    }
  }

  private static TimexCandidate weekend(Matcher m, TimexContext ctx, int rule) {
    String mod = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return TimexCandidate.fromReference(
        m,
        rule,
        "XXXX-WXX-WE",
        (c, self, ref) -> {
          LocalDate d = ref;
          boolean weekendNow = ref.getDayOfWeek().getValue() >= 6;
          if (mod.equals("last") || mod.equals("this past")) {
            d = ref.minusWeeks(1);
          } else if (mod.equals("next")) {
            d = ref.plusWeeks(1);
          } else if (!mod.equals("this coming")
              && !weekendNow
              && c.direction(self) == TenseCues.Direction.PAST) {
            d = ref.minusWeeks(1);
          }
          return self.expression(
              c,
              TimexType.DATE,
              TimexValues.weekValue(d) + "-WE",
              TimexValues.weekendInterval(d),
              DateBasis.RELATIVE);
        });
  }

  private static TimexCandidate relativeUnit(Matcher m, TimexContext ctx, int rule) {
    if (quotedTitle(ctx.text(), m.start(), m.start(2))) {
      return null;
    }
    String written = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String det =
        written.equals("the previous fiscal") || written.equals("the latest fiscal")
            ? "last"
            : written.replace(" fiscal", "");
    String unitWord = m.group(2).toLowerCase(Locale.ROOT);
    boolean anaphoric =
        det.equals("the same")
            || det.equals("that")
            || det.equals("the following")
            || det.equals("the next")
            || det.equals("the previous")
            || det.equals("the prior")
            || det.equals("the preceding");
    boolean yearOnly = det.equals("the") || written.contains("fiscal") || det.equals("the full");
    if (unitWord.equals("day") && !anaphoric || yearOnly && !unitWord.equals("year")) {
      return null;
    }
    int offset =
        det.endsWith("last")
                || det.endsWith("past")
                || det.equals("the previous")
                || det.equals("the prior")
                || det.equals("the preceding")
            ? -1
            : det.endsWith("next") || det.equals("the coming") || det.equals("the following")
                ? 1
                : 0;
    String unit = Quantities.unitCode(unitWord);
    Granularity g = TimexValues.granularityOfUnit(unit);
    if (det.equals("the")) {
      String next = CalendarRules.nextWord(ctx.text(), m.end());
      int after = m.end();
      while (after < ctx.text().length() && ctx.text().charAt(after) == ' ') {
        after++;
      }
      if (after < ctx.text().length() && Character.isDigit(ctx.text().charAt(after))) {
        return null;
      }
      if ("ended".equals(next) || "ending".equals(next)) {
        return TimexCandidate.spanning(
            m,
            rule,
            (c, self, anchor) ->
                self.expression(c, TimexType.DURATION, "P1Y", null, DateBasis.RELATIVE));
      }
    }
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> {
          if (anaphoric) {
            return anaphoricShift(c, self, anchor, unit, offset);
          }
          LocalDate ref = c.reference();
          if (ref == null) {
            return self.expression(c, TimexType.DATE, unknownValue(g), null, DateBasis.RELATIVE);
          }
          DateInterval expected = TimexValues.containing(TimexValues.shift(ref, unit, offset), g);
          if (det.equals("last") || det.equals("next")) {
            LocalDate n = c.natty(self.begin, self.end);
            if (n != null && expected.contains(DateInterval.day(n))) {
              c.usedNatty();
              expected = TimexValues.containing(n, g);
            }
          }
          return self.date(c, expected, DateBasis.RELATIVE);
        });
  }

  /**
   * A date {@code offset} units from the anchor (the previous date in the text, else the
   * reference).
   */
  static TemporalExpression anaphoricShift(
      TimexContext c, TimexCandidate self, DateInterval anchor, String unit, long offset) {
    Granularity g = TimexValues.granularityOfUnit(unit);
    LocalDate base = anchor != null ? anchor.begin() : c.reference();
    if (base == null) {
      return self.expression(c, TimexType.DATE, unknownValue(g), null, DateBasis.ANAPHORIC);
    }
    if (anchor != null && anchor.granularity().compareTo(g) > 0) {
      g = anchor.granularity();
    }
    DateInterval interval = TimexValues.containing(TimexValues.shift(base, unit, offset), g);
    return self.date(c, interval, DateBasis.ANAPHORIC);
  }

  private static TimexCandidate offset(Matcher m, TimexContext ctx, int rule) {
    String amount = Quantities.amount(ctx.vocab(), m.group(1));
    String unitWord = m.group(2).toLowerCase(Locale.ROOT);
    String dir = m.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (amount == null) {
      return null;
    }
    String unit = Quantities.unitCode(unitWord);
    boolean clockUnit = unit.startsWith("T");
    boolean past = dir.equals("ago") || dir.equals("earlier");
    boolean anaphoric = dir.equals("earlier") || dir.equals("later");
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> {
          if (amount.equals("X")) {
            return self.expression(
                c,
                TimexType.DATE,
                past ? "PAST_REF" : "FUTURE_REF",
                null,
                anaphoric ? DateBasis.ANAPHORIC : DateBasis.RELATIVE);
          }
          long n = Long.parseLong(amount) * (past ? -1 : 1);
          String calendarUnit = clockUnit ? "D" : unit;
          long steps = clockUnit ? 0 : n;
          if (past && unit.equals("Y") && steps == -1 && c.lastQuarter(self.begin) != null) {
            DateInterval compared =
                TimexValues.containing(
                    c.lastQuarter(self.begin).begin().minusYears(1), Granularity.QUARTER);
            c.sawComparison(compared);
            return self.date(c, compared, DateBasis.ANAPHORIC);
          }
          if (anaphoric && past && unit.equals("Y") && steps == -1 && c.isComparison(anchor)) {
            // "Year-earlier results ... For the nine months, ... a year earlier": the same year
            return self.date(
                c, TimexValues.containing(anchor.begin(), Granularity.YEAR), DateBasis.ANAPHORIC);
          }
          if (anaphoric
              && anchor != null
              && (anchor.granularity().compareTo(Granularity.YEAR) < 0
                  // "signed in 2010 and took effect three years later": years from that year
                  // ("a year earlier" in business news compares with the report's year instead)
                  || anchor.granularity() == Granularity.YEAR
                      && calendarUnit.equals("Y")
                      && steps != -1)) {
            return anaphoricShift(c, self, anchor, calendarUnit, steps);
          }
          LocalDate ref = c.reference();
          Granularity g = TimexValues.granularityOfUnit(calendarUnit);
          // "later" and "earlier" stay anaphoric even when read against the reference date here:
          // an event dater re-anchors them on the event before.
          DateBasis basis = anaphoric ? DateBasis.ANAPHORIC : DateBasis.RELATIVE;
          if (ref == null) {
            return self.expression(c, TimexType.DATE, unknownValue(g), null, basis);
          }
          LocalDate own = TimexValues.shift(ref, calendarUnit, steps);
          if (dir.equals("ago")) {
            LocalDate natty = c.natty(self.begin, self.end);
            if (natty != null
                && !clockUnit
                && Math.abs(natty.toEpochDay() - own.toEpochDay()) <= 1) {
              c.usedNatty();
              own = natty;
            }
          }
          if (g == Granularity.DECADE) {
            g = Granularity.YEAR;
          }
          return self.date(c, TimexValues.containing(own, g), basis);
        });
  }

  private static TimexCandidate clock(
      Matcher m, TimexContext ctx, int rule, Pattern dayAfterAside) {
    int hour;
    int minute = 0;
    if (m.group(4) != null) {
      if ("high".equals(CalendarRules.previousWord(ctx.text(), m.start()))) {
        return null; // "high noon": the moment of a showdown, not a clock time
      }
      hour = m.group(4).equalsIgnoreCase("midnight") ? 24 : 12;
    } else if (m.group(1) != null) {
      hour = Integer.parseInt(m.group(1));
      minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = pm && hour < 12 ? hour + 12 : !pm && hour == 12 ? 0 : hour;
    } else {
      hour = Integer.parseInt(m.group(5));
      minute = Integer.parseInt(m.group(6));
      if (m.end(5) == m.start(6) && m.start() > 0 && ctx.text().charAt(m.start() - 1) == '(') {
        return null; // "10:35 a.m. (0735 GMT)": a conversion of the time before, not a time of its
        // own
      }
    }
    if (hour > 24 || minute > 59) {
      return null;
    }
    String found = m.group(7);
    if (found == null) {
      Matcher aside = dayAfterAside.matcher(ctx.text()).region(m.end(), ctx.text().length());
      if (aside.lookingAt()
          && (CalendarRules.capitalized(ctx.text(), aside.start(1))
              || aside
                  .group(1)
                  .toLowerCase(Locale.ROOT)
                  .matches("today|tonight|yesterday|tomorrow"))) {
        found = aside.group(1);
      }
    }
    boolean dateBefore = false;
    if (found == null) {
      // "on Friday at 5 p.m.", "on March 20 at 8 a.m.": the day named right before the clock
      Matcher before =
          DAY_BEFORE_CLOCK.matcher(ctx.text()).region(Math.max(0, m.start() - 48), m.start());
      if (before.find()) {
        if (before.group(1) != null
            && (CalendarRules.capitalized(ctx.text(), before.start(1))
                || before
                    .group(1)
                    .toLowerCase(Locale.ROOT)
                    .matches("today|tonight|yesterday|tomorrow"))) {
          found = before.group(1);
          dateBefore = true;
        } else if (before.group(2) != null) {
          dateBefore = true;
        }
      }
    }
    String dayWord = found;
    boolean onDateBefore = dateBefore;
    String clockValue = String.format(Locale.ROOT, "T%02d:%02d", hour, minute);
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> {
          LocalDate ref = c.reference();
          LocalDate d = ref;
          if (dayWord == null && !onDateBefore) {
            c.notAnAnchor(self.begin);
          }
          if (onDateBefore && anchor != null && anchor.granularity() == Granularity.DAY) {
            d = anchor.begin();
          } else if (ref != null && dayWord != null) {
            String w = dayWord.toLowerCase(Locale.ROOT);
            if (w.equals("yesterday")) {
              d = ref.minusDays(1);
            } else if (w.equals("tomorrow")) {
              d = ref.plusDays(1);
            } else if (!w.equals("today") && !w.equals("tonight")) {
              d = resolveWeekday(c, self, Integer.parseInt(c.vocab().value("weekday", w)), "");
            }
          }
          if (d == null) {
            return self.expression(
                c, TimexType.TIME, "XXXX-XX-XX" + clockValue, null, DateBasis.RELATIVE);
          }
          return self.expression(
              c, TimexType.TIME, d + clockValue, DateInterval.day(d), DateBasis.RELATIVE);
        });
  }

  /**
   * A capitalised unit right after an opening quote is a title ("ABC News' \"This Week\""), not a
   * date.
   */
  private static boolean quotedTitle(String text, int begin, int unitBegin) {
    if (!Character.isUpperCase(text.charAt(unitBegin)) || begin == 0) {
      return false;
    }
    char q = text.charAt(begin - 1);
    return q == '"' || q == '\u201c' || q == '`' || q == '\'';
  }

  /**
   * "By year-end", "since year-end", "by year's end": the closing day of the reference year, as
   * business news uses the word for the date accounts and indexes close; of the year before when
   * the sentence looks back ("the change since year-end").
   */
  private static TimexCandidate yearEnd(Matcher m, TimexContext ctx, int rule) {
    return TimexCandidate.fromReference(
        m,
        rule,
        "XXXX",
        (c, self, ref) -> {
          int year =
              c.sentenceDirection(self) == TenseCues.Direction.PAST
                  ? ref.getYear() - 1
                  : ref.getYear();
          return self.date(c, DateInterval.day(LocalDate.of(year, 12, 31)), DateBasis.RELATIVE);
        });
  }

  /**
   * "Now, he says, ...", "Now for the weather": a sentence-initial "Now" set off by a comma or
   * followed by "for" turns to a new point of the discourse; it does not say when.
   */
  static boolean discourseNow(String text, int begin, int end) {
    if (!Character.isUpperCase(text.charAt(begin))
        || begin > 0 && !CalendarRules.sentenceInitial(text, begin)) {
      return false;
    }
    int p = end;
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    return p < text.length() && text.charAt(p) == ','
        || "for".equals(CalendarRules.nextWord(text, end));
  }

  /**
   * "Hawaii News Now", "Apocalypse Now": a capitalised "Now" inside a sentence right after a
   * capitalised word ends a name.
   */
  static boolean nameNow(String text, int begin) {
    if (!Character.isUpperCase(text.charAt(begin)) || CalendarRules.sentenceInitial(text, begin)) {
      return false;
    }
    int p = begin;
    while (p > 0 && text.charAt(p - 1) == ' ') {
      p--;
    }
    int s = p;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return s < p && p < begin && Character.isUpperCase(text.charAt(s));
  }

  private static TimexCandidate reference(Matcher m, TimexContext ctx, int rule) {
    String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String value =
        word.equals("current")
            ? "PRESENT_REF"
            : word.equals("recent") ? "PAST_REF" : ctx.vocab().value("reference", word);
    if (word.equals("recent")) {
      return null; // "recent migrants", "its most recent report": no time of their own
    }
    if (word.equals("current") && !isAdjective(ctx, m.start(), m.end())) {
      return null;
    }
    if (value == null) {
      return null;
    }
    if (word.equals("the future") && "of".equals(CalendarRules.nextWord(ctx.text(), m.end()))) {
      return null; // "the future of its 19,000 employees": their prospects, not a time
    }
    if (word.equals("now") && nameNow(ctx.text(), m.start())) {
      return null;
    }
    if (word.equals("the past") && countedPeriodFollows(ctx, m.end())) {
      // "the past century", "for the past three summers": "past" is an adjective of the period
      return null;
    }
    if (word.equals("now") && discourseNow(ctx.text(), m.start(), m.end())) {
      return null;
    }
    if (word.equals("soon")
        && (!soonOnItsOwn(ctx.text(), m.start(), m.end())
            || pastVerbNextTo(ctx, m.start(), m.end()))) {
      // "He was soon released", "a trickle that soon became a flood": soon after another moment
      return null;
    }
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> {
          if (word.equals("soon")
              && !FUTURE_BEFORE_SOON.contains(CalendarRules.previousWord(c.text(), self.begin))
              && c.direction(self) == TenseCues.Direction.PAST) {
            return null; // "Soon, the crowd dispersed": soon after a moment of the story
          }
          DateInterval interval =
              value.equals("PRESENT_REF") && c.reference() != null
                  ? DateInterval.day(c.reference())
                  : null;
          return self.expression(c, TimexType.DATE, value, interval, DateBasis.RELATIVE);
        });
  }

  /**
   * Whether "soon" says by itself that something lies a short while ahead ("it will soon begin
   * selling", "may soon seek an indictment"); "as soon as", "soon after the vote" and "too soon"
   * only relate one moment to another.
   */
  static boolean soonOnItsOwn(String text, int begin, int end) {
    String before = CalendarRules.previousWord(text, begin);
    String after = CalendarRules.nextWord(text, end);
    return !("as".equals(before) || "too".equals(before) || "how".equals(before))
        && !("as".equals(after)
            || "after".equals(after)
            || "afterward".equals(after)
            || "afterwards".equals(after)
            || "thereafter".equals(after)
            || "enough".equals(after));
  }

  private static final Pattern PERIOD_WORD =
      Pattern.compile(
          "(?:" + Quantities.UNIT + "|(?:spring|summer|autumn|fall|winter)s?|few|several|\\d.*)",
          Pattern.CASE_INSENSITIVE);

  /** Whether a period noun, a season, or an amount of them comes right after {@code end}. */
  private static boolean countedPeriodFollows(TimexContext ctx, int end) {
    String text = ctx.text();
    int p = end;
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    if (p == end || p >= text.length()) {
      return false;
    }
    int e = p;
    while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)))) {
      e++;
    }
    String next = text.substring(p, e);
    return PERIOD_WORD.matcher(next).matches() || ctx.vocab().contains("number", next);
  }

  /** Words before "soon" that make it point ahead whatever the clause's tense ("may soon seek"). */
  private static final java.util.Set<String> FUTURE_BEFORE_SOON =
      java.util.Set.of(
          "will", "would", "may", "might", "could", "can", "should", "must", "shall", "to", "be");

  /** Whether the word right before or right after the span is a verb in the past tense. */
  private static boolean pastVerbNextTo(TimexContext ctx, int begin, int end) {
    String before = CalendarRules.previousWord(ctx.text(), begin);
    String after = CalendarRules.nextWord(ctx.text(), end);
    return before != null && ctx.vocab().contains("pastverb", before)
        || after != null
            && (ctx.vocab().contains("pastverb", after)
                || after.length() > 4
                    && after.endsWith("ed")
                    && !ctx.vocab().contains("notpast", after));
  }

  /**
   * True when a lower-case word that can be a noun follows ("current levels", "recent weeks"), or,
   * for "current" after a determiner, a name ("the current Punta del Este round"). A participle
   * after it makes it a noun ("the reverse current generated").
   */
  private static boolean isAdjective(TimexContext ctx, int begin, int end) {
    String text = ctx.text();
    String next = CalendarRules.nextWord(text, end);
    if (next == null || end >= text.length() || text.charAt(end) != ' ') {
      return false;
    }
    int p = end;
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    if (Character.isUpperCase(text.charAt(p))) {
      return text.regionMatches(true, begin, "current", 0, 7)
          && ctx.vocab().contains("determiner", CalendarRules.previousWord(text, begin));
    }
    return Character.isLowerCase(text.charAt(p))
        && !STOP_AFTER_ADJECTIVE.contains(next)
        && !(next.endsWith("ed") && !ctx.vocab().contains("notpast", next));
  }

  private static final java.util.Set<String> STOP_AFTER_ADJECTIVE =
      java.util.Set.of(
          "and",
          "or",
          "to",
          "in",
          "of",
          "is",
          "was",
          "for",
          "at",
          "as",
          "than",
          "on",
          "by",
          "with",
          "are",
          "were",
          "be",
          "account",
          "accounts");

  private static TimexCandidate yearEarlier(Matcher m, TimexContext ctx, int rule) {
    String noun = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
    boolean periodNoun = noun != null && (noun.equals("period") || noun.equals("quarter"));
    int begin = m.group(1) != null && periodNoun ? m.start() : m.start(2);
    int end = periodNoun ? m.end(3) : m.end(2);
    boolean quarterNoun = "quarter".equals(noun);
    return new TimexCandidate(
        begin,
        end,
        rule,
        (c, self, anchor) -> {
          DateInterval q = c.lastQuarter(self.begin);
          if (q == null && quarterNoun && c.reference() != null) {
            q = TimexValues.containing(c.reference().minusDays(45), Granularity.QUARTER);
          }
          if (q != null) {
            DateInterval compared =
                TimexValues.containing(q.begin().minusYears(1), Granularity.QUARTER);
            c.sawComparison(compared);
            return self.date(c, compared, DateBasis.ANAPHORIC);
          }
          if (c.reference() == null) {
            return self.unanchored(c, "XXXX");
          }
          DateInterval year = TimexValues.yearInterval(c.reference().getYear() - 1);
          c.sawComparison(year);
          return self.date(c, year, DateBasis.RELATIVE);
        });
  }

  static String unknownValue(Granularity g) {
    switch (g) {
      case DAY:
        return "XXXX-XX-XX";
      case WEEK:
        return "XXXX-WXX";
      case MONTH:
        return "XXXX-XX";
      case QUARTER:
        return "XXXX-QX";
      case YEAR:
        return "XXXX";
      default:
        return "XXX";
    }
  }
}
