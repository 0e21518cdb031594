package org.annals.time;

import static org.annals.time.TriggerWords.FREQUENCY;
import static org.annals.time.TriggerWords.UNIT;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grammar rules for durations ("three years", "the past two months", "a five-year plan") and sets
 * ("every week", "twice a year", "daily"). Natty reads durations as points in time; here they stay
 * durations.
 */
final class DurationRules {

  private static final String MODIFIERS =
      "(?:(?:the|nearly|almost|more\\s+than|less\\s+than|at\\s+least|up\\s+to"
          + "|the\\s+last|the\\s+past|the\\s+next|the\\s+first|the\\s+final|the\\s+previous"
          + "|the\\s+coming|the\\s+following|another|an\\s+additional|no\\s+more\\s+than"
          + "|the\\s+latest|the\\s+initial"
          + "|the\\s+remaining|the\\s+full)\\s+){0,2}";

  /** "Of" and a determiner after "three quarters": a fraction of something. */
  private static final Pattern FRACTION_OF =
      Pattern.compile(
          "\\s+of\\s+(?:the|a|an|its|their|his|her|our|all|those|these|this|that)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "Of 1990", "of fiscal 1990", "of this year" after quarters: a part of that year. */
  private static final Pattern OF_A_YEAR =
      Pattern.compile(
          "\\s+of\\s+(?:fiscal\\s+)?(?:"
              + CalendarRules.YEAR_NUM
              + "|(?:this|last|next)\\s+year\\b)",
          Pattern.CASE_INSENSITIVE);

  /** Modal verbs: "one day" right after one means some day ahead. */
  private static final java.util.Set<String> MODALS =
      java.util.Set.of("will", "would", "could", "may", "might", "can", "shall", "should", "must");

  private DurationRules() {}

  static List<TimexRule> rules(TimexVocabulary v) {
    String num = Quantities.pattern(v);
    String unit = Quantities.UNIT;
    String weekday = v.alternation("weekday") + "(?![a-z])";
    String month = v.alternation("month") + "(?![a-z])";
    return List.of(
        TimexRule.of(
            "set-every",
            FREQUENCY
                | UNIT
                | TriggerWords.WEEKDAY
                | TriggerWords.MONTH
                | TriggerWords.SEASON
                | TriggerWords.DEICTIC,
            "\\b(every|each|per)\\s+(other\\s+)?(?:("
                + num
                + ")\\s+)?("
                + unit
                + "|"
                + weekday
                + "|"
                + month
                + "|"
                + v.alternation("season")
                + "|morning|night|evening|afternoon)\\b",
            DurationRules::every),
        TimexRule.of(
            "set-times",
            UNIT,
            "(?<=\\b(?:once|twice|thrice|times)\\s{1,3})(?:a|an|per|each|every)\\s+("
                + unit
                + ")\\b",
            (m, ctx, r) -> set(m, r, Quantities.unitCode(m.group(1)))),
        TimexRule.of(
            "set-frequency",
            FREQUENCY,
            "\\b(" + v.alternation("frequency") + ")\\b(?!-)",
            (m, ctx, r) -> {
              if (publication(ctx.text(), m.start(), m.end())) {
                return null;
              }
              String value = ctx.vocab().value("frequency", m.group(1));
              return new TimexCandidate(
                  m.start(),
                  m.end(),
                  r,
                  (c, self, anchor) ->
                      self.expression(c, TimexType.SET, value, null, DateBasis.RELATIVE));
            }),
        TimexRule.of(
            "duration",
            UNIT,
            "\\b"
                + MODIFIERS
                + "("
                + num
                + ")(\\s+1/2|\\s*½|\\s+and\\s+a\\s+half)?"
                + "(?:\\s*-\\s*|\\s+)"
                + "(?:(?:full|more|additional|straight|consecutive|long|trading|business|working"
                + "|calendar)[\\s-]+)?("
                + unit
                + ")\\b(?![-'’]|\\s+old\\b)"
                + "(\\s+and\\s+a\\s+half\\b)?",
            DurationRules::duration),
        TimexRule.of(
            "duration-plural",
            UNIT,
            "(?<=\\b(?:for|in|over|within|after|from|recent)\\s{1,3})(years|months|weeks|days|decades"
                + "|hours|minutes|centuries)\\b(?!\\s+(?:ago|of|earlier|later|before|after))",
            (m, ctx, r) -> durationOf(m, r, "X", m.group(1))),
        TimexRule.of(
            "duration-the-plural",
            UNIT,
            // "over the years", "in the weeks ahead": a stretch of a length not told; "in the days
            // before the shooting" is a time before an event, which the text alone does not date
            "(?<=\\b(?:over|in|during|throughout)\\s{1,3})the\\s+(years|months|weeks|days|decades)"
                + "(?:\\s+ahead)?\\b(?![-'’]|\\s+(?:before|after|since|of|preceding|following"
                + "|leading|prior|between|when)\\b)",
            (m, ctx, r) -> durationOf(m, r, "X", m.group(1))),
        TimexRule.of(
            "duration-vague",
            TriggerWords.REFERENCE,
            // "live without power for a while", "stay in the region for some time"
            "(?<=\\bfor\\s{1,3})(?:a\\s+while|(?:quite\\s+)?some\\s+time)\\b(?!\\s+(?:ago|to|now))",
            (m, ctx, r) ->
                TimexCandidate.spanning(
                    m,
                    r,
                    (c, self, anchor) ->
                        self.expression(c, TimexType.DURATION, "PXX", null, DateBasis.RELATIVE))),
        TimexRule.of(
            "duration-long",
            UNIT,
            // "a day-long meeting", "the decades-long dispute": an adjective of length
            "\\b(?<![-\\d])(hour|day|week|month|year|decade|century)(s|ies)?-long\\b",
            (m, ctx, r) -> durationOf(m, r, m.group(2) == null ? "1" : "X", m.group(1))));
  }

  /**
   * "China Daily", "the French daily Le Monde", "the German weekly Der Spiegel": a newspaper's
   * name, or the noun between a nationality and the name, no SET. A capitalised frequency word
   * inside a sentence is part of a name; so is one between "the" and a single capitalised word
   * before it and a name after it. (TimeBank's "the Communist Party daily Granma" is tagged as
   * often as not.)
   */
  private static boolean publication(String text, int begin, int end) {
    if (Character.isUpperCase(text.charAt(begin)) && !CalendarRules.sentenceInitial(text, begin)) {
      return true;
    }
    int p = end;
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    if (p == end || p >= text.length() || !Character.isUpperCase(text.charAt(p))) {
      return false;
    }
    String before = previousToken(text, begin, 1);
    String article = previousToken(text, begin, 2);
    int q = begin - 1;
    while (q > 0 && text.charAt(q) == ' ') {
      q--;
    }
    while (q > 0 && Character.isLetter(text.charAt(q - 1))) {
      q--;
    }
    return before != null
        && before.matches("[a-z]+")
        && Character.isUpperCase(text.charAt(q))
        && "the".equals(article);
  }

  private static TimexCandidate every(Matcher m, TimexContext ctx, int rule) {
    String what = m.group(4);
    if (m.group(1).equalsIgnoreCase("per") && rate(ctx.text(), m.start())) {
      return null; // "two mln dlrs per day": a rate, no time
    }
    String lower = what.toLowerCase(Locale.ROOT);
    String weekday = ctx.vocab().value("weekday", what);
    if (weekday != null) {
      return TimexCandidate.spanning(
          m,
          rule,
          (c, self, anchor) ->
              self.expression(c, TimexType.SET, "XXXX-WXX-" + weekday, null, DateBasis.RELATIVE));
    }
    int month = CalendarRules.monthNumber(ctx, what);
    if (month > 0) {
      String value = String.format(Locale.ROOT, "XXXX-%02d", month);
      return TimexCandidate.spanning(
          m,
          rule,
          (c, self, anchor) -> self.expression(c, TimexType.SET, value, null, DateBasis.RELATIVE));
    }
    String season = ctx.vocab().value("season", lower);
    if (season != null && m.group(3) == null) {
      // "every summer": the season of each year
      String value = "XXXX-" + season;
      return TimexCandidate.spanning(
          m,
          rule,
          (c, self, anchor) -> self.expression(c, TimexType.SET, value, null, DateBasis.RELATIVE));
    }
    if (lower.equals("morning")
        || lower.equals("night")
        || lower.equals("evening")
        || lower.equals("afternoon")) {
      String value = "XXXX-XX-XXT" + ctx.vocab().value("partofday", lower);
      return TimexCandidate.spanning(
          m,
          rule,
          (c, self, anchor) -> self.expression(c, TimexType.SET, value, null, DateBasis.RELATIVE));
    }
    String amount =
        m.group(3) == null
            ? (m.group(2) != null ? "2" : "1")
            : Quantities.amount(ctx.vocab(), m.group(3));
    if (amount == null) {
      return null;
    }
    String value = Quantities.duration(amount, Quantities.unitCode(lower));
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> self.expression(c, TimexType.SET, value, null, DateBasis.RELATIVE));
  }

