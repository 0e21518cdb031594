package org.annals.time;

import java.util.Locale;

/** How an event's date is known. Written lower-case in the output tables. */
public enum DateBasis {
  /** A fully specified date in the text ("12 March 2012", "in 2014"). */
  EXPLICIT,
  /** An expression resolved against the publication date ("last November", "on Tuesday"). */
  RELATIVE,
  /** An expression resolved against an earlier event in the text ("shortly afterwards"). */
  ANAPHORIC,
  /** No expression governs the event; the date carried over from the surrounding narrative. */
  NARRATIVE,
  /** No expression at all: the publication date as a fallback. */
  PUBLICATION,
  /** Neither an expression nor a usable publication date. */
  UNKNOWN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
