package org.annals.article;

import java.util.Locale;

/** Why an input record was rejected. Written lower-case in {@code rejects} and the manifest. */
public enum RejectReason {
  /** The record has no article text after cleaning. */
  EMPTY_TEXT,
  /** A JSON line that does not parse (truncated, invalid syntax). */
  MALFORMED_JSON,
  /** A JSON line that parses but is not an object. */
  NOT_AN_OBJECT,
  /** Bytes that are not text (NUL bytes, binary content). */
  BINARY_CONTENT,
  /** A record or line over the configured size limit. */
  TOO_LARGE,
  /** A file that has no records at all. */
  EMPTY_FILE,
  /** A file or record that could not be read (I/O error, corrupt gzip, unknown format). */
  UNREADABLE,
  /** A WARC record that holds no HTML article (redirects, errors, non-HTML payloads). */
  NOT_AN_ARTICLE,
  /**
   * Another record with the same article id and the same text was read first (in a file by
   * position; across files by input path, then position). See {@link ArticleIds}.
   */
  DUPLICATE_ID,
  /** The language core failed on this record; the job went on without it. */
  ANALYSIS_FAILED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
