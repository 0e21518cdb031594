package org.annals.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
import java.util.zip.CRC32;
import org.annals.eval.EventEvaluator.Half;
import org.annals.eval.TimeMlDocument.GoldTimex;
import org.annals.time.TemporalExpression;
import org.annals.time.TemporalTagger;

/**
 * Scores a {@link TemporalTagger} on TimeML documents as TempEval-3 Task A does (see {@link
 * TimexScores}); pairs gold and system spans one-to-one, exact matches first, then largest overlap,
 * like the official scorer. Pure Java; not thread-safe (one per evaluation).
 *
 * <p>Documents fall in two fixed halves by a hash of their name, as event records do ({@link
 * #half}): the tagger's rules are developed on the {@link Half#DEV dev} half only, and the {@link
 * Half#HELD_OUT held-out} half measures how they carry over to documents they were not written for.
 * The rules written before the split was introduced were developed on all documents, so the
 * held-out figure started as an optimistic estimate.
 */
public final class TimexEvaluator {

  private final TemporalTagger tagger;
  private final Writer spans;
  private PrintWriter errors;
  private Half errorsHalf;

  /**
   * @param tagger the tagger under test
   * @param spans where to write the system spans as JSONL for {@code score_timex.py}, or null
   */
  public TimexEvaluator(TemporalTagger tagger, Writer spans) {
    this.tagger = tagger;
    this.spans = spans;
  }

  /**
   * Lists every missed, spurious, wrongly bounded, wrongly typed and wrongly valued expression of
   * the documents of one half (all documents if {@code half} is null) on {@code out}, one a line,
   * with its context and the gold and system values.
   */
  public TimexEvaluator listErrors(PrintWriter out, Half half) {
    this.errors = out;
    this.errorsHalf = half;
    return this;
  }

