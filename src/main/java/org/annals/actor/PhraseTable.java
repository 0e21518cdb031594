package org.annals.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multi-word phrases keyed by their upper-case words, with longest-match look-up from a word
 * position: one hash probe per word, no scanning over entries.
 *
 * <p>Filled once, then read-only: safe for concurrent reads after construction.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {

  private final Map<String, List<V>> values = new HashMap<>();
  private final Set<String> prefixes = new HashSet<>();
  private int longest;

  /** Adds {@code value} for {@code phrase}; earlier values of the same phrase come first. */
  void put(List<String> phrase, V value) {
    if (phrase.isEmpty()) {
      return;
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < phrase.size(); i++) {
      if (i > 0) {
        prefixes.add(key.toString());
        key.append(' ');
      }
      key.append(phrase.get(i));
    }
    values.computeIfAbsent(key.toString(), k -> new ArrayList<>(1)).add(value);
    longest = Math.max(longest, phrase.size());
  }

  List<V> get(String key) {
    return values.getOrDefault(key, List.of());
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  /** A match: the words {@code [from, to)} of the sentence and the phrase's values. */
  record Match<V>(int from, int to, List<V> values) {}

  /**
   * The longest phrase starting at word {@code from}; {@code keyOf} gives the look-up key of each
   * word (so callers can try singular forms for the last word). Null when none matches.
   */
  Match<V> longestAt(List<Word> words, int from, KeyFunction keyOf) {
    StringBuilder key = new StringBuilder();
    Match<V> best = null;
    for (int i = from; i < words.size() && i - from < longest; i++) {
      if (i > from) {
        key.append(' ');
      }
      int mark = key.length();
      for (String k : keyOf.keys(words.get(i))) {
        key.setLength(mark);
        key.append(k);
        List<V> v = values.get(key.toString());
        if (v != null) {
          best = new Match<>(from, i + 1, v);
          break;
        }
      }
      key.setLength(mark);
      key.append(words.get(i).key());
      if (!prefixes.contains(key.toString())) {
        break;
      }
    }
    return best;
  }

  /** The look-up keys to try for a word, best first. */
  interface KeyFunction {
    List<String> keys(Word w);
  }
}
