package org.annals.event;

import java.util.Locale;

/** Whether an event happened according to the text. Written lower-case in the output tables. */
public enum Modality {
  /** Reported as having happened or happening ("was jailed", "said"). */
  ASSERTED,
  /** Scheduled, intended or due ("are due to pull out", "will meet", "plans to"). */
  PLANNED,
  /** Possible, conditional or speculative ("could contribute", "might seek"). */
  POSSIBLE,
  /**
   * Denied or explicitly not happening ("have not voiced", "failed to reach", "refused to release",
   * "denied that its troops attacked", "rejected claims that it invaded").
   */
  NEGATED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
