package org.annals.story;

import java.io.Serializable;

/**
 * Two articles found to report the same story; {@code first} is the smaller id (String order), so a
 * pair has one spelling whichever block found it.
 */
public record StoryLink(String first, String second) implements Serializable {

  public StoryLink {
    if (first.compareTo(second) > 0) {
      String t = first;
      first = second;
      second = t;
    }
  }
}
