package org.annals.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of the {@code timeline} table as the report shows it. Dates are inclusive; {@code
 * eventDateEnd} equals {@code eventDate} for a day. Text fields hold article text and are escaped
 * where they are written.
 */
public record ReportEvent(
    String eventId,
    LocalDate eventDate,
    LocalDate eventDateEnd,
    String granularity,
    String dateBasis,
    String sourceActor,
    String sourceName,
    String targetActor,
    String targetName,
    String eventCode,
    String eventLabel,
    int quadClass,
    double goldstein,
    String modality,
    double sentiment,
    long nMentions,
    long nArticles,
    long nSources,
    LocalDate firstReported,
    LocalDate lastReported,
    String evidence,
    List<String> articleIds) {

  public ReportEvent {
    articleIds = List.copyOf(articleIds);
  }

  /** Last day of the event's interval. */
  public LocalDate lastDay() {
    return eventDateEnd == null ? eventDate : eventDateEnd;
  }

  /** True for events that are planned, possible or negated rather than reported as happened. */
  public boolean unrealised() {
    return !"asserted".equals(modality);
  }

  /** "Tajikistan → Russia", with codes where there is no name; "Tajikistan" with no target. */
  public String dyadName() {
    String source = sourceName == null || sourceName.isBlank() ? sourceActor : sourceName;
    if (targetActor == null || targetActor.isBlank()) {
      return source;
    }
    String target = targetName == null || targetName.isBlank() ? targetActor : targetName;
    return source + " → " + target;
  }

  /** "TJKGOV → RUS". */
  public String dyadCodes() {
    return targetActor == null || targetActor.isBlank()
        ? sourceActor
        : sourceActor + " → " + targetActor;
  }
}
