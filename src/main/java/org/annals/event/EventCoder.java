package org.annals.event;

import java.util.List;
import org.annals.actor.ActorMention;
import org.annals.text.Sentence;

/**
 * Codes the events of one sentence with CAMEO codes, given the actors found in it.
 *
 * <p>Implementations are thread-safe: build one per executor and share it.
 */
public interface EventCoder {

  /** annals' own implementation, with its shipped dictionaries; built once per JVM. */
  static EventCoder standard() {
    return PatternEventCoder.standardCoder();
  }

  /**
   * @param sentence the sentence, with offsets into the article text
   * @param actors the actor mentions of this sentence, sorted by offset (article-text offsets)
   * @return the events, sorted by offset; empty when the sentence reports none
   */
  List<CodedEvent> code(Sentence sentence, List<ActorMention> actors);
}
