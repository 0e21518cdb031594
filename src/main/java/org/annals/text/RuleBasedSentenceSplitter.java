package org.annals.text;

import java.util.ArrayList;
import java.util.List;

/**
 * annals' sentence splitter for news text: rules over the characters around each candidate end
 * ({@code . ! ? …}), with dictionaries of abbreviations and sentence openers.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>a line break always ends a sentence (cleaned text separates paragraphs with {@code
 *       "\n\n"});
 *   <li>a quotation closed after {@code ?} or {@code !} continues when its speaker and a verb of
 *       saying follow ({@code "No one gives up!" Castro declared.}); after a period it ends (news
 *       style closes an attributed quotation with a comma);
 *   <li>a candidate ends a sentence only when whitespace follows it (after closing quotes or
 *       brackets), so decimals ("5.93"), internal periods ("U.S.") and URLs never split, and never
 *       when the next word starts with a lower-case letter;
 *   <li>after a title ("Mr.", "Gen.") never; after a month or "No." not when a digit follows; after
 *       an abbreviation that may end a sentence ("U.S.", "Corp.", "a.m.") or an initial ("W.") only
 *       when the next word is a common sentence opener ("The", "He", "But");
 *   <li>sentences never exceed {@link #MAX_SENTENCE_CHARS}: longer runs are cut at the last space
 *       before the limit, so that later stages have a bounded budget;
 *   <li>sentences carry no leading or trailing whitespace and {@code text.substring(begin,
 *       end).equals(sentence.text())}.
 * </ul>
 *
 * <p>Immutable and thread-safe; linear in the text length.
 */
public final class RuleBasedSentenceSplitter implements SentenceSplitter {

  /** The longest sentence returned, in chars. */
  public static final int MAX_SENTENCE_CHARS = 2000;

  private static final String CLOSERS = "\"'”’)]»";

  private final Abbreviations dictionary;

  RuleBasedSentenceSplitter(Abbreviations dictionary) {
    this.dictionary = dictionary;
  }

  private static final class Holder {
    static final RuleBasedSentenceSplitter STANDARD =
        new RuleBasedSentenceSplitter(Abbreviations.standard());
  }

  /** The splitter with annals' shipped dictionaries; built once per JVM. */
  public static RuleBasedSentenceSplitter standard() {
    return Holder.STANDARD;
  }

  @Override
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        emit(text, start, i, out);
        start = i + 1;
        i++;
        continue;
      }
      if (!isTerminal(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && isTerminal(text.charAt(j))) {
        j++;
      }
      int punctEnd = j;
      while (j < n && CLOSERS.indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      if (j >= n || !Character.isWhitespace(text.charAt(j))) {
        i = j;
        continue;
      }
      int k = j;
      while (k < n && text.charAt(k) == ' ') {
        k++;
      }
      if (k < n
          && text.charAt(k) != '\n'
          && text.charAt(k) != '\r'
          && endsSentence(text, i, punctEnd, j, k)) {
        emit(text, start, j, out);
        start = k;
      }
      i = k;
    }
    emit(text, start, n, out);
    return out;
  }

  /**
   * @param i first terminal char
   * @param punctEnd after the run of terminals
   * @param closeEnd after the closing quotes and brackets
   * @param next first char of the next word
   */
  private boolean endsSentence(String text, int i, int punctEnd, int closeEnd, int next) {
    char nc = text.charAt(next);
    if (Character.isLowerCase(nc) || (nc == '.' && text.charAt(i) == '.')) {
      return false; // lower case goes on; so does a spaced ellipsis ". . ."
    }
    char c = text.charAt(i);
    if (closeEnd > punctEnd && (c == '?' || c == '!') && isAttribution(text, next)) {
      return false;
    }
    if (c != '.' || punctEnd - i > 1) {
      return c != '…' && !(c == '.' && punctEnd - i > 1) || Character.isUpperCase(nc);
    }
    int t = i;
    while (t > 0 && !Character.isWhitespace(text.charAt(t - 1))) {
      t--;
    }
    while (t < i && "([{<\"'`“‘«".indexOf(text.charAt(t)) >= 0) {
      t++;
    }
    if (t == i || closeEnd > punctEnd) {
      return true;
    }
    String token = text.substring(t, i);
    int kind = dictionary.kind(token);
    if ((kind & Abbreviations.TITLE) != 0) {
      return false;
    }
    if ((kind & Abbreviations.NUMBER) != 0 && Character.isDigit(nc)) {
      return false;
    }
    if (kind != 0 || isInitialOrAcronym(token)) {
      return opensSentence(text, next);
    }
    return true;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '?' || c == '!' || c == '…';
  }

  /** "W", "U.S", "e.g", "N.Y": a letter, optionally followed by period-letter pairs. */
  private static boolean isInitialOrAcronym(String token) {
    int n = token.length();
    if (n == 0 || !Character.isLetter(token.charAt(0))) {
      return false;
    }
    if (n == 1) {
      return Character.isUpperCase(token.charAt(0));
    }
    for (int i = 1; i < n; i++) {
      boolean dot = token.charAt(i) == '.';
      if (dot != (i % 2 == 1) || (!dot && !Character.isLetter(token.charAt(i)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether one to three capitalised words and a verb of saying follow: the speaker of the
   * quotation just closed ("Castro declared", "Foreign Minister Lavrov said").
   */
  private boolean isAttribution(String text, int next) {
    int p = next;
    int n = text.length();
    for (int words = 0; words <= 3 && p < n; words++) {
      int e = p;
      while (e < n
          && (Character.isLetter(text.charAt(e))
              || text.charAt(e) == '.'
              || text.charAt(e) == '\''
              || text.charAt(e) == '-')) {
        e++;
      }
      if (e == p) {
        return false;
      }
      int letters = p;
      while (letters < e && Character.isLetter(text.charAt(letters))) {
        letters++;
      }
      if (words > 0 && dictionary.isReportingVerb(text.substring(p, letters))) {
        return true;
      }
      if (words == 3 || !Character.isUpperCase(text.charAt(p)) || e >= n || text.charAt(e) != ' ') {
        return false;
      }
      p = e + 1;
    }
    return false;
  }

  private boolean opensSentence(String text, int next) {
    char nc = text.charAt(next);
    if ("\"“‘'`(".indexOf(nc) >= 0) {
      return true;
    }
    int e = next;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e > next && dictionary.isOpener(text.substring(next, e));
  }

  private static void emit(String text, int begin, int end, List<Sentence> out) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (end - begin > MAX_SENTENCE_CHARS) {
      int cut = text.lastIndexOf(' ', begin + MAX_SENTENCE_CHARS);
      if (cut <= begin) {
        cut = begin + MAX_SENTENCE_CHARS;
        if (Character.isLowSurrogate(text.charAt(cut))) {
          cut--;
        }
      }
      add(text, begin, cut, out);
      begin = cut;
      while (begin < end && Character.isWhitespace(text.charAt(begin))) {
        begin++;
      }
    }
    if (end > begin) {
      add(text, begin, end, out);
    }
  }

  private static void add(String text, int begin, int end, List<Sentence> out) {
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > begin) {
      out.add(new Sentence(out.size(), begin, end, text.substring(begin, end)));
    }
  }
}
