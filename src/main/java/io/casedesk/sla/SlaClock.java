package io.casedesk.sla;

import io.casedesk.calendar.CoverageCalendar;
import io.casedesk.calendar.ServiceCalendars;
import io.casedesk.process.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The SLA clock of a case. The diagram says when it starts, holds, resumes, restarts with new targets and stops
 * (the "Start SLA clock" step and the "Hold/Resume/Stop SLA clock" and "SLA targets changed" events call it);
 * this class keeps the count in two process variables once the clock has been held or re-planned: the running
 * time banked so far, and since when it runs (null while held). A fresh clock stores nothing: it runs from when
 * the case was reported or reopened, which the case's row tells. Only the hours the contract's coverage calendar
 * covers count.
 *
 * <p>The escalation timers ask when a duration from the escalation matrix runs out
 * ({@code ${slaClock.dueAfter(execution, escalateToEngineerAfter)}}); the durations stay in DMN.
 */
@Component("slaClock")
public class SlaClock {

  public static final String ELAPSED_MILLIS = "slaElapsedMillis";
  public static final String RUNNING_SINCE = "slaRunningSince";

  private final ClockedCase cases;
  private final ServiceCalendars calendars;

  public SlaClock(ClockedCase cases, ServiceCalendars calendars) {
    this.cases = cases;
    this.calendars = calendars;
  }

  /** A fresh clock, running since the case was reported (or reopened): a reopened case's clock forgets its count. */
  public void start(DelegateExecution execution) {
    execution.removeVariables(List.of(ELAPSED_MILLIS, RUNNING_SINCE));
  }

  /** The clock stops counting; the time it ran is kept. */
  public void hold(DelegateExecution execution) {
    if (isHeld(execution)) {
      return;
    }
    execution.setVariable(ELAPSED_MILLIS, runningMillis(execution));
    execution.setVariable(RUNNING_SINCE, null);
  }

  /** The clock counts again, from now, with the time it had left. */
  public void resume(DelegateExecution execution) {
    if (isHeld(execution)) {
      execution.setVariable(RUNNING_SINCE, EngineClock.nowAsDate());
    }
  }

  /** New targets for a running clock: the time run so far is banked, the escalation timers are set anew. */
  public void restart(DelegateExecution execution) {
    if (!isHeld(execution)) {
      execution.setVariable(ELAPSED_MILLIS, runningMillis(execution));
      execution.setVariable(RUNNING_SINCE, EngineClock.nowAsDate());
    }
  }

  /** The case is closed: the clock ends held. */
  public void stop(DelegateExecution execution) {
    hold(execution);
  }

  /** When the given SLA duration runs out, counting only the time the clock has run. */
  public Date dueAfter(DelegateExecution execution, String isoDuration) {
    return Date.from(dueAt(execution, isoDuration));
  }

  public Instant dueAt(DelegateExecution execution, String isoDuration) {
    return dueAt(execution, List.of(isoDuration)).get(0);
  }

  /** When each of the given SLA durations runs out; the case's calendar is looked up once for all of them. */
  public List<Instant> dueAt(DelegateExecution execution, List<String> isoDurations) {
    long elapsed = elapsedMillis(execution);
    Instant from = isHeld(execution) ? EngineClock.now() : runningSince(execution);
    CoverageCalendar calendar = calendar(execution);
    return isoDurations.stream()
        .map(iso -> calendar.addCovered(from, Duration.parse(iso).minusMillis(elapsed)))
        .toList();
  }

  /** A plain deadline from now, e.g. for the duty manager's call-back. */
  public Date dueIn(String isoDuration) {
    return Date.from(EngineClock.now().plus(Duration.parse(isoDuration)));
  }

  public boolean isHeld(VariableScope scope) {
    return scope.hasVariable(RUNNING_SINCE) && !(scope.getVariable(RUNNING_SINCE) instanceof Date);
  }

  /** SLA time run so far: only the time the contract covers counts. */
  private long runningMillis(DelegateExecution execution) {
    long before = elapsedMillis(execution);
    if (!isHeld(execution)) {
      before += calendar(execution).coveredBetween(runningSince(execution), EngineClock.now()).toMillis();
    }
    return before;
  }

  private CoverageCalendar calendar(DelegateExecution execution) {
    return calendars.ofContract(cases.contractId(execution.getProcessBusinessKey()));
  }

  private static long elapsedMillis(VariableScope scope) {
    Object value = scope.getVariable(ELAPSED_MILLIS);
    return value instanceof Number n ? n.longValue() : 0L;
  }

  private Instant runningSince(DelegateExecution execution) {
    return execution.getVariable(RUNNING_SINCE) instanceof Date since ? since.toInstant()
        : cases.clockStartsAt(execution.getProcessBusinessKey());
  }
}
