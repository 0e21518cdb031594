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
  /** Cues further away than this many words are not taken as the expression's tense. */
  private static final int MAX_WORDS = 6;

  private final TimexVocabulary vocabulary;

  TenseCues(TimexVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  Direction around(String text, int begin, int end) {
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
      while (ws > left && (Character.isLetter(text.charAt(ws - 1)) || text.charAt(ws - 1) == '\'')) {
        ws--;
      }
      if (ws == we) {
        break;
      }
      distance++;
      Direction d = classify(text, ws, we);
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
      if (ws == we) {
        break;
      }
      distance++;
      Direction d = classify(text, ws, we);
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
    String before = CalendarRules.previousWord(text, begin);
    if (before != null && (before.equals("by") || before.equals("until") || before.equals("till")
        || before.equals("through"))) {
      return Direction.FUTURE;
    }
    int left = sentenceStart(text, begin);
    int right = sentenceEnd(text, end);
    boolean past = false;
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
      Direction d = classify(text, s, i);
      if (d == Direction.FUTURE) {
        return d;
      }
      past |= d == Direction.PAST;
    }
    return past ? Direction.PAST : Direction.NONE;
  }

  private Direction classify(String text, int ws, int we) {
    String w = text.substring(ws, we);
    if (w.isEmpty() || Character.isUpperCase(w.charAt(0)) && ws > 0 && text.charAt(ws - 1) != '\n'
        && !CalendarRules.sentenceInitial(text, ws)) {
      return Direction.NONE;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (lower.endsWith("'ll") || vocabulary.contains("futurecue", lower)) {
      return Direction.FUTURE;
    }
    if (vocabulary.contains("pastverb", lower)) {
      return Direction.PAST;
    }
    if (lower.length() > 4 && lower.endsWith("ed") && !vocabulary.contains("notpast", lower)) {
      return Direction.PAST;
    }
    return Direction.NONE;
  }

  static int sentenceStart(String text, int pos) {
    int limit = Math.max(0, pos - WINDOW);
    for (int p = pos - 1; p > limit; p--) {
      char c = text.charAt(p);
      if (c == '\n' || (c == ' ' && p > 0 && ".!?".indexOf(text.charAt(p - 1)) >= 0
          && p + 1 < text.length() && Character.isUpperCase(text.charAt(p + 1)))) {
        return p + 1;
      }
    }
    return limit;
  }

  static int sentenceEnd(String text, int pos) {
    int limit = Math.min(text.length(), pos + WINDOW);
    for (int p = pos; p < limit; p++) {
      char c = text.charAt(p);
      if (c == '\n' || (".!?".indexOf(c) >= 0 && (p + 1 == text.length()
          || Character.isWhitespace(text.charAt(p + 1))) && p > 1
          && Character.isLowerCase(text.charAt(p - 1)))) {
        return p;
      }
    }
    return limit;
  }
}
