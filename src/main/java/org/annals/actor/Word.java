package org.annals.actor;

/**
 * A word or punctuation mark of a sentence.
 *
 * @param begin offset of the first character in the article text
 * @param end offset after the last character
 * @param text the characters as written
 * @param key upper-case form used for dictionary look-ups (curly apostrophes made straight)
 */
public record Word(int begin, int end, String text, String key) {

  /** True when the word starts with an upper-case letter. */
  public boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  /** True when the word is a letter-free punctuation mark. */
  public boolean punctuation() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
