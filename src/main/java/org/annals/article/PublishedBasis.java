package org.annals.article;

import java.util.Locale;

/** Where an article's publication date came from. Written lower-case in the output tables. */
public enum PublishedBasis {
  /** A date field of the record (JSON {@code date_publish}, an HTML meta tag or {@code <time>}). */
  METADATA,
  /**
   * The crawl's WARC-Date: when the page was captured (its UTC day), not the page's own date. A
   * stand-in for a WARC record whose page states no date; the page may have been published long
   * before it was captured.
   */
  CAPTURE,
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
