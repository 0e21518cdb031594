package org.annals.time;

import java.io.Serializable;

/**
 * Something in a text that happened and needs a date: an event mention's place in the article.
 *
 * @param sentenceIndex the sentence it is stated in
 * @param begin offset (article text) of the start of the text stating it
 * @param end offset after its end
 * @param triggerBegin offset of its verb or noun
 * @param triggerEnd offset after the trigger
 */
public record DatingTarget(int sentenceIndex, int begin, int end, int triggerBegin, int triggerEnd)
    implements Serializable {}
