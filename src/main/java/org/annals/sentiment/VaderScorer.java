package org.annals.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * VADER (Valence Aware Dictionary and sEntiment Reasoner; Hutto and Gilbert, ICWSM 2014): a lexicon
 * of human-rated word valences plus rules, scored as VADER's normalised "compound".
 *
 * <p>The rules, as in VADER's reference implementation and its JavaScript port that ships our
 * lexicon (resource {@code SOURCES.md} names both):
 *
 * <ul>
 *   <li><b>Lexicon</b>: each token's mean valence (-4..4), looked up lower-cased; unknown tokens
 *       are neutral.
 *   <li><b>Capitalisation</b>: a lexicon word in ALL CAPS while some other tokens are not gains
 *       0.733 in its own direction (also applied to an all-caps booster).
 *   <li><b>Boosters and dampeners</b> ("very", "extremely", "slightly", ...) within the three
 *       preceding non-lexicon tokens add +/-0.293 in the word's direction, scaled by 1, 0.95 and
 *       0.9 with distance; "kind of"/"sort of" before a word dampen it by 0.293.
 *   <li><b>Negation</b>: a negation word ("not", "never", any "n't", "without", ...) among the
 *       three preceding tokens multiplies the valence by -0.74; "never so"/"never this" instead
 *       intensify (x1.5 at distance two, x1.25 at three); "least" negates unless in "at least" or
 *       "very least"; "no" directly before a lexicon word negates it instead of counting itself,
 *       and negates up to two words on (three through "or"/"nor"), as in VADER 3.3.
 *   <li><b>Idioms</b>: a handful of fixed phrases ("kiss of death", "cut the mustard") replace the
 *       word's valence.
 *   <li><b>"but"</b>: valences before the first "but" are halved, those after it scaled by 1.5.
 *   <li><b>Punctuation</b>: each '!' (up to four) adds 0.292 to the magnitude of the sum; two or
 *       three '?' add 0.18 each, more add 0.96.
 *   <li><b>Compound</b>: {@code sum / sqrt(sum^2 + 15)}, in [-1, 1].
 * </ul>
 *
 * <p>Tokens are the whitespace-separated words with leading and trailing punctuation removed (ASCII
 * and Unicode quotes, dashes and brackets, so news typography such as “ ” ’ is handled), unless the
 * token itself is in the lexicon (emoticons such as ":)"); tokens of one character are dropped, as
 * in the JavaScript port. Typographic apostrophes count as "'", so "isn’t" negates.
 *
 * <p>VADER scores a sentence or a clause; over a long text the sum saturates towards +/-1.
 * Thread-safe: all state is the immutable lexicon; a call allocates only its tokens and arrays.
 */
public final class VaderScorer implements SentimentScorer {

  private static final double C_INCR = 0.733;
  private static final double N_SCALAR = -0.74;
  private static final double B_DECR = -0.293;
  private static final double ALPHA = 15.0;

  private final VaderLexicon lexicon;

  VaderScorer(VaderLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The scorer over the shipped VADER lexicon, loaded once per JVM on first use. */
  public static VaderScorer shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final VaderScorer INSTANCE = new VaderScorer(VaderLexicon.load());
  }

  @Override
  public double score(String text) {
    if (text == null || text.isEmpty()) {
      return 0.0;
    }
    String normalised =
        text.indexOf('\u2019') < 0 && text.indexOf('\u2018') < 0
            ? text
            : text.replace('\u2019', '\'').replace('\u2018', '\'');
    List<String> rawTokens = new ArrayList<>(32);
    List<String> lowerTokens = new ArrayList<>(32);
    tokens(normalised, rawTokens, lowerTokens);
    int n = rawTokens.size();
    if (n == 0) {
      return 0.0;
    }
    String[] raw = rawTokens.toArray(new String[n]);
    String[] lower = lowerTokens.toArray(new String[n]);
    int allCaps = 0;
    for (int i = 0; i < n; i++) {
      if (isUpper(raw[i])) {
        allCaps++;
      }
    }
    boolean capDifferential = allCaps > 0 && allCaps < n;

    double[] sentiments = new double[n];
    for (int i = 0; i < n; i++) {
      boolean kindOf = i < n - 1 && lower[i].equals("kind") && lower[i + 1].equals("of");
      if (kindOf || lexicon.isBooster(lower[i])) {
        continue;
      }
      sentiments[i] = valence(raw, lower, i, capDifferential);
    }
    butCheck(lower, sentiments);
    return compound(sentiments, text);
  }