  private static TimexCandidate set(Matcher m, int rule, String unit) {
    String value = Quantities.duration("1", unit);
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) -> self.expression(c, TimexType.SET, value, null, DateBasis.RELATIVE));
  }

  private static TimexCandidate duration(Matcher m, TimexContext ctx, int rule) {
    String numText = m.group(1);
    String unitWord = m.group(3);
    boolean half = m.group(2) != null || m.group(4) != null;
    String amount = Quantities.amount(ctx.vocab(), numText);
    if (amount == null || half && amount.equals("X")) {
      return null;
    }
    String unit = Quantities.unitCode(unitWord);
    String n = numText.toLowerCase(Locale.ROOT);
    boolean single = n.equals("a") || n.equals("an") || n.equals("one");
    if (single && (unit.equals("TS") || unit.equals("3M"))) {
      return null;
    }
    if (n.matches("\\d{4,}")) {
      return null;
    }
    if (unit.equals("3M") && m.start(1) > 0 && ctx.text().charAt(m.start(1) - 1) == '-') {
      return null;
    }
    if (unit.equals("3M") && fraction(ctx.text(), m)) {
      return null;
    }
    if (unit.equals("3M")
        && OF_A_YEAR.matcher(ctx.text()).region(m.end(), ctx.text().length()).lookingAt()) {
      return null; // "the first two quarters of 1990" is a part of that year (PeriodRules)
    }
    if (n.equals("one")
        && unit.equals("D")
        && m.start() == m.start(1)
        && MODALS.contains(CalendarRules.previousWord(ctx.text(), m.start()))) {
      // "Islam will one day be the second religion": some day ahead, not a day's length
      return TimexCandidate.spanning(
          m,
          rule,
          (c, self, anchor) ->
              self.expression(c, TimexType.DATE, "FUTURE_REF", null, DateBasis.RELATIVE));
    }
    String halfValue = half ? Quantities.durationAndAHalf(amount, unit) : null;
    // a half with no whole smaller unit ("1 1/2 weeks") keeps its span and the whole amount
    String value = halfValue != null ? halfValue : Quantities.duration(amount, unit);
    String unitLower = unitWord.toLowerCase(Locale.ROOT);
    boolean adjectival = !unitLower.endsWith("s") && !single && !half;
    // "the first nine months" and "the past two years" keep their modifier; a bare "the" only
    // when an amount follows ("the six months"), not before an adjective ("the five-year plan").
    int begin =
        adjectival && m.group().regionMatches(true, 0, "the", 0, 3) ? m.start(1) : m.start();
    boolean perUnit = (n.equals("a") || n.equals("an")) && m.start() == m.start(1);
    if (perUnit && rate(ctx.text(), m.start())) {
      return null; // "24,000 tonnes a year", "$2 million a year": a rate, no time
    }
    TimexType type =
        perUnit && countRate(ctx.text(), m.start()) ? TimexType.SET : TimexType.DURATION;
    return new TimexCandidate(
        begin,
        m.end(),
        rule,
        (c, self, anchor) -> self.expression(c, type, value, null, DateBasis.RELATIVE));
  }

  /**
   * Whether "a year" or "per day" at {@code begin} is the denominator of a rate of a measured
   * amount: an amount with its unit of measure comes a few words before ("2,250 yuan a year", "two
   * mln dlrs per day", "millions of tonnes of grain a year"). Money in figures and counts of things
   * ("$33 million a year", "fifty thousand CDs a year") stay SETs, as TimeBank tags them as often
   * as not; a preposition or verb before the unit phrase ends the search ("earned 5 mln over a
   * year").
   */
  private static boolean rate(String text, int begin) {
    boolean unit = false;
    for (int n = 1; n <= 5; n++) {
      String w = previousToken(text, begin, n);
      if (w == null) {
        return false;
      }
      if (AMOUNT.matcher(w).matches()) {
        return unit;
      }
      if (!w.matches("[a-z]+") || NOT_IN_UNIT_PHRASE.contains(w) || w.endsWith("ed")) {
        return false;
      }
      unit |= MEASURE_UNITS.contains(w);
    }
    return false;
  }

  /**
   * "$33 million a year", "8% a year", "50,000 CDs a year": an amount right before or one plural
   * noun before, a SET.
   */
  private static boolean countRate(String text, int begin) {
    String w = previousToken(text, begin, 1);
    if (w == null) {
      return false;
    }
    if (AMOUNT.matcher(w).matches() || w.equals("dozen")) {
      return true;
    }
    String before = previousToken(text, begin, 2);
    return w.matches("[a-z]+s")
        && before != null
        && (AMOUNT.matcher(before).matches() || before.equals("dozen"));
  }

  private static final Pattern AMOUNT =
      Pattern.compile(
          "[$€£]?\\d[\\d,.]*%?|(?:million|billion|thousand|hundred)s?|mln|bln|percent|pct");

  /** Units of measure and currencies an amount of a rate is counted in. */
  private static final java.util.Set<String> MEASURE_UNITS =
      java.util.Set.of(
          "tonnes",
          "tons",
          "tonne",
          "ton",
          "barrels",
          "bushels",
          "ounces",
          "pounds",
          "kilos",
          "kilograms",
          "litres",
          "liters",
          "gallons",
          "cubic",
          "megawatts",
          "kilowatts",
          "dlrs",
          "dollars",
          "dlr",
          "yuan",
          "yen",
          "ecus",
          "marks",
          "francs",
          "lire",
          "pesos",
          "rupees",
          "cents",
          "stg",
          "sterling",
          "pct",
          "percent",
          "points",
          "bpd");

  /** Words that cannot stand between an amount and the "a year" of its rate. */
  private static final java.util.Set<String> NOT_IN_UNIT_PHRASE =
      java.util.Set.of(
          "for", "over", "in", "within", "after", "than", "about", "nearly", "almost", "to", "and",
          "or", "the", "a", "an", "is", "was", "are", "were", "be", "been", "by", "at", "on",
          "since", "until", "last", "more", "less", "up", "from");

  /** The {@code n}th white-space separated token (1 = nearest) before {@code pos}, lower case. */
  private static String previousToken(String text, int pos, int n) {
    int p = pos;
    String w = null;
    for (int k = 0; k < n; k++) {
      while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
        p--;
      }
      int e = p;
      while (p > 0 && !Character.isWhitespace(text.charAt(p - 1))) {
        p--;
      }
      if (p == e) {
        return null;
      }
      w = text.substring(p, e);
    }
    return w.toLowerCase(Locale.ROOT);
  }

  /**
   * "Three-quarters of the market", "three quarters of its oil": a fraction, not nine months. A
   * hyphen between amount and "quarters" writes a fraction; so does "of" and a determiner after a
   * bare amount ("the first three quarters of the year" keeps its modifier and stays a period).
   */
  private static boolean fraction(String text, Matcher m) {
    if (!m.group(3).toLowerCase(Locale.ROOT).endsWith("s")) {
      return false;
    }
    if (text.charAt(m.start(3) - 1) == '-') {
      return true;
    }
    if (m.start() != m.start(1)) {
      return false;
    }
    Matcher of = FRACTION_OF.matcher(text);
    of.region(m.end(), Math.min(text.length(), m.end() + 16));
    return of.lookingAt();
  }

  private static TimexCandidate durationOf(Matcher m, int rule, String amount, String unitWord) {
    String value = Quantities.duration(amount, Quantities.unitCode(unitWord));
    return TimexCandidate.spanning(
        m,
        rule,
        (c, self, anchor) ->
            self.expression(c, TimexType.DURATION, value, null, DateBasis.RELATIVE));
  }
}
