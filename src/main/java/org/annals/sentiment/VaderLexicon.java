package org.annals.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * VADER's word lists as shipped in {@code src/main/resources/org/annals/sentiment/} (see SOURCES.md
 * there): the valence lexicon (mean human rating, -4..4), the negation words, the boosters and
 * dampeners with their scalar, and the special-case idioms with their valence.
 *
 * <p>Immutable once built and safe to share between threads: the hash maps (faster to probe than
 * {@code Map.copyOf} tables for the many misses of scoring) are filled in {@link #load} and never
 * changed after, and are published through final fields.
 */
final class VaderLexicon {

  private static final String DIR = "/org/annals/sentiment/";

  private final Map<String, Double> valence;
  private final Set<String> negations;
  private final Map<String, Double> boosters;
  private final Map<String, Double> idioms;

  /** Every word of a multi-word idiom or booster: a phrase with any other word cannot match. */
  private final Set<String> phraseWords;

  private VaderLexicon(
      Map<String, Double> valence,
      Set<String> negations,
      Map<String, Double> boosters,
      Map<String, Double> idioms) {
    this.valence = valence;
    this.negations = negations;
    this.boosters = boosters;
    this.idioms = idioms;
    Set<String> words = new HashSet<>();
    for (String phrase : idioms.keySet()) {
      words.addAll(List.of(phrase.split(" ")));
    }
    for (String phrase : boosters.keySet()) {
      if (phrase.indexOf(' ') >= 0) {
        words.addAll(List.of(phrase.split(" ")));
      }
    }
    this.phraseWords = words;
  }

  /** Reads the shipped resources; fails loudly if one is missing, as the jar is then broken. */
  static VaderLexicon load() {
    Map<String, Double> valence = new HashMap<>(16_384);
    forEachRow("vader-lexicon.tsv", false, cols -> valence.put(cols[0], Double.valueOf(cols[1])));
    Set<String> negations = new HashSet<>();
    forEachRow("vader-negations.txt", true, cols -> negations.add(cols[0]));
    Map<String, Double> boosters = new HashMap<>();
    forEachRow("vader-boosters.tsv", true, cols -> boosters.put(cols[0], Double.valueOf(cols[1])));
    Map<String, Double> idioms = new HashMap<>();
    forEachRow("vader-idioms.tsv", true, cols -> idioms.put(cols[0], Double.valueOf(cols[1])));
    return new VaderLexicon(valence, negations, boosters, idioms);
  }

  /** Mean valence of a lower-cased token, or null when VADER does not know it. */
  Double valence(String lowerToken) {
    return valence.get(lowerToken);
  }

  boolean hasValence(String lowerToken) {
    return valence.containsKey(lowerToken);
  }

  boolean isNegation(String lowerToken) {
    return negations.contains(lowerToken);
  }

  /** The booster (positive) or dampener (negative) scalar of a lower-cased word or phrase, or 0. */
  double boosterScalar(String lowerPhrase) {
    Double s = boosters.get(lowerPhrase);
    return s == null ? 0.0 : s;
  }

  boolean isBooster(String lowerPhrase) {
    return boosters.containsKey(lowerPhrase);
  }

  /** The valence of a lower-cased idiom, or null. */
  Double idiom(String lowerPhrase) {
    return idioms.get(lowerPhrase);
  }

  /**
   * The tokens {@code from..to} (inclusive) joined by single spaces, or null when the range leaves
   * the sentence or holds a word of no idiom or multi-word booster (so no lookup can match).
   */
  String phrase(String[] lowerTokens, int from, int to) {
    if (from < 0 || to >= lowerTokens.length) {
      return null;
    }
    for (int k = from; k <= to; k++) {
      if (!phraseWords.contains(lowerTokens[k])) {
        return null;
      }
    }
    return String.join(" ", Arrays.asList(lowerTokens).subList(from, to + 1));
  }

  private interface RowHandler {
    void accept(String[] columns);
  }

  /** Tab-separated rows; in files with {@code comments}, lines starting with '#' are skipped. */
  private static void forEachRow(String name, boolean comments, RowHandler handler) {
    InputStream in = VaderLexicon.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + DIR + name);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || (comments && line.startsWith("#"))) {
          continue;
        }
        handler.accept(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DIR + name, e);
    }
  }
}
