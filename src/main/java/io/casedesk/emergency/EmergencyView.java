package io.casedesk.emergency;

import java.time.Instant;
import java.util.List;

/**
 * A red flag as the API shows it. Customers get its status and times only (the other fields are left out):
 * not the criterion, the acknowledgements or the root-cause report.
 */
public record EmergencyView(
    String redFlagNumber,
    RedFlagStatus status,
    String caseNumber,
    String company,
    String criterion,
    String description,
    Boolean declaredAutomatically,
    String declaredBy,
    Instant declaredAt,
    String productGroup,
    List<RedFlag.Acknowledgement> acknowledgements,
    int statusUpdates,
    Instant lastStatusUpdateAt,
    String lastProgress,
    String restoredBy,
    Instant restoredAt,
    Report report,
    Instant closedAt) {

  /** The root-cause report and its review. */
  public record Report(Instant due, Instant overdueAt, String rootCause, String correctiveActions, String submittedBy,
      Instant submittedAt, int rejections, String reviewNote, String acceptedBy, Instant acceptedAt) {}

  static EmergencyView forStaff(RedFlag f, List<RedFlag.Acknowledgement> acknowledgements) {
    return new EmergencyView(f.number(), f.status(), f.caseNumber(), f.company(), f.criterion(), f.description(),
        f.declaredAutomatically(), f.declaredBy(), f.declaredAt(), f.productGroup(), acknowledgements,
        f.statusUpdates(), f.lastStatusUpdateAt(), f.lastProgress(), f.restoredBy(), f.restoredAt(),
        new Report(f.reportDue(), f.reportOverdueAt(), f.rootCause(), f.correctiveActions(), f.reportSubmittedBy(),
            f.reportSubmittedAt(), f.reportRejections(), f.reviewNote(), f.reportAcceptedBy(), f.reportAcceptedAt()),
        f.closedAt());
  }

  /** What the customer was told anyway: status, times, and the progress sent in the status updates. */
  static EmergencyView forCustomer(RedFlag f) {
    return new EmergencyView(f.number(), f.status(), f.caseNumber(), f.company(), null, null, null, null,
        f.declaredAt(), null, null, f.statusUpdates(), f.lastStatusUpdateAt(), f.lastProgress(), null,
        f.restoredAt(), null, f.closedAt());
  }
}
