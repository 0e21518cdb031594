package org.annals.article;

import java.util.Locale;

/** Something a reader had to do to a record to make it an article. Lower-case in outputs. */
public enum ArticleFlag {
  /** The cleaned text was longer than the reader's limit and was cut at a paragraph end. */
  TRUNCATED,
  /** The record's bytes were not valid UTF-8; invalid bytes were replaced with U+FFFD. */
  INVALID_UTF8,
  /**
   * The record's id (its own, or the hash of path and content) repeated an earlier record's id in
   * the same file; the article got the id with a {@code "~n"} suffix to stay unique.
   */
  DUPLICATE_ID;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
