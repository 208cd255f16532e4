package io.casedesk.shifts;

import io.casedesk.process.EngineClock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which shift is on duty when. Each shift runs from its daily start until the next shift's start, the starts
 * ordered as instants on the timeline, so exactly one shift is on duty at every instant, whatever daylight
 * saving does to the local times. The desk runs every day; weekend coverage is a matter of the customers'
 * service calendars, not of the shifts.
 *
 * <p>BPMN expressions use the no-argument methods, which read the engine clock:
 * {@code ${shiftSchedule.onDuty().dutyManager()}} names the duty manager now.
 */
@Component("shiftSchedule")
public class ShiftSchedule {

  private final List<Shift> shifts;

  @Autowired
  public ShiftSchedule(ShiftProperties properties) {
    this(properties.shifts().stream().map(ShiftSchedule::toShift).toList());
  }

  public ShiftSchedule(List<Shift> shifts) {
    if (shifts.isEmpty()) {
      throw new IllegalStateException("No shifts configured: casedesk.shifts needs at least one shift");
    }
    Set<String> names = new HashSet<>();
    for (Shift shift : shifts) {
      if (!names.add(shift.name())) {
        throw new IllegalStateException("Two shifts named " + shift.name() + " in casedesk.shifts");
      }
    }
    this.shifts = List.copyOf(shifts);
  }

  public List<Shift> shifts() {
    return shifts;
  }

  /** The shift on duty now (engine clock). */
  public Duty onDuty() {
    return onDuty(EngineClock.now());
  }

  /**
   * The shift on duty at {@code at}: the one whose latest start at or before {@code at} is the latest. Should
   * two shifts ever start at the same instant, the one listed later in the configuration takes over.
   */
  public Duty onDuty(Instant at) {
    Shift current = null;
    Instant startedAt = null;
    Instant endsAt = null;
    for (Shift shift : shifts) {
      Instant latestStart = latestStartAtOrBefore(shift, at);
      if (startedAt == null || !latestStart.isBefore(startedAt)) {
        current = shift;
        startedAt = latestStart;
      }
      Instant nextStart = firstStartAfter(shift, at);
      if (endsAt == null || nextStart.isBefore(endsAt)) {
        endsAt = nextStart;
      }
    }
    return new Duty(current, startedAt, endsAt);
  }

  /** The shift that handed over to {@code duty} at its start. */
  public Duty before(Duty duty) {
    return onDuty(duty.startedAt().minusNanos(1));
  }

  /** The first turnover strictly after {@code at}. */
  public Instant nextTurnoverAfter(Instant at) {
    return onDuty(at).endsAt();
  }

  /** The next {@code count} turnovers after {@code at}, each with the shift that takes over. */
  public List<Duty> upcoming(Instant at, int count) {
    List<Duty> duties = new ArrayList<>();
    Instant cursor = at;
    for (int i = 0; i < count; i++) {
      Duty next = onDuty(nextTurnoverAfter(cursor));
      duties.add(next);
      cursor = next.startedAt();
    }
    return duties;
  }

  /**
   * The timer cycle of the hand-off process's start event: fire once, at the next turnover after now (engine
   * clock), e.g. {@code R1/2026-03-02T09:00:00Z/PT24H}. The engine evaluates it again whenever the timer fires
   * ({@code reevaluateTimeCycleWhenDue}), so the next timer falls on the following turnover.
   *
   * <p>An ISO 8601 interval with a UTC instant rather than a cron expression: Camunda 7.24 parses cron
   * expressions in Spring's six-field format, without a year, and in the JVM's default time zone, where a
   * turnover inside a daylight-saving overlap would be ambiguous.
   */
  public String nextTurnoverCycle() {
    return "R1/" + nextTurnoverAfter(EngineClock.now()) + "/PT24H";
  }

  private static Instant latestStartAtOrBefore(Shift shift, Instant at) {
    LocalDate day = at.atZone(shift.timeZone()).toLocalDate();
    // a local day's start may fall on the day before or after in instants (DST at midnight): look around
    for (int offset = 1; offset >= -2; offset--) {
      Instant start = shift.startOn(day.plusDays(offset)).toInstant();
      if (!start.isAfter(at)) {
        return start;
      }
    }
    throw new IllegalStateException("No start of " + shift.name() + " found before " + at);
  }

  private static Instant firstStartAfter(Shift shift, Instant at) {
    LocalDate day = at.atZone(shift.timeZone()).toLocalDate();
    for (int offset = -1; offset <= 2; offset++) {
      Instant start = shift.startOn(day.plusDays(offset)).toInstant();
      if (start.isAfter(at)) {
        return start;
      }
    }
    throw new IllegalStateException("No start of " + shift.name() + " found after " + at);
  }

  private static Shift toShift(ShiftProperties.ShiftDefinition definition) {
    String name = definition.name();
    ZoneId zone;
    LocalTime start;
    try {
      zone = ZoneId.of(definition.timeZone() == null ? "" : definition.timeZone().trim());
    } catch (DateTimeException e) {
      throw new IllegalStateException("Shift " + name + ": time-zone '" + definition.timeZone()
          + "' is not a time zone id such as Europe/Budapest", e);
    }
    try {
      start = LocalTime.parse(definition.start() == null ? "" : definition.start().trim());
    } catch (DateTimeException e) {
      throw new IllegalStateException("Shift " + name + ": start '" + definition.start()
          + "' is not a time of day such as 10:00", e);
    }
    return new Shift(name, zone, start, definition.dutyManager(), definition.teamGroup());
  }

  /** A shift's turn on duty: from {@code startedAt} (its takeover) until {@code endsAt} (the next takeover). */
  public record Duty(Shift shift, Instant startedAt, Instant endsAt) {

    public String name() {
      return shift.name();
    }

    public String dutyManager() {
      return shift.dutyManager();
    }

    public ZoneId timeZone() {
      return shift.timeZone();
    }
  }
}
