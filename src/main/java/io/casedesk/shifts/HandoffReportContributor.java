package io.casedesk.shifts;

import java.time.Instant;

/**
 * Extension point of the hand-off report: a Spring bean implementing this adds a section to every report, e.g.
 * the active emergencies (listed with the hot issues) or committed backbone-provider tickets. Runs in the
 * transaction of the hand-off process; return {@code null} to add nothing.
 */
public interface HandoffReportContributor {

  /**
   * The section for a turnover at {@code turnoverAt}; the outgoing shift was on duty from {@code outgoingFrom}.
   */
  HandoffReport.Section section(Instant outgoingFrom, Instant turnoverAt);
}
