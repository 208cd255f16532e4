package io.casedesk.shifts;

import java.time.Instant;
import java.util.List;

/**
 * What the outgoing shift hands to the incoming one, built at the turnover: hot issues (open P1/P2), the active
 * cases with their next due time, committed vendor support, the escalations of the outgoing shift, and the
 * sections {@link HandoffReportContributor}s add (active emergencies, backbone tickets, ...).
 */
public record HandoffReport(
    Instant turnoverAt,
    Turn outgoing,
    Turn incoming,
    List<CaseLine> hotIssues,
    List<CaseLine> activeCases,
    List<CaseLine> vendorSupport,
    List<EscalationLine> escalations,
    List<Section> more) {

  /** A shift's turn on duty, as the report names it. */
  public record Turn(String shift, String dutyManager, String timeZone, Instant from, Instant until) {

    static Turn of(ShiftSchedule.Duty duty) {
      return new Turn(duty.name(), duty.dutyManager(), duty.timeZone().getId(), duty.startedAt(), duty.endsAt());
    }
  }

  /**
   * A case as the report lists it. {@code nextDue} is the first-response due time until the first response,
   * then the resolution due time; none while the SLA clock is paused.
   */
  public record CaseLine(String caseNumber, String priority, String status, String subject, String company,
      String assignee, Instant nextDue, String vendorCaseNumber) {}

  public record EscalationLine(String caseNumber, String priority, Instant at, String kind, String detail) {}

  /** A section a {@link HandoffReportContributor} adds: a title and one line per item. */
  public record Section(String title, List<String> items) {

    public Section {
      items = items == null ? List.of() : List.copyOf(items);
    }
  }
}
