package org.annals.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.annals.actor.Word;

/**
 * Tells a verb from a noun of the same spelling ("attacks", "arms", "talks") with OpenNLP's English
 * part-of-speech model (Universal Dependencies tags, trained on the English Web Treebank). The
 * coder asks only about a sentence where a form in "-s" right after an actor would give an event
 * ({@link Clause#nounAfterActor}), so few sentences are ever tagged. Thread-safe: one tagger per
 * thread over a shared model.
 */
final class VerbTagger {

  static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(Holder.MODEL_INSTANCE, POSTagFormat.UD));

  private VerbTagger() {}

  /** The Universal Dependencies tag of each word ("VERB", "NOUN", "ADJ", ...). */
  static String[] tags(List<Word> words) {
    String[] tokens = new String[words.size()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = words.get(i).text();
    }
    return TAGGER.get().tag(tokens);
  }

  /** True when the tag says the word is a common noun, not a verb. */
  static boolean notAVerb(String tag) {
    return tag.equals("NOUN");
  }

  private static final class Holder {
    static final POSModel MODEL_INSTANCE = load();

    private static POSModel load() {
      try (InputStream in = VerbTagger.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("missing part-of-speech model " + MODEL);
        }
        return new POSModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