  /**
   * The fixed half of a document: the parity of the CRC-32 of its name (UTF-8, without {@code
   * .tml}), stable across runs; the convention of {@link Half#of}.
   */
  public static Half half(String documentId) {
    CRC32 crc = new CRC32();
    crc.update(documentId.getBytes(StandardCharsets.UTF_8));
    return (crc.getValue() & 1) == 0 ? Half.DEV : Half.HELD_OUT;
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

  /**
   * Scores every {@code .tml} file of each directory, by half: the outer keys are the directory
   * names, the inner ones "all", "dev" and "held-out" ({@link Half#label}), in that order.
   */
  public Map<String, Map<String, TimexScores>> evaluateByHalf(List<Path> dirs) throws IOException {
    Map<String, Map<String, TimexScores>> out = new LinkedHashMap<>();
    for (Path dir : dirs) {
      Map<String, TimexScores> byHalf = emptyByHalf();
      for (Path file : documents(dir)) {
        TimeMlDocument doc = TimeMlDocument.read(file);
        TimexScores s = evaluate(doc);
        byHalf.merge("all", s, TimexScores::plus);
        byHalf.merge(half(doc.id()).label(), s, TimexScores::plus);
      }
      out.put(dir.getFileName().toString(), byHalf);
    }
    return out;
  }

  /** "all", "dev" and "held-out", each with no documents yet. */
  public static Map<String, TimexScores> emptyByHalf() {
    Map<String, TimexScores> m = new LinkedHashMap<>();
    m.put("all", TimexScores.empty());
    for (Half h : Half.values()) {
      m.put(h.label(), TimexScores.empty());
    }
    return m;
  }

  public TimexScores evaluate(TimeMlDocument doc) {
    List<TemporalExpression> system = tagger.tag(doc.text(), doc.creationDate());
    if (spans != null) {
      writeSpans(doc, system);
    }
    List<int[]> pairs = pairs(doc.gold(), system);
    if (errors != null && (errorsHalf == null || half(doc.id()) == errorsHalf)) {
      writeErrors(doc, system, pairs);
    }
    return score(doc.gold(), system, pairs);
  }

  static TimexScores score(List<GoldTimex> gold, List<TemporalExpression> system) {
    return score(gold, system, pairs(gold, system));
  }

  private static TimexScores score(
      List<GoldTimex> gold, List<TemporalExpression> system, List<int[]> pairs) {
    int strict = 0;
    int type = 0;
    int value = 0;
    for (int[] c : pairs) {
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
    return new TimexScores(1, gold.size(), system.size(), strict, pairs.size(), type, value);
  }

  /**
   * The one-to-one pairs of overlapping gold and system expressions, exact matches first, then by
   * largest overlap: {exact ? 0 : 1, -overlap, gold index, system index}.
   */
  private static List<int[]> pairs(List<GoldTimex> gold, List<TemporalExpression> system) {
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
    List<int[]> pairs = new ArrayList<>();
    for (int[] c : candidates) {
      if (usedGold.contains(c[2]) || usedSystem.contains(c[3])) {
        continue;
      }
      usedGold.add(c[2]);
      usedSystem.add(c[3]);
      pairs.add(c);
    }
    return pairs;
  }

  /**
   * One line per error, in text order: MISSED (gold only), SPURIOUS (system only), and for a pair
   * VALUE, TYPE or SPAN (strict boundaries differ), the first that applies.
   */
  private void writeErrors(TimeMlDocument doc, List<TemporalExpression> system, List<int[]> pairs) {
    List<GoldTimex> gold = doc.gold();
    Map<Integer, Integer> goldToSystem = new LinkedHashMap<>();
    Set<Integer> pairedSystem = new HashSet<>();
    for (int[] p : pairs) {
      goldToSystem.put(p[2], p[3]);
      pairedSystem.add(p[3]);
    }
    List<Object[]> lines = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      GoldTimex gt = gold.get(g);
      Integer s = goldToSystem.get(g);
      String gs = describe(doc.text(), gt.begin(), gt.end(), gt.type(), gt.value());
      if (s == null) {
        lines.add(line(doc, gt.begin(), gt.end(), "MISSED", "gold " + gs));
        continue;
      }
      TemporalExpression st = system.get(s);
      String kind;
      if (!gt.value().equals(st.value())) {
        kind = "VALUE";
      } else if (!gt.type().equals(st.type().name())) {
        kind = "TYPE";
      } else if (gt.begin() != st.begin() || gt.end() != st.end()) {
        kind = "SPAN";
      } else {
        continue;
      }
      String ss = describe(doc.text(), st.begin(), st.end(), st.type().name(), st.value());
      lines.add(
          line(
              doc,
              Math.min(gt.begin(), st.begin()),
              Math.max(gt.end(), st.end()),
              kind,
              "gold " + gs + " system " + ss));
    }
    for (int s = 0; s < system.size(); s++) {
      if (!pairedSystem.contains(s)) {
        TemporalExpression st = system.get(s);
        String ss = describe(doc.text(), st.begin(), st.end(), st.type().name(), st.value());
        lines.add(line(doc, st.begin(), st.end(), "SPURIOUS", "system " + ss));
      }
    }
    lines.sort(Comparator.comparingInt(l -> (Integer) l[0]));
    for (Object[] l : lines) {
      errors.println(l[1]);
    }
  }

  private static String describe(String text, int begin, int end, String type, String value) {
    return "\"" + oneLine(text.substring(begin, end)) + "\" " + type + " " + value;
  }

  private static Object[] line(TimeMlDocument doc, int begin, int end, String kind, String what) {
    String text = doc.text();
    int from = Math.max(0, begin - 60);
    int to = Math.min(text.length(), end + 60);
    String context =
        oneLine(text.substring(from, begin))
            + "[["
            + oneLine(text.substring(begin, end))
            + "]]"
            + oneLine(text.substring(end, to));
    return new Object[] {
      begin, doc.id() + " " + doc.creationDate() + " " + kind + " " + what + " | " + context.strip()
    };
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
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
