package org.annals.text;

import java.io.Serializable;

/**
 * A sentence of an article's cleaned text.
 *
 * @param index 0-based position in the article
 * @param begin offset of the first character in the article text
 * @param end offset after the last character in the article text
 * @param text the sentence itself, {@code articleText.substring(begin, end)}
 */
public record Sentence(int index, int begin, int end, String text) implements Serializable {}
