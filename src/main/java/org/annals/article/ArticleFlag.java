package org.annals.article;

import java.util.Locale;

/** Something a reader had to do to a record to make it an article. Lower-case in outputs. */
public enum ArticleFlag {
  /** The cleaned text was longer than the reader's limit and was cut at a paragraph end. */
  TRUNCATED,
  /** The record's bytes were not valid UTF-8; invalid bytes were replaced with U+FFFD. */
  INVALID_UTF8,
  /**
   * An earlier record had the same id but other text: this is a different article and got the id
   * {@code <id>~<16 hex digits>} (see {@link ArticleIds#variant}). A record with the same id and
   * the same text is not an article but a {@link RejectReason#DUPLICATE_ID} reject.
   */
  DUPLICATE_ID,
  /**
   * The record's own id was longer than {@value ArticleIds#MAX_ID_CHARS} characters and was
   * replaced by a hash of it ({@link ArticleIds#ofLongId}).
   */
  ID_REPLACED,
  /**
   * The file had more articles than the reader records ids for; this article's id was checked
   * against the earlier ones but not recorded, so a later repeat of it in the same file is left to
   * the job's check across all records.
   */
  ID_NOT_TRACKED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
