package io.casedesk.shifts;

import io.casedesk.process.EngineClock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The hand-off's start timer keeps the turnover it was computed for until it fires. When the shifts were
 * changed in the configuration since, it is moved at start-up to the next turnover of the new shifts, so that
 * no hand-off starts at a time that is no longer a turnover. An overdue timer is left alone: it fires at once
 * and hands over to the shift now on duty.
 */
@Component
class TurnoverTimerAlignment {

  private static final Logger log = LoggerFactory.getLogger(TurnoverTimerAlignment.class);

  private final ManagementService managementService;
  private final ShiftSchedule schedule;

  TurnoverTimerAlignment(ManagementService managementService, ShiftSchedule schedule) {
    this.managementService = managementService;
    this.schedule = schedule;
  }

  @EventListener(ApplicationReadyEvent.class)
  void align() {
    Instant now = EngineClock.now();
    Instant next = schedule.nextTurnoverAfter(now);
    for (Job timer : managementService.createJobQuery().processDefinitionKey("shift-handoff").timers().list()) {
      Instant due = timer.getDuedate().toInstant();
      if (timer.getProcessInstanceId() != null || !due.isAfter(now) || due.equals(next)) {
        continue;
      }
      try {
        managementService.setJobDuedate(timer.getId(), Date.from(next));
        log.info("Shift hand-off timer moved from {} to the next turnover of the configured shifts, {}", due, next);
      } catch (OptimisticLockingException e) {
        log.debug("Another node moved the shift hand-off timer at the same time", e);
      }
    }
  }
}
