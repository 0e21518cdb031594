package org.annals.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's maximum-entropy sentence detector with its English UD-EWT model ({@code
 * opennlp-models-sentdetect-en} 1.3.0), split paragraph by paragraph like {@link
 * RuleBasedSentenceSplitter}. Kept as the reference the rule-based splitter is measured against.
 *
 * <p>The model is loaded once per JVM from the model jar by its file name (never through OpenNLP's
 * language-name loaders, which download). The detector itself is not thread-safe, so each thread
 * gets its own; this class is thread-safe.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {

  static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private static final class Holder {
    static final SentenceModel MODEL_INSTANCE = load();
  }

  private final ThreadLocal<SentenceDetectorME> detector =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(Holder.MODEL_INSTANCE));

  @Override
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    SentenceDetectorME d = detector.get();
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      if (end > start) {
        for (Span s : d.sentPosDetect(text.substring(start, end))) {
          int b = start + s.getStart();
          int e = start + s.getEnd();
          while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
          }
          while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
          }
          if (e > b) {
            out.add(new Sentence(out.size(), b, e, text.substring(b, e)));
          }
        }
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }

  private static SentenceModel load() {
    try (InputStream in = OpenNlpSentenceSplitter.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("missing model " + MODEL + " on the class path");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
