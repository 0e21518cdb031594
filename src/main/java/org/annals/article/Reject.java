package org.annals.article;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input record that did not become an {@link Article}, with the reason. Every record read ends
 * up as exactly one article or one reject, so the manifest's counts add up.
 *
 * @param inputPath the file the record came from
 * @param position line number (1-based) for line formats, byte offset for WARC records and for the
 *     objects of a JSON document (array), 0 for whole files
 * @param reason a stable machine-readable reason code, see {@link RejectReason}
 * @param detail a human-readable explanation (parser message, sizes)
 * @param excerpt the first characters of the record, control characters replaced
 */
public record Reject(
    String inputPath, long position, RejectReason reason, String detail, String excerpt)
    implements Serializable {

  public static final int EXCERPT_CHARS = 200;

  public Reject {
    Objects.requireNonNull(reason, "reason");
    inputPath = inputPath == null ? "" : inputPath;
    detail = detail == null ? "" : detail;
    excerpt = excerpt(excerpt);
  }

  /** Shortens raw record text to a printable excerpt. */
  public static String excerpt(CharSequence raw) {
    if (raw == null) {
      return "";
    }
    int n = Math.min(raw.length(), EXCERPT_CHARS);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      b.append(Character.isISOControl(c) || c == '\uFFFD' ? ' ' : c);
    }
    return b.toString();
  }
}
