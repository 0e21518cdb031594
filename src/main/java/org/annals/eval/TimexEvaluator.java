package org.annals.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.annals.eval.TimeMlDocument.GoldTimex;
import org.annals.time.TemporalExpression;
import org.annals.time.TemporalTagger;

/**
 * Scores a {@link TemporalTagger} on TimeML documents as TempEval-3 Task A does (see {@link
 * TimexScores}); pairs gold and system spans one-to-one, exact matches first, then largest overlap,
 * like the official scorer. Pure Java; not thread-safe (one per evaluation).
 */
public final class TimexEvaluator {

  private final TemporalTagger tagger;
  private final Writer spans;

  /**
   * @param tagger the tagger under test
   * @param spans where to write the system spans as JSONL for {@code score_timex.py}, or null
   */
  public TimexEvaluator(TemporalTagger tagger, Writer spans) {
    this.tagger = tagger;
    this.spans = spans;
  }

  /** The {@code .tml} files of a directory, sorted by name. */
  public static List<Path> documents(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
  }

  /** Scores every {@code .tml} file of each directory; the map's keys are the directory names. */
  public Map<String, TimexScores> evaluate(List<Path> dirs) throws IOException {
    Map<String, TimexScores> out = new LinkedHashMap<>();
    for (Path dir : dirs) {
      TimexScores total = TimexScores.empty();
      for (Path file : documents(dir)) {
        total = total.plus(evaluate(TimeMlDocument.read(file)));
      }
      out.put(dir.getFileName().toString(), total);
    }
    return out;
  }

  public TimexScores evaluate(TimeMlDocument doc) {
    List<TemporalExpression> system = tagger.tag(doc.text(), doc.creationDate());
    if (spans != null) {
      writeSpans(doc, system);
    }
    return score(doc.gold(), system);
  }

  static TimexScores score(List<GoldTimex> gold, List<TemporalExpression> system) {
    List<int[]> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      GoldTimex gt = gold.get(g);
      for (int s = 0; s < system.size(); s++) {
        TemporalExpression st = system.get(s);
        int overlap = Math.min(gt.end(), st.end()) - Math.max(gt.begin(), st.begin());
        if (overlap > 0) {
          boolean exact = gt.begin() == st.begin() && gt.end() == st.end();
          candidates.add(new int[] {exact ? 0 : 1, -overlap, g, s});
        }
      }
    }
    candidates.sort(
        Comparator.<int[]>comparingInt(c -> c[0])
            .thenComparingInt(c -> c[1])
            .thenComparingInt(c -> c[2])
            .thenComparingInt(c -> c[3]));
    Set<Integer> usedGold = new HashSet<>();
    Set<Integer> usedSystem = new HashSet<>();
    int relaxed = 0;
    int strict = 0;
    int type = 0;
    int value = 0;
    for (int[] c : candidates) {
      if (usedGold.contains(c[2]) || usedSystem.contains(c[3])) {
        continue;
      }
      usedGold.add(c[2]);
      usedSystem.add(c[3]);
      relaxed++;
      if (c[0] == 0) {
        strict++;
      }
      GoldTimex g = gold.get(c[2]);
      TemporalExpression s = system.get(c[3]);
      if (g.type().equals(s.type().name())) {
        type++;
      }
      if (g.value().equals(s.value())) {
        value++;
      }
    }
    return new TimexScores(1, gold.size(), system.size(), strict, relaxed, type, value);
  }

  private void writeSpans(TimeMlDocument doc, List<TemporalExpression> system) {
    try {
      for (TemporalExpression e : system) {
        spans.write(
            "{\"doc\": \""
                + doc.id()
                + "\", \"begin\": "
                + e.begin()
                + ", \"end\": "
                + e.end()
                + ", \"type\": \""
                + e.type()
                + "\", \"value\": \""
                + e.value()
                + "\"}\n");
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
