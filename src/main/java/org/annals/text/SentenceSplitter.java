package org.annals.text;

import java.util.List;

/**
 * Splits cleaned article text into sentences with offsets into that text.
 *
 * <p>Implementations are thread-safe and cheap to call: build one per executor and share it.
 */
public interface SentenceSplitter {

  /**
   * annals' own implementation, with its shipped dictionaries; built once per JVM. It is the {@link
   * RuleBasedSentenceSplitter}: on hand-checked Reuters text it is more accurate than OpenNLP's
   * statistical model and faster (see {@code SentenceSplitterBenchmark}).
   */
  static SentenceSplitter standard() {
    return RuleBasedSentenceSplitter.standard();
  }

  List<Sentence> split(String text);
}
