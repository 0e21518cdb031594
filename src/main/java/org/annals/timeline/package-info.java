/**
 * From mentions to the tables researchers read: the {@code timeline} (one row per real-world event,
 * however often it was reported), the {@code dyads} (how pairs of actors dealt with each other per
 * week, month, quarter and year, with sentiment intervals) and the {@code key_dates}.
 *
 * <p>Everything here is plain Java, deterministic and free of Spark, shaped for grouped operations:
 * the job groups mentions by {@link org.annals.timeline.TimelineMerger#blockingKey} and calls
 * {@link org.annals.timeline.TimelineMerger#merge} per block; it groups {@link
 * org.annals.timeline.DyadObservation}s by the {@link org.annals.timeline.DyadKey}s of {@link
 * org.annals.timeline.DyadPeriod#keys} and calls {@link org.annals.timeline.DyadPeriod#aggregate}
 * per key; it reduces {@link org.annals.timeline.DateEvidence} by date with {@link
 * org.annals.timeline.DateEvidence#merge} and ranks the per-date records on the driver with {@link
 * org.annals.timeline.KeyDateRanker}.
 */
package org.annals.timeline;
