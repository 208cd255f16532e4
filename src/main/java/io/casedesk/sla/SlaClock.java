package io.casedesk.sla;

import io.casedesk.process.EngineClock;
import io.casedesk.calendar.ServiceCalendars;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The SLA clock of a case, kept in process variables: whether it runs, when the current running stretch
 * began, and how much running time went before it. Paused time (waiting for the customer) does not count.
 *
 * <p>The diagram's timers ask it when a duration from the SLA decision tables runs out
 * ({@code ${slaClock.dueAfter(execution, escalateToEngineerAfter)}}); the durations themselves stay in DMN.
 * Time counts on the case's coverage calendar: an 8x5 contract's clock runs only in its business hours.
 */
@Component("slaClock")
public class SlaClock {

  public static final String STATE = "slaState";
  public static final String ELAPSED_MILLIS = "slaElapsedMillis";
  public static final String SEGMENT_START = "slaSegmentStart";

  public enum State { RUNNING, PAUSED, REPLANNING, STOPPED }

  private final ServiceCalendars calendars;

  public SlaClock(ServiceCalendars calendars) {
    this.calendars = calendars;
  }

  /** When the given SLA duration runs out, counting only the time the clock has run. */
  public Date dueAfter(VariableScope scope, String isoDuration) {
    return Date.from(dueAt(scope, isoDuration));
  }

  public Instant dueAt(VariableScope scope, String isoDuration) {
    Duration remaining = Duration.parse(isoDuration).minusMillis(elapsedMillis(scope));
    Instant from = state(scope) == State.RUNNING ? segmentStart(scope) : EngineClock.now();
    return calendars.of(scope).addCovered(from, remaining);
  }

  /** A plain deadline from now, e.g. for the duty manager's call-back. */
  public Date dueIn(String isoDuration) {
    return Date.from(EngineClock.now().plus(Duration.parse(isoDuration)));
  }

  /** Starts a fresh clock that has been running since {@code since} (the case's opening or reopening). */
  public void start(VariableScope scope, Instant since) {
    scope.setVariable(ELAPSED_MILLIS, 0L);
    scope.setVariable(SEGMENT_START, Date.from(since));
    scope.setVariable(STATE, State.RUNNING.name());
  }

  public void pause(VariableScope scope) {
    if (state(scope) != State.RUNNING) {
      return;
    }
    scope.setVariable(ELAPSED_MILLIS, runningMillis(scope));
    scope.setVariable(STATE, State.PAUSED.name());
  }

  public void resume(VariableScope scope) {
    if (state(scope) != State.PAUSED) {
      return;
    }
    scope.setVariable(SEGMENT_START, EngineClock.nowAsDate());
    scope.setVariable(STATE, State.RUNNING.name());
  }

  /** Asks a running clock to take new targets: the diagram restarts it, keeping the time already run. */
  public void replan(VariableScope scope) {
    if (state(scope) == State.RUNNING) {
      scope.setVariable(STATE, State.REPLANNING.name());
    }
  }

  public void restartAfterReplan(VariableScope scope) {
    scope.setVariable(ELAPSED_MILLIS, runningMillis(scope));
    scope.setVariable(SEGMENT_START, EngineClock.nowAsDate());
    scope.setVariable(STATE, State.RUNNING.name());
  }

  public void stop(VariableScope scope) {
    scope.setVariable(STATE, State.STOPPED.name());
  }

  public boolean isPaused(VariableScope scope) {
    return state(scope) == State.PAUSED;
  }

  /** SLA time run so far: only the time the contract covers counts. */
  private long runningMillis(VariableScope scope) {
    long before = elapsedMillis(scope);
    State state = state(scope);
    if (state == State.RUNNING || state == State.REPLANNING) {
      before += calendars.of(scope).coveredBetween(segmentStart(scope), EngineClock.now()).toMillis();
    }
    return before;
  }

  private static State state(VariableScope scope) {
    Object value = scope.getVariable(STATE);
    return value == null ? State.STOPPED : State.valueOf(value.toString());
  }

  private static long elapsedMillis(VariableScope scope) {
    Object value = scope.getVariable(ELAPSED_MILLIS);
    return value instanceof Number n ? n.longValue() : 0L;
  }

  private static Instant segmentStart(VariableScope scope) {
    Object value = scope.getVariable(SEGMENT_START);
    return value instanceof Date d ? d.toInstant() : EngineClock.now();
  }
}
