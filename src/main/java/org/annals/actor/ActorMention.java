package org.annals.actor;

import java.io.Serializable;

/**
 * An actor found in an article: a name, a metonym ("Moscow"), a role phrase ("Tajik President"), or
 * a pronoun or definite description resolved to an earlier actor ("he", "the pilot").
 *
 * @param sentenceIndex the sentence it occurs in
 * @param begin offset of the first character in the article text
 * @param end offset after the last character
 * @param text the words as written
 * @param code CAMEO actor code: country or IGO code plus optional role codes ("TJKGOV",
 *     "IGOWSTNAT"), {@code ---} prefix where the country is unknown ("---REB")
 * @param name readable name ("Tajikistan", "Russian pilot", "NATO")
 * @param resolved true when the text is a pronoun or definite reference resolved to an earlier
 *     actor
 */
public record ActorMention(
    int sentenceIndex, int begin, int end, String text, String code, String name, boolean resolved)
    implements Serializable {

  /** The code for an actor whose country is unknown. */
  public static final String UNKNOWN_COUNTRY = "---";

  /** The first three letters of the code: country (ISO alpha-3), IGO, or {@code ---}. */
  public String country() {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }
}
