package org.annals.text;

import java.util.List;

/**
 * Splits cleaned article text into sentences with offsets into that text.
 *
 * <p>Implementations are thread-safe and cheap to call: build one per executor and share it.
 */
public interface SentenceSplitter {

  /** annals' own implementation, with its shipped dictionaries; built once per JVM. */
  static SentenceSplitter standard() {
    throw new UnsupportedOperationException("SentenceSplitter.standard() is not implemented yet");
  }


  List<Sentence> split(String text);
}
