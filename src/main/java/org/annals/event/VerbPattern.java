package org.annals.event;

import java.util.List;

/**
 * A pattern of the CAMEO verb dictionary: words that must stand before and after the verb for the
 * pattern's code to apply ("- * &MILITARY (FROM +) [0874]").
 *
 * @param before elements before the verb, nearest last
 * @param after elements after the verb, in order
 * @param code the CAMEO code, or {@code ---} where the pattern marks a non-event
 * @param words how many words the pattern requires (its specificity)
 * @param verb the verb the pattern was written for (the dictionary's comment), or empty
 */
record VerbPattern(List<Element> before, List<Element> after, String code, int words, String verb) {

  /** One element: a word, a synonym set, or a marker for the target or source. */
  record Element(Kind kind, List<List<String>> alternatives) {}

  /** What an element stands for. */
  enum Kind {
    WORDS,
    TARGET,
    SOURCE
  }
}
