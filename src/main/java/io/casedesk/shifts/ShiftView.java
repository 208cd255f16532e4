package io.casedesk.shifts;

import java.time.Instant;
import java.util.List;

/** Shifts as the API shows them. */
public final class ShiftView {

  private ShiftView() {}

  /** A shift team: its daily start in its own time zone. */
  public record Team(String name, String timeZone, String start, String dutyManager, String teamGroup) {

    static Team of(Shift shift) {
      return new Team(shift.name(), shift.timeZone().getId(), shift.start().toString(), shift.dutyManager(),
          shift.teamGroup());
    }
  }

  /** The shift on duty: since when, until when, and who takes over then. */
  public record OnDuty(String shift, String timeZone, String dutyManager, String teamGroup, Instant startedAt,
      Instant endsAt, Turnover next) {

    static OnDuty of(ShiftSchedule.Duty duty, ShiftSchedule.Duty next) {
      return new OnDuty(duty.name(), duty.timeZone().getId(), duty.dutyManager(), duty.shift().teamGroup(),
          duty.startedAt(), duty.endsAt(), Turnover.of(next));
    }
  }

  /** A turnover: at this instant {@code shift} takes over. */
  public record Turnover(Instant at, String shift, String dutyManager) {

    static Turnover of(ShiftSchedule.Duty duty) {
      return new Turnover(duty.startedAt(), duty.name(), duty.dutyManager());
    }
  }

  public record Schedule(OnDuty onDuty, List<Team> shifts, List<Turnover> upcoming) {}
}
