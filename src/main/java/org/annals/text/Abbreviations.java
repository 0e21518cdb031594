package org.annals.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The dictionaries of the rule-based sentence splitter, read from {@code abbreviations.txt}, {@code
 * sentence-openers.txt} and {@code reporting-verbs.txt}. Immutable and thread-safe.
 */
final class Abbreviations {

  /** A period after the abbreviation never ends a sentence ("Gen. Smith"). */
  static final int TITLE = 1;

  /** No sentence end when a digit follows ("Jan. 5", "No. 3"). */
  static final int NUMBER = 2;

  /** May end a sentence: a sentence ends only before a common sentence opener ("Corp. The"). */
  static final int FINAL = 4;

  private final Map<String, Integer> kinds;
  private final Set<String> openers;
  private final Set<String> reportingVerbs;

  Abbreviations(Map<String, Integer> kinds, Set<String> openers, Set<String> reportingVerbs) {
    this.kinds = Map.copyOf(kinds);
    this.openers = Set.copyOf(openers);
    this.reportingVerbs = Set.copyOf(reportingVerbs);
  }

  static Abbreviations standard() {
    Map<String, Integer> kinds = new HashMap<>();
    int kind = FINAL;
    for (String line : resourceLines("abbreviations.txt")) {
      if (line.startsWith("[")) {
        kind =
            switch (line) {
              case "[title]" -> TITLE;
              case "[number]" -> NUMBER;
              case "[final]" -> FINAL;
              default -> throw new IllegalStateException("unknown section " + line);
            };
      } else {
        kinds.merge(line, kind, (a, b) -> a | b);
      }
    }
    return new Abbreviations(
        kinds,
        new HashSet<>(resourceLines("sentence-openers.txt")),
        new HashSet<>(resourceLines("reporting-verbs.txt")));
  }

  /** The kinds (a bit set of {@link #TITLE}, {@link #NUMBER}, {@link #FINAL}), 0 if unknown. */
  int kind(CharSequence token) {
    Integer k = kinds.get(token.toString());
    return k == null ? 0 : k;
  }

  boolean isOpener(CharSequence word) {
    return openers.contains(word.toString());
  }

  boolean isReportingVerb(CharSequence word) {
    return reportingVerbs.contains(word.toString());
  }

  private static java.util.List<String> resourceLines(String name) {
    try (InputStream in = Abbreviations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
