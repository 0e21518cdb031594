package org.annals.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures a {@link SentenceSplitter} against gold sentences.
 *
 * <p>Gold format: one sentence a line, paragraphs separated by a blank line, documents introduced
 * by a line {@code "# doc: <id>"}; other lines starting with {@code #} are comments. A document's
 * text is its paragraphs' sentences joined by one space, paragraphs joined by {@code "\n\n"}, as
 * {@link TextCleaner} writes them.
 *
 * <p>Scores: precision, recall and F1 of the sentence boundaries inside paragraphs (paragraph ends
 * are given to every splitter and not counted), and the share of gold sentences found exactly.
 */
public final class SentenceSplitterEvaluator {

  /** A document of the gold set: its text and the gold sentences' [begin, end) offsets. */
  public record GoldDocument(String id, String text, List<int[]> sentences) {}

  /** The scores of one evaluation. */
  public record Result(
      int goldBoundaries,
      int predictedBoundaries,
      int correctBoundaries,
      int goldSentences,
      int exactSentences) {

    public double precision() {
      return predictedBoundaries == 0 ? 1.0 : (double) correctBoundaries / predictedBoundaries;
    }

    public double recall() {
      return goldBoundaries == 0 ? 1.0 : (double) correctBoundaries / goldBoundaries;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double sentenceAccuracy() {
      return goldSentences == 0 ? 1.0 : (double) exactSentences / goldSentences;
    }

    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "boundaries P %.3f R %.3f F1 %.3f (gold %d, predicted %d, correct %d);"
              + " sentences exact %.3f (%d/%d)",
          precision(),
          recall(),
          f1(),
          goldBoundaries,
          predictedBoundaries,
          correctBoundaries,
          sentenceAccuracy(),
          exactSentences,
          goldSentences);
    }
  }

  private SentenceSplitterEvaluator() {}

  /**
   * Scores the rule-based splitter and OpenNLP's model on gold files given as arguments, e.g.
   * {@code java -cp ... org.annals.text.SentenceSplitterEvaluator
   * src/test/resources/text/sentences-*.txt}.
   */
  public static void main(String[] goldFiles) throws java.io.IOException {
    SentenceSplitter[] splitters = {SentenceSplitter.standard(), new OpenNlpSentenceSplitter()};
    String[] names = {"rule-based", "opennlp"};
    for (String file : goldFiles) {
      List<GoldDocument> docs = parse(java.nio.file.Files.readString(java.nio.file.Path.of(file)));
      System.out.println(file + " (" + docs.size() + " documents)");
      for (int i = 0; i < splitters.length; i++) {
        System.out.println("  " + names[i] + ": " + evaluate(splitters[i], docs));
      }
    }
  }

  /** The documents of a gold file's text. */
  public static List<GoldDocument> parse(String gold) {
    List<GoldDocument> docs = new ArrayList<>();
    String id = null;
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : (gold + "\n# doc: end").lines().toList()) {
      if (line.startsWith("# doc:")) {
        if (!current.isEmpty()) {
          paragraphs.add(current);
          current = new ArrayList<>();
        }
        if (id != null && !paragraphs.isEmpty()) {
          docs.add(document(id, paragraphs));
        }
        id = line.substring("# doc:".length()).strip();
        paragraphs = new ArrayList<>();
      } else if (line.startsWith("#")) {
        continue;
      } else if (line.isBlank()) {
        if (!current.isEmpty()) {
          paragraphs.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line.strip());
      }
    }
    return docs;
  }

  private static GoldDocument document(String id, List<List<String>> paragraphs) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    for (List<String> p : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      for (int i = 0; i < p.size(); i++) {
        if (i > 0) {
          text.append(' ');
        }
        int b = text.length();
        text.append(p.get(i));
        spans.add(new int[] {b, text.length()});
      }
    }
    return new GoldDocument(id, text.toString(), spans);
  }

  public static Result evaluate(SentenceSplitter splitter, List<GoldDocument> docs) {
    int gold = 0;
    int predicted = 0;
    int correct = 0;
    int goldSentences = 0;
    int exact = 0;
    for (GoldDocument d : docs) {
      Set<Integer> goldEnds = new HashSet<>();
      Set<Long> goldSpans = new HashSet<>();
      for (int[] s : d.sentences()) {
        goldSpans.add(key(s[0], s[1]));
        if (isInside(d.text(), s[1])) {
          goldEnds.add(s[1]);
        }
      }
      gold += goldEnds.size();
      goldSentences += d.sentences().size();
      for (Sentence s : splitter.split(d.text())) {
        if (isInside(d.text(), s.end())) {
          predicted++;
          if (goldEnds.contains(s.end())) {
            correct++;
          }
        }
        if (goldSpans.contains(key(s.begin(), s.end()))) {
          exact++;
        }
      }
    }
    return new Result(gold, predicted, correct, goldSentences, exact);
  }

  /** Whether a sentence ending at {@code end} is followed by more text in its paragraph. */
  private static boolean isInside(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && text.charAt(i) != '\n';
  }

  private static long key(int begin, int end) {
    return ((long) begin << 32) | end;
  }
}