  private double valence(String[] raw, String[] lower, int i, boolean capDifferential) {
    Double lex = lexicon.valence(lower[i]);
    if (lex == null) {
      return 0.0;
    }
    int n = lower.length;
    if (lower[i].equals("no") && i < n - 1 && lexicon.hasValence(lower[i + 1])) {
      // "no" negates the next word rather than counting itself.
      return 0.0;
    }
    double v = lex;
    if (capDifferential && isUpper(raw[i])) {
      v += v > 0 ? C_INCR : -C_INCR;
    }
    for (int start = 0; start < 3; start++) {
      int j = i - (start + 1);
      if (j < 0 || lexicon.hasValence(lower[j])) {
        continue;
      }
      double s = scalarIncDec(raw[j], lower[j], v, capDifferential);
      if (start == 1) {
        s *= 0.95;
      } else if (start == 2) {
        s *= 0.9;
      }
      v += s;
      v = negationCheck(v, lower, start, i);
      if (start == 2) {
        v = idiomsCheck(v, lower, i);
      }
    }
    v = leastCheck(v, lower, i);
    if ((i > 0 && lower[i - 1].equals("no"))
        || (i > 1 && lower[i - 2].equals("no"))
        || (i > 2
            && lower[i - 3].equals("no")
            && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
      v = lex * N_SCALAR;
    }
    return v;
  }

  private double scalarIncDec(String raw, String lower, double valence, boolean capDifferential) {
    double scalar = lexicon.boosterScalar(lower);
    if (scalar == 0.0) {
      return 0.0;
    }
    if (valence < 0) {
      scalar = -scalar;
    }
    if (capDifferential && isUpper(raw)) {
      scalar += valence > 0 ? C_INCR : -C_INCR;
    }
    return scalar;
  }

  private boolean negated(String lower) {
    return lexicon.isNegation(lower) || lower.contains("n't");
  }

  private double negationCheck(double v, String[] w, int start, int i) {
    if (start == 0) {
      if (negated(w[i - 1])) {
        v *= N_SCALAR;
      }
    } else if (start == 1) {
      if (w[i - 2].equals("never") && (w[i - 1].equals("so") || w[i - 1].equals("this"))) {
        v *= 1.5;
      } else if (negated(w[i - 2])) {
        v *= N_SCALAR;
      }
    } else {
      boolean neverSo =
          w[i - 3].equals("never") && (w[i - 2].equals("so") || w[i - 2].equals("this"));
      if (neverSo || w[i - 1].equals("so") || w[i - 1].equals("this")) {
        v *= 1.25;
      } else if (negated(w[i - 3])) {
        v *= N_SCALAR;
      }
    }
    return v;
  }

  private double idiomsCheck(double v, String[] w, int i) {
    String[] seqs = {
      lexicon.phrase(w, i - 1, i),
      lexicon.phrase(w, i - 2, i),
      lexicon.phrase(w, i - 2, i - 1),
      lexicon.phrase(w, i - 3, i - 1),
      lexicon.phrase(w, i - 3, i - 2)
    };
    for (String seq : seqs) {
      Double idiom = seq == null ? null : lexicon.idiom(seq);
      if (idiom != null) {
        v = idiom;
        break;
      }
    }
    int n = w.length;
    if (n - 1 > i) {
      String seq = lexicon.phrase(w, i, i + 1);
      if (seq != null && lexicon.idiom(seq) != null) {
        v = lexicon.idiom(seq);
      }
    }
    if (n - 1 > i + 1) {
      String seq = lexicon.phrase(w, i, i + 2);
      if (seq != null && lexicon.idiom(seq) != null) {
        v = lexicon.idiom(seq);
      }
    }
    String threeTwo = lexicon.phrase(w, i - 3, i - 2);
    String twoOne = lexicon.phrase(w, i - 2, i - 1);
    if ((threeTwo != null && lexicon.isBooster(threeTwo))
        || (twoOne != null && lexicon.isBooster(twoOne))) {
      v += B_DECR;
    }
    return v;
  }

  private double leastCheck(double v, String[] w, int i) {
    if (i > 1 && w[i - 1].equals("least") && !lexicon.hasValence("least")) {
      if (!w[i - 2].equals("at") && !w[i - 2].equals("very")) {
        v *= N_SCALAR;
      }
    } else if (i > 0 && w[i - 1].equals("least") && !lexicon.hasValence("least")) {
      v *= N_SCALAR;
    }
    return v;
  }

  private static void butCheck(String[] lower, double[] sentiments) {
    int but = -1;
    for (int i = 0; i < lower.length; i++) {
      if (lower[i].equals("but")) {
        but = i;
        break;
      }
    }
    if (but < 0) {
      return;
    }
    for (int i = 0; i < sentiments.length; i++) {
      if (i < but) {
        sentiments[i] *= 0.5;
      } else if (i > but) {
        sentiments[i] *= 1.5;
      }
    }
  }

  private static double compound(double[] sentiments, String text) {
    double sum = 0.0;
    for (double s : sentiments) {
      sum += s;
    }
    double emphasis = punctuationEmphasis(text);
    if (sum > 0) {
      sum += emphasis;
    } else if (sum < 0) {
      sum -= emphasis;
    }
    double c = sum / Math.sqrt(sum * sum + ALPHA);
    return Math.max(-1.0, Math.min(1.0, c));
  }

  private static double punctuationEmphasis(String text) {
    int exclamations = 0;
    int questions = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '!') {
        exclamations++;
      } else if (c == '?') {
        questions++;
      }
    }
    double ep = Math.min(exclamations, 4) * 0.292;
    double qm = 0.0;
    if (questions > 1) {
      qm = questions <= 3 ? questions * 0.18 : 0.96;
    }
    return ep + qm;
  }

  /**
   * Whitespace tokens of more than one character, with leading and trailing punctuation removed
   * unless the whole token is in the lexicon or less than two characters would remain; each is
   * added as written and lower-cased.
   */
  private void tokens(String text, List<String> raw, List<String> lower) {
    String lowerText = text.toLowerCase(Locale.ROOT);
    boolean aligned = lowerText.length() == text.length();
    int len = text.length();
    int k = 0;
    while (k < len) {
      while (k < len && isSpace(text.charAt(k))) {
        k++;
      }
      int begin = k;
      while (k < len && !isSpace(text.charAt(k))) {
        k++;
      }
      int end = k;
      if (end - begin <= 1) {
        continue;
      }
      int b = begin;
      int e = end;
      while (b < e && isPunctuation(text.charAt(b))) {
        b++;
      }
      while (e > b && isPunctuation(text.charAt(e - 1))) {
        e--;
      }
      if ((b != begin || e != end) && e - b >= 2) {
        String whole =
            aligned
                ? lowerText.substring(begin, end)
                : text.substring(begin, end).toLowerCase(Locale.ROOT);
        if (!lexicon.hasValence(whole)) {
          begin = b;
          end = e;
        }
      }
      String token = text.substring(begin, end);
      raw.add(token);
      lower.add(aligned ? lowerText.substring(begin, end) : token.toLowerCase(Locale.ROOT));
    }
  }

  private static boolean isSpace(char c) {
    if (c < 128) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isPunctuation(char c) {
    if (c < 128) {
      return (c >= '!' && c <= '/')
          || (c >= ':' && c <= '@')
          || (c >= '[' && c <= '`')
          || (c >= '{' && c <= '~');
    }
    switch (Character.getType(c)) {
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.CONNECTOR_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  /** Python's {@code str.isupper()}: at least one cased letter and none lower-case. */
  static boolean isUpper(String s) {
    boolean upper = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper = true;
      }
    }
    return upper;
  }
}
