package org.annals.event;

import java.io.Serializable;
import org.annals.actor.ActorMention;

/**
 * An event the coder found in one sentence: who did what to whom.
 *
 * @param sentenceIndex the sentence it was found in
 * @param begin offset (in the article text) of the start of the text that states the event
 * @param end offset after the end of that text
 * @param triggerBegin offset of the verb or noun that triggered the code
 * @param triggerEnd offset after the trigger
 * @param source the actor that acts; never null
 * @param target the actor acted upon, or null where the text names none
 * @param code CAMEO event code, as specific as the text supports
 * @param modality asserted, planned, possible or negated
 * @param negated true when the text denies the event
 * @param confidence 0..1, how sure the coder is of the code and the actors
 */
public record CodedEvent(
    int sentenceIndex,
    int begin,
    int end,
    int triggerBegin,
    int triggerEnd,
    ActorMention source,
    ActorMention target,
    String code,
    Modality modality,
    boolean negated,
    double confidence)
    implements Serializable {}
