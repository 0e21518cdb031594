package org.annals.article;

import java.io.Serializable;

/**
 * Size limits of a reader, enforced while reading so that memory stays bounded by them and not by
 * the input.
 *
 * @param maxRecordBytes the largest record read, in (decompressed) bytes: a JSON line, a JSON array
 *     element, a text or HTML file, a WARC payload. Larger records become one {@link
 *     RejectReason#TOO_LARGE} reject each; their bytes are skipped, never buffered.
 * @param maxTextChars the longest cleaned article text, in chars. Longer texts are cut at the last
 *     paragraph (else sentence, else word) end before the limit and flagged {@link
 *     ArticleFlag#TRUNCATED}, so that later stages work within a bounded budget.
 */
public record ReadLimits(int maxRecordBytes, int maxTextChars) implements Serializable {

  /** 8 MiB records, 1,000,000-char texts (ten times the longest ordinary news story). */
  public static final ReadLimits DEFAULTS = new ReadLimits(8 << 20, 1_000_000);

  public ReadLimits {
    if (maxRecordBytes < 1024) {
      throw new IllegalArgumentException("maxRecordBytes must be at least 1024: " + maxRecordBytes);
    }
    if (maxTextChars < 100) {
      throw new IllegalArgumentException("maxTextChars must be at least 100: " + maxTextChars);
    }
  }
}
