package io.casedesk.emergency;

import java.time.Instant;

/** A red flag as stored in table {@code red_flag}. */
public record RedFlag(
    String number,
    String processInstanceId,
    String caseNumber,
    String company,
    RedFlagStatus status,
    String criterion,
    String description,
    boolean declaredAutomatically,
    String productGroup,
    String declaredBy,
    Instant declaredAt,
    int statusUpdates,
    Instant lastStatusUpdateAt,
    String lastProgress,
    String restoredBy,
    Instant restoredAt,
    Instant reportDue,
    Instant reportOverdueAt,
    String rootCause,
    String correctiveActions,
    String reportSubmittedBy,
    Instant reportSubmittedAt,
    int reportRejections,
    String reviewNote,
    String reportAcceptedBy,
    Instant reportAcceptedAt,
    Instant closedAt) {

  public boolean isOpen() {
    return status != RedFlagStatus.CLOSED;
  }

  /** An on-duty role phoned about the red flag. */
  public record Acknowledgement(String dutyRole, String group, Instant alertedAt, String escalatedTo,
      Instant escalatedAt, String acknowledgedBy, Instant acknowledgedAt) {}
}
