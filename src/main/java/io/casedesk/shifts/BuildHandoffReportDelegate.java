package io.casedesk.shifts;

import static io.casedesk.shifts.HandoffVariables.*;

import io.casedesk.process.EngineClock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A turnover: the report of what the outgoing shift hands over is built and kept, and the hand-off tasks get
 * their assignees and the report to show. The shifts are those around the latest turnover, so a timer that
 * fires late still hands over to the shift now on duty.
 */
@Component("buildHandoffReport")
public class BuildHandoffReportDelegate implements JavaDelegate {

  static final String NO_NOTES = "None: the outgoing duty manager wrote no notes.";

  private final ShiftSchedule schedule;
  private final HandoffReportBuilder builder;
  private final HandoffRepository handoffs;

  public BuildHandoffReportDelegate(ShiftSchedule schedule, HandoffReportBuilder builder, HandoffRepository handoffs) {
    this.schedule = schedule;
    this.builder = builder;
    this.handoffs = handoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ShiftSchedule.Duty incoming = schedule.onDuty(EngineClock.now());
    ShiftSchedule.Duty outgoing = schedule.before(incoming);
    HandoffReport report = builder.build(outgoing, incoming);
    long id = handoffs.insert(report, execution.getProcessInstanceId());
    String summary = HandoffSummary.of(id, report);
    handoffs.setSummary(id, summary);

    execution.setProcessBusinessKey("handoff-" + id);
    execution.setVariable(HANDOFF_ID, id);
    execution.setVariable(TURNOVER_AT, Date.from(incoming.startedAt()));
    execution.setVariable(OUTGOING_SHIFT, outgoing.name());
    execution.setVariable(OUTGOING_MANAGER, outgoing.dutyManager());
    execution.setVariable(INCOMING_SHIFT, incoming.name());
    execution.setVariable(INCOMING_MANAGER, incoming.dutyManager());
    execution.setVariable(HANDOFF_REPORT, summary);
    execution.setVariable(SHIFT_NOTES, NO_NOTES);
  }
}
