package org.annals.timeline;

import java.io.Serializable;
import org.annals.mention.EventMention;

/**
 * What one mention tells a dyad period: which event it reports, its tone and the kind of event.
 *
 * @param eventId the timeline event the mention belongs to
 * @param mentionId the mention
 * @param sentiment tone of the mention, [-1, 1]
 * @param goldstein Goldstein value of its CAMEO code, -10..10
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 */
public record DyadObservation(
    String eventId, String mentionId, double sentiment, double goldstein, int quadClass)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public static DyadObservation of(EventMention m, String eventId) {
    return new DyadObservation(eventId, m.mentionId(), m.sentiment(), m.goldstein(), m.quadClass());
  }
}
