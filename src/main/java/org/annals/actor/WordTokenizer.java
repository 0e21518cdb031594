package org.annals.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Word}s for dictionary look-ups: letters and digits with inner hyphens,
 * periods of abbreviations ("U.S.") and apostrophes; the possessive "'s" and the negation "n't"
 * become words of their own; every other non-space character is a word.
 *
 * <p>Stateless and thread-safe. Linear in the length of the text.
 */
public final class WordTokenizer {

  private WordTokenizer() {}

  /** The words of {@code text.substring(from, to)}, with offsets into {@code text}. */
  public static List<Word> words(String text, int from, int to) {
    List<Word> out = new ArrayList<>(Math.max(8, (to - from) / 5));
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        add(out, text, i, i + 1);
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to) {
        char d = text.charAt(j);
        if (Character.isLetterOrDigit(d)) {
          j++;
        } else if ((d == '-' || d == '.' || d == '\'' || d == '\u2019' || d == ',')
            && j + 1 < to
            && Character.isLetterOrDigit(text.charAt(j + 1))
            && inner(text, i, j, d)) {
          j++;
        } else {
          break;
        }
      }
      // "U.S." keeps its final period when the word is a chain of single letters.
      if (j < to && text.charAt(j) == '.' && abbreviation(text, i, j)) {
        j++;
      }
      split(out, text, i, j);
      i = j;
    }
    return out;
  }

  /** The words of the whole text. */
  public static List<Word> words(String text) {
    return words(text, 0, text.length());
  }

  private static boolean inner(String text, int begin, int at, char d) {
    if (d == ',') {
      // thousands separators only: 1,000
      return Character.isDigit(text.charAt(at - 1)) && Character.isDigit(text.charAt(at + 1));
    }
    if (d == '.') {
      // U.S / 3.5: a period inside a word only between single letters or between digits
      boolean digits =
          Character.isDigit(text.charAt(at - 1)) && Character.isDigit(text.charAt(at + 1));
      return digits || abbreviation(text, begin, at);
    }
    return true;
  }

  private static boolean abbreviation(String text, int begin, int end) {
    int letters = 0;
    for (int k = begin; k < end; k++) {
      char c = text.charAt(k);
      if (c == '.') {
        if (letters != 1) {
          return false;
        }
        letters = 0;
      } else if (Character.isLetter(c)) {
        letters++;
      } else {
        return false;
      }
    }
    return letters == 1;
  }

  /** Splits off a trailing possessive 's or negation n't. */
  private static void split(List<Word> out, String text, int begin, int end) {
    int len = end - begin;
    if (len > 2 && isApostrophe(text.charAt(end - 2)) && lower(text.charAt(end - 1)) == 's') {
      add(out, text, begin, end - 2);
      add(out, text, end - 2, end);
      return;
    }
    if (len > 3
        && lower(text.charAt(end - 3)) == 'n'
        && isApostrophe(text.charAt(end - 2))
        && lower(text.charAt(end - 1)) == 't') {
      add(out, text, begin, end - 3);
      add(out, text, end - 3, end);
      return;
    }
    add(out, text, begin, end);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static char lower(char c) {
    return Character.toLowerCase(c);
  }

  private static void add(List<Word> out, String text, int begin, int end) {
    String w = text.substring(begin, end);
    String key = w.replace('\u2019', '\'').toUpperCase(Locale.ROOT);
    out.add(new Word(begin, end, w, key));
  }
}
