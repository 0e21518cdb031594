package org.annals.time;

import java.io.Serializable;

/**
 * When an event happened according to the text.
 *
 * @param interval the interval, or null when {@code basis} is {@link DateBasis#UNKNOWN}
 * @param basis how the date is known
 * @param text the temporal expression it came from ("last November"), empty when none
 */
public record EventDate(DateInterval interval, DateBasis basis, String text)
    implements Serializable {

  public static EventDate unknown() {
    return new EventDate(null, DateBasis.UNKNOWN, "");
  }
}
