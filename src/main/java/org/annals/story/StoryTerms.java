package org.annals.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The terms of an article that say which story it reports: lower-cased words with a light plural
 * stemming, and numbers ("6,000" and "6000" are one term), counted with more weight for the title
 * and for names (words capitalised inside a sentence).
 *
 * <p>Stateless and thread-safe.
 */
final class StoryTerms {

  /** Weight of one occurrence in the title, against 1 for the body. */
  static final double TITLE_WEIGHT = 3.0;

  /** Extra factor for a capitalised word inside a sentence, which is usually a name. */
  static final double NAME_WEIGHT = 2.0;

  /** Only the lead of long articles counts: that is where the story is told. */
  static final int BODY_CHARS = 2000;

  private final Set<String> stopwords;

  StoryTerms(Set<String> stopwords) {
    this.stopwords = stopwords;
  }

  /** Term to its weighted count in title and lead. */
  Map<String, Double> counts(String title, String text) {
    Map<String, Double> counts = new HashMap<>();
    add(title, title.length(), TITLE_WEIGHT, false, counts);
    add(text, Math.min(text.length(), BODY_CHARS), 1.0, true, counts);
    return counts;
  }

  private void add(String s, int end, double weight, boolean names, Map<String, Double> counts) {
    boolean sentenceStart = true;
    int k = 0;
    while (k < end) {
      char c = s.charAt(k);
      if (!Character.isLetterOrDigit(c)) {
        if (c == '.'
            || c == '!'
            || c == '?'
            || c == '\n'
            || c == ':'
            || c == '"'
            || c == '\u201c') {
          sentenceStart = true;
        }
        k++;
        continue;
      }
      int begin = k;
      boolean digits = Character.isDigit(c);
      StringBuilder term = new StringBuilder();
      while (k < end) {
        char d = s.charAt(k);
        if (Character.isLetterOrDigit(d)) {
          term.append(Character.toLowerCase(d));
          k++;
        } else if (digits
            && (d == ',' || d == '.')
            && k + 1 < end
            && Character.isDigit(s.charAt(k + 1))
            && Character.isDigit(s.charAt(k - 1))) {
          if (d == '.') {
            term.append('.');
          }
          k++;
        } else {
          break;
        }
      }
      boolean capitalised = Character.isUpperCase(s.charAt(begin));
      String t = normalise(term.toString());
      if (t != null) {
        double w = weight;
        if (names && capitalised && !sentenceStart) {
          w *= NAME_WEIGHT;
        }
        counts.merge(t, w, Double::sum);
      }
      sentenceStart = false;
    }
  }

  /** The term for a lower-cased token, or null for stop words and fragments. */
  private String normalise(String token) {
    if (token.length() < 2 || stopwords.contains(token)) {
      return null;
    }
    if (Character.isDigit(token.charAt(0))) {
      return token;
    }
    return stem(token);
  }

  /**
   * Harman's "S" stemmer (plural endings only, so names are left alone), with "-es" removed after
   * sibilants ("launches", "taxes") so that the plural meets its singular.
   */
  static String stem(String w) {
    int n = w.length();
    if (n > 4
        && (w.endsWith("ches")
            || w.endsWith("shes")
            || w.endsWith("sses")
            || w.endsWith("xes")
            || w.endsWith("zzes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 4 && w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 3
        && w.endsWith("es")
        && !w.endsWith("aes")
        && !w.endsWith("ees")
        && !w.endsWith("oes")) {
      return w.substring(0, n - 1);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("us") && !w.endsWith("ss")) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
