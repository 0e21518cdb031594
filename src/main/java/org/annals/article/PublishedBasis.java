package org.annals.article;

import java.util.Locale;

/** Where an article's publication date came from. Written lower-case in the output tables. */
public enum PublishedBasis {
  /** A date field of the record (JSON {@code date_publish}, an HTML meta tag, a WARC date). */
  METADATA,
  /** A date line in the text itself ("Posted: April 23, 2012 in ..."). */
  TEXT,
  /** A malformed metadata date from which the day could still be recovered. */
  RECOVERED,
  /** No usable date. */
  UNKNOWN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
