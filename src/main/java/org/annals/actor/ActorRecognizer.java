package org.annals.actor;

import java.time.LocalDate;
import java.util.List;
import org.annals.text.Sentence;

/**
 * Finds the actors of an article and codes them with CAMEO actor codes.
 *
 * <p>Works on a whole article so that pronouns and definite references can be resolved to earlier
 * actors. Leaders are resolved against {@code date} (the article's publication date; may be null).
 * Implementations are thread-safe: build one per executor and share it.
 */
public interface ActorRecognizer {

  /** annals' own implementation, with its shipped dictionaries; built once per JVM. */
  static ActorRecognizer standard() {
    return DictionaryActorRecognizer.standardRecognizer();
  }

  /** All actor mentions of the article, sorted by offset, non-overlapping. */
  List<ActorMention> find(String text, List<Sentence> sentences, LocalDate date);
}
