package io.casedesk.shifts;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of {@code shift-handoff.bpmn}; the forms in forms/ use the same names. */
final class HandoffVariables {

  static final String HANDOFF_ID = "handoffId";
  static final String TURNOVER_AT = "turnoverAt";
  static final String OUTGOING_SHIFT = "outgoingShift";
  static final String OUTGOING_MANAGER = "outgoingManager";
  static final String INCOMING_SHIFT = "incomingShift";
  static final String INCOMING_MANAGER = "incomingManager";
  /** The report as the forms show it (Markdown, at most 4000 characters). */
  static final String HANDOFF_REPORT = "handoffReport";
  /** The outgoing manager's notes as the acknowledgement form shows them. */
  static final String SHIFT_NOTES = "shiftNotes";
  /** What the outgoing manager types into the notes form. */
  static final String OUTGOING_NOTES = "outgoingNotes";
  static final String ACKNOWLEDGEMENT_COMMENT = "acknowledgementComment";

  private HandoffVariables() {}

  static long handoffId(VariableScope scope) {
    return ((Number) scope.getVariable(HANDOFF_ID)).longValue();
  }

  static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
