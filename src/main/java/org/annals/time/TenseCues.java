package org.annals.time;

import java.util.Locale;

/**
 * Reads the tense around a temporal expression, so that "said on Tuesday" points back and "will
 * meet on Tuesday" forward. The nearest cue in the expression's sentence wins: a future marker
 * ("will", "next", "due"), or a past form (irregular list, or a lower-case word ending in -ed).
 * Thread-safe.
 */
final class TenseCues {

  /** Which way from the reference date an underspecified expression points. */
  enum Direction {
    PAST,
    FUTURE,
    NONE
  }

  private static final int WINDOW = 160;

  /** Closing quotes that may follow a sentence's final stop. */
  private static final String CLOSING = "'\"\u2019\u201d)";

  /** Cues further away than this many words are not taken as the expression's tense. */
  private static final int MAX_WORDS = 6;

  private final TimexVocabulary vocabulary;

  TenseCues(TimexVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  Direction around(String text, int begin, int end) {
    Direction anchored = anchored(text, begin);
    if (anchored != Direction.NONE) {
      return anchored;
    }
    int left = sentenceStart(text, begin);
    int right = sentenceEnd(text, end);
    Direction best = Direction.NONE;
    int bestDistance = MAX_WORDS + 1;
    // Scan words to the left, nearest first.
    int i = begin;
    int distance = 0;
    while (i > left && distance < bestDistance) {
      int we = i;
      while (we > left && !Character.isLetter(text.charAt(we - 1)) && text.charAt(we - 1) != '\'') {
        we--;
      }
      int ws = we;
      while (ws > left
          && (Character.isLetter(text.charAt(ws - 1)) || text.charAt(ws - 1) == '\'')) {
        ws--;
      }
      if (ws == we || quoteBetween(text, ws, i)) {
        break;
      }
      // the words of a name ("near Miami International Airport on Monday") count as one
      if (!partOfName(text, ws, left)) {
        distance++;
      }
      Direction d = classify(text, ws, we, true);
      if (d == Direction.NONE && scheduled(text, ws, we)) {
        // "the talks resume Monday": the present of a scheduled event tells of its future day
        d = Direction.FUTURE;
      }
      if (d != Direction.NONE) {
        best = d;
        bestDistance = distance;
        break;
      }
      i = ws;
    }
    i = end;
    distance = 0;
    while (i < right && distance < bestDistance - 1) {
      int ws = i;
      while (ws < right && !Character.isLetter(text.charAt(ws))) {
        ws++;
      }
      int we = ws;
      while (we < right && (Character.isLetter(text.charAt(we)) || text.charAt(we) == '\'')) {
        we++;
      }
      if (ws == we || quoteBetween(text, i, we)) {
        break;
      }
      if (!partOfName(text, ws, left)) {
        distance++;
      }
      Direction d = classify(text, ws, we, false);
      if (d != Direction.NONE) {
        if (distance < bestDistance - 1) {
          best = d;
        }
        break;
      }
      i = we;
    }
    return best;
  }

  /**
   * The tense of the whole sentence, for month-sized expressions: future when it has any future
   * marker or the expression is a deadline ("by May", "until January"), else past when it has a
   * past form, else none.
   */
  Direction sentence(String text, int begin, int end) {
    Direction anchored = anchored(text, begin);
    if (anchored != Direction.NONE) {
      return anchored;
    }
    String before = CalendarRules.previousWord(text, begin);
    if (before != null
        && (before.equals("by")
            || before.equals("until")
            || before.equals("till")
            || before.equals("through"))) {
      return Direction.FUTURE;
    }
    int left = sentenceStart(text, begin);
    int right = sentenceEnd(text, end);
    boolean past = false;
    boolean pastAfter = false;
    Direction nearestBefore = Direction.NONE;
    int i = left;
    while (i < right) {
      while (i < right && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < right && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
        i++;
      }
      if (s == i || s >= begin && s < end) {
        continue;
      }
      Direction d = classify(text, s, i, s < begin);
      if (s < begin
          && (d == Direction.FUTURE
              || d == Direction.PAST
                  && !afterBe(text, s)
                  && vocabulary.contains(
                      "pastverb", text.substring(s, i).toLowerCase(Locale.ROOT)))) {
        nearestBefore = d;
      }
      if (d == Direction.FUTURE && s >= end && !pastAfter) {
        return d;
      }
      // "In January, the company brought in a chief who will remain chairman": the first verb after
      // a fronted expression is its clause's; a future marker further on belongs to another one
      pastAfter |= d == Direction.PAST && s >= end;
      past |= d == Direction.PAST;
    }
    // "It will begin the process ... who have been caring for him since he was rescued in late
    // November": a past form of a verb between a future marker and the expression starts a
    // clause of its own. Only listed forms not after "be" count: an -ed word or a form after
    // "be" may be a participle ("will be held", "an unspecified date").
    return nearestBefore != Direction.NONE ? nearestBefore : past ? Direction.PAST : Direction.NONE;
  }

  /**
   * The direction a preposition right before the expression fixes, whatever the clause's tense:
   * "since May" lies before the reference, "until Tuesday" and "as early as Tuesday" after it.
   */
  private Direction anchored(String text, int begin) {
    String before = CalendarRules.previousWord(text, begin);
    if (before == null) {
      return Direction.NONE;
    }
    String value = vocabulary.value("anchorprep", before);
    // "Until Thursday, they had not called him a suspect": a state that held up to then
    if (value != null && !(value.equals("future") && sentenceInitialBefore(text, begin))) {
      return value.equals("past") ? Direction.PAST : Direction.FUTURE;
    }
    if (before.equals("as")) {
      String degree = previousWord(text, begin, 2);
      if (("early".equals(degree) || "soon".equals(degree))
          && "as".equals(previousWord(text, begin, 3))) {
        return Direction.FUTURE;
      }
    }
    return Direction.NONE;
  }

  /**
   * Whether a quotation mark lies in {@code text[from, to)}: the nearest-cue scan does not cross
   * one, so the reporting verb outside a quotation ("'We leave Thursday,' he said") does not set
   * the tense of what is quoted, nor the reverse.
   */
  private static boolean quoteBetween(String text, int from, int to) {
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      if (c == '"'
          || c == '\u201c'
          || c == '\u201d'
          || (c == '`' || c == '\'') && p + 1 < to && text.charAt(p + 1) == c) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the capitalised word at {@code ws} continues a name leftwards: the word before it is
   * capitalised too, and neither starts the sentence.
   */
  private static boolean partOfName(String text, int ws, int left) {
    if (!Character.isUpperCase(text.charAt(ws))
        || ws <= left
        || CalendarRules.sentenceInitial(text, ws)) {
      return false;
    }
    int p = ws;
    while (p > left && text.charAt(p - 1) == ' ') {
      p--;
    }
    int e = p;
    while (p > left && Character.isLetter(text.charAt(p - 1))) {
      p--;
    }
    return p < e
        && Character.isUpperCase(text.charAt(p))
        && !CalendarRules.sentenceInitial(text, p);
  }

  /** A lower-case present form of a verb of scheduled events ("resume", "hears", "opens"). */
  private boolean scheduled(String text, int ws, int we) {
    return Character.isLowerCase(text.charAt(ws))
        && vocabulary.contains("schedverb", text.substring(ws, we));
  }

  /** Whether the word right before {@code pos} starts its sentence. */
  private static boolean sentenceInitialBefore(String text, int pos) {
    int p = pos;
    while (p > 0 && !Character.isLetter(text.charAt(p - 1))) {
      p--;
    }
    while (p > 0 && Character.isLetter(text.charAt(p - 1))) {
      p--;
    }
    return Character.isUpperCase(text.charAt(p))
        && (p == 0 || CalendarRules.sentenceInitial(text, p));
  }

  /** The {@code n}th word (1 = nearest) before {@code pos}, lower case, or null. */
  private static String previousWord(String text, int pos, int n) {
    int p = pos;
    String w = null;
    for (int k = 0; k < n; k++) {
      while (p > 0 && !Character.isLetter(text.charAt(p - 1))) {
        p--;
      }
      int e = p;
      while (p > 0 && Character.isLetter(text.charAt(p - 1))) {
        p--;
      }
      if (p == e) {
        return null;
      }
      w = text.substring(p, e);
    }
    return w.toLowerCase(Locale.ROOT);
  }

  private Direction classify(String text, int ws, int we, boolean precedes) {
    String w = text.substring(ws, we);
    if (w.isEmpty()
        || Character.isUpperCase(w.charAt(0))
            && ws > 0
            && text.charAt(ws - 1) != '\n'
            && !CalendarRules.sentenceInitial(text, ws)) {
      return Direction.NONE;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (precedes
        && vocabulary.contains("intentcue", lower)
        && "to".equals(CalendarRules.nextWord(text, we))) {
      // "had been scheduled to expire Friday": a plan made before a past moment, now past
      return pastPerfect(text, ws) ? Direction.PAST : Direction.FUTURE;
    }
    if (lower.endsWith("'ll") || vocabulary.contains("futurecue", lower)) {
      return Direction.FUTURE;
    }
    if (vocabulary.contains("pastverb", lower)) {
      return Direction.PAST;
    }
    if (lower.length() > 4
        && lower.endsWith("ed")
        && !vocabulary.contains("notpast", lower)
        && !afterDeterminer(text, ws)) {
      return Direction.PAST;
    }
    return Direction.NONE;
  }

  /**
   * Whether a determiner comes right before {@code ws}: an -ed word there is an adjective ("the
   * reduced dividend is payable Jan. 2"), not a verb in the past tense.
   */
  private boolean afterDeterminer(String text, int ws) {
    int p = ws;
    while (p > 0 && text.charAt(p - 1) == ' ') {
      p--;
    }
    if (p == ws || p == 0 || !Character.isLetter(text.charAt(p - 1))) {
      return false;
    }
    String before = previousWord(text, ws, 1);
    return before != null && vocabulary.contains("determiner", before);
  }

  /** Whether the word before {@code ws} is a form of "be" (a participle follows). */
  private static boolean afterBe(String text, int ws) {
    String before = previousWord(text, ws, 1);
    return "be".equals(before)
        || "being".equals(before)
        || "been".equals(before)
        || "is".equals(before)
        || "are".equals(before);
  }

  private static boolean pastPerfect(String text, int ws) {
    String before = previousWord(text, ws, 1);
    return "had".equals(before) || "been".equals(before) && "had".equals(previousWord(text, ws, 2));
  }

  static int sentenceStart(String text, int pos) {
    int limit = Math.max(0, pos - WINDOW);
    for (int p = pos - 1; p > limit; p--) {
      char c = text.charAt(p);
      if (c == '\n'
          || (c == ' '
              && p + 1 < text.length()
              && Character.isUpperCase(text.charAt(p + 1))
              && endsSentence(text, p))) {
        return p + 1;
      }
    }
    return limit;
  }

  /** Whether the text before {@code p} ends with . ! or ?, closing quotes aside ("said.''"). */
  private static boolean endsSentence(String text, int p) {
    int q = p - 1;
    while (q > 0 && CLOSING.indexOf(text.charAt(q)) >= 0) {
      q--;
    }
    return q >= 0 && ".!?".indexOf(text.charAt(q)) >= 0;
  }

  static int sentenceEnd(String text, int pos) {
    int limit = Math.min(text.length(), pos + WINDOW);
    for (int p = pos; p < limit; p++) {
      char c = text.charAt(p);
      if (c == '\n') {
        return p;
      }
      if (".!?".indexOf(c) >= 0 && p > 1 && Character.isLowerCase(text.charAt(p - 1))) {
        int q = p + 1;
        while (q < text.length() && CLOSING.indexOf(text.charAt(q)) >= 0) {
          q++;
        }
        if (q == text.length() || Character.isWhitespace(text.charAt(q))) {
          return p;
        }
      }
    }
    return limit;
  }
}
