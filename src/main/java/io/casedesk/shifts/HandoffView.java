package io.casedesk.shifts;

import java.time.Instant;

/** A kept hand-off as the API shows it. */
public record HandoffView(long id, Instant turnoverAt, String outgoingShift, String outgoingManager,
    String incomingShift, String incomingManager, Notes notes, Acknowledgement acknowledgement, Instant alertedAt,
    String summary, HandoffReport report) {

  public record Notes(String text, String by, Instant at) {}

  public record Acknowledgement(String by, Instant at, String comment) {}

  static HandoffView of(HandoffRepository.Handoff h) {
    return new HandoffView(h.id(), h.turnoverAt(), h.outgoingShift(), h.outgoingManager(), h.incomingShift(),
        h.incomingManager(), notes(h), acknowledgement(h), h.alertedAt(), h.summary(), h.report());
  }

  private static Notes notes(HandoffRepository.Handoff h) {
    return h.notesAt() == null ? null : new Notes(h.notes(), h.notesBy(), h.notesAt());
  }

  private static Acknowledgement acknowledgement(HandoffRepository.Handoff h) {
    return h.acknowledgedAt() == null ? null
        : new Acknowledgement(h.acknowledgedBy(), h.acknowledgedAt(), h.acknowledgementComment());
  }

  /** A hand-off in a list: who, when, how much, whether acknowledged; the report itself by id. */
  public record Summary(long id, Instant turnoverAt, String outgoingShift, String outgoingManager,
      String incomingShift, String incomingManager, int hotIssues, int activeCases, int escalations,
      boolean notesWritten, Acknowledgement acknowledgement, Instant alertedAt) {

    static Summary of(HandoffRepository.Handoff h) {
      HandoffReport r = h.report();
      return new Summary(h.id(), h.turnoverAt(), h.outgoingShift(), h.outgoingManager(), h.incomingShift(),
          h.incomingManager(), r.hotIssues().size(), r.activeCases().size(), r.escalations().size(),
          h.notes() != null, HandoffView.acknowledgement(h), h.alertedAt());
    }
  }
}
