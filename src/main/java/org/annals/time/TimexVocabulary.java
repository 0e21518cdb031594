package org.annals.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The English words of the temporal grammar, read from {@code timex-vocabulary.tsv} (category,
 * word, value). Immutable after construction and so thread-safe.
 */
final class TimexVocabulary {

  private static final String RESOURCE = "timex-vocabulary.tsv";

  private final Map<String, Map<String, String>> byCategory;

  private TimexVocabulary(Map<String, Map<String, String>> byCategory) {
    this.byCategory = byCategory;
  }

  /** Loads the shipped vocabulary. */
  static TimexVocabulary load() {
    Map<String, Map<String, String>> map = new HashMap<>();
    try (InputStream in = TimexVocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/annals/time/" + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 3) {
          continue;
        }
        map.computeIfAbsent(f[0], k -> new LinkedHashMap<>())
            .put(f[1].toLowerCase(Locale.ROOT), f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TimexVocabulary(map);
  }

  /** The words of a category mapped to their values; empty when the category is unknown. */
  Map<String, String> words(String category) {
    return byCategory.getOrDefault(category, Map.of());
  }

  /** Value of {@code word} (any case) in {@code category}, or null. */
  String value(String category, String word) {
    if (word == null) {
      return null;
    }
    String key = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return words(category).get(key);
  }

  boolean contains(String category, String word) {
    return value(category, word) != null;
  }

  /**
   * A regular-expression alternation of a category's words, longest first, with spaces matching any
   * run of white space and an optional trailing dot kept literal.
   */
  String alternation(String category) {
    List<String> words = new ArrayList<>(words(category).keySet());
    words.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      String[] parts = words.get(i).split(" ");
      for (int j = 0; j < parts.length; j++) {
        if (j > 0) {
          sb.append("\\s+");
        }
        sb.append(parts[j].replace(".", "\\."));
      }
    }
    return sb.append(')').toString();
  }
}
