package io.casedesk.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShiftScheduleTest {

  static final List<Shift> DEFAULTS = List.of(
      shift("Bangalore", "Asia/Kolkata", "08:30"),
      shift("Budapest", "Europe/Budapest", "10:00"),
      shift("Buenos Aires", "America/Argentina/Buenos_Aires", "12:00"),
      shift("North America", "America/Los_Angeles", "13:00"));

  final ShiftSchedule schedule = new ShiftSchedule(DEFAULTS);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void defaultShiftsTileTheWinterDayInUtc() {
    assertThat(turnoversOn("2026-01-15")).containsExactly(
        "03:00 Bangalore", "09:00 Budapest", "15:00 Buenos Aires", "21:00 North America");
    ShiftSchedule.Duty budapest = schedule.onDuty(Instant.parse("2026-01-15T12:00:00Z"));
    assertThat(budapest.name()).isEqualTo("Budapest");
    assertThat(budapest.startedAt()).isEqualTo("2026-01-15T09:00:00Z");
    assertThat(budapest.endsAt()).isEqualTo("2026-01-15T15:00:00Z");
    assertThat(schedule.onDuty(Instant.parse("2026-01-15T01:00:00Z")).name())
        .as("North America works through UTC midnight").isEqualTo("North America");
  }

  @Test
  void defaultShiftsTileTheSummerDayInUtc() {
    // Budapest (CEST) and Los Angeles (PDT) take over an hour earlier in UTC; Bangalore and Buenos Aires keep UTC
    assertThat(turnoversOn("2026-07-15")).containsExactly(
        "03:00 Bangalore", "08:00 Budapest", "15:00 Buenos Aires", "20:00 North America");
  }

  @Test
  void budapestTakesOverAtTenLocalTimeAcrossBothDaylightSavingSwitches() {
    // clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026
    assertThat(startOf("Budapest", "2026-03-28")).isEqualTo("2026-03-28T09:00:00Z");
    assertThat(startOf("Budapest", "2026-03-29")).isEqualTo("2026-03-29T08:00:00Z");
    assertThat(startOf("Budapest", "2026-10-24")).isEqualTo("2026-10-24T08:00:00Z");
    assertThat(startOf("Budapest", "2026-10-25")).isEqualTo("2026-10-25T09:00:00Z");
    // so Bangalore's shift is an hour shorter from the switch in March, and an hour longer again in October
    assertThat(lengthOf("2026-03-29T05:00:00Z")).isEqualTo(Duration.ofHours(5));
    assertThat(lengthOf("2026-10-25T05:00:00Z")).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void northAmericaTakesOverAtOnePmLosAngelesTimeAcrossBothDaylightSavingSwitches() {
    // clocks go forward on Sunday 8 March 2026 and back on Sunday 1 November 2026
    assertThat(startOf("North America", "2026-03-07")).isEqualTo("2026-03-07T21:00:00Z");
    assertThat(startOf("North America", "2026-03-08")).isEqualTo("2026-03-08T20:00:00Z");
    assertThat(startOf("North America", "2026-10-31")).isEqualTo("2026-10-31T20:00:00Z");
    assertThat(startOf("North America", "2026-11-01")).isEqualTo("2026-11-01T21:00:00Z");
    assertThat(lengthOf("2026-03-08T16:00:00Z")).as("Buenos Aires on 8 March").isEqualTo(Duration.ofHours(5));
    assertThat(lengthOf("2026-03-08T22:00:00Z")).as("North America on 8 March").isEqualTo(Duration.ofHours(7));
  }

  @Test
  void aStartInsideTheSpringGapMovesForwardAndInsideTheAutumnOverlapCountsOnce() {
    ShiftSchedule night = new ShiftSchedule(List.of(
        shift("Night", "Europe/Budapest", "02:30"), shift("Day", "Europe/Budapest", "14:30")));
    // 02:30 does not exist on 29 March (02:00 -> 03:00): the night shift takes over at 03:30 CEST
    ShiftSchedule.Duty march = night.onDuty(Instant.parse("2026-03-29T02:00:00Z"));
    assertThat(march.name()).isEqualTo("Night");
    assertThat(march.startedAt()).isEqualTo("2026-03-29T01:30:00Z");
    assertThat(march.endsAt()).isEqualTo("2026-03-29T12:30:00Z");
    // 02:30 happens twice on 25 October: the first one counts, and there is no second takeover
    ShiftSchedule.Duty october = night.onDuty(Instant.parse("2026-10-25T01:45:00Z"));
    assertThat(october.name()).isEqualTo("Night");
    assertThat(october.startedAt()).isEqualTo("2026-10-25T00:30:00Z");
    assertThat(october.endsAt()).isEqualTo("2026-10-25T13:30:00Z");
  }

  @Test
  void randomInstantsAgreeWithTheReference() {
    List<List<Shift>> schedules = List.of(DEFAULTS,
        List.of(shift("Night", "Europe/Budapest", "02:30"), shift("Day", "America/Los_Angeles", "01:30")),
        List.of(shift("Lord Howe", "Australia/Lord_Howe", "02:15"), shift("Santiago", "America/Santiago", "00:00"),
            shift("Chatham", "Pacific/Chatham", "02:45"), shift("UTC", "UTC", "12:00")),
        List.of(shift("Alone", "Europe/London", "01:30")));
    Random random = new Random(20260302L);
    Instant from = Instant.parse("2024-01-01T00:00:00Z");
    long span = Duration.between(from, Instant.parse("2031-01-01T00:00:00Z")).toSeconds();
    for (List<Shift> shifts : schedules) {
      ShiftSchedule tested = new ShiftSchedule(shifts);
      for (int i = 0; i < 3000; i++) {
        Instant at = from.plusSeconds((long) (random.nextDouble() * span));
        ShiftSchedule.Duty duty = tested.onDuty(at);
        Reference expected = Reference.at(shifts, at);
        assertThat(duty.shift()).as("on duty at %s", at).isEqualTo(expected.shift());
        assertThat(duty.startedAt()).as("took over before %s", at).isEqualTo(expected.startedAt());
        assertThat(duty.endsAt()).as("next turnover after %s", at).isEqualTo(expected.nextTurnover());
        assertThat(duty.startedAt()).isBeforeOrEqualTo(at);
        assertThat(duty.endsAt()).isAfter(at);
        // contiguous: the next shift starts where this one ends, the previous one ended where this one starts
        assertThat(tested.onDuty(duty.endsAt()).startedAt()).isEqualTo(duty.endsAt());
        assertThat(tested.before(duty).endsAt()).isEqualTo(duty.startedAt());
      }
    }
  }

  @Test
  void theHandoffTimerCycleFiresOnceAtTheNextTurnoverStrictlyAfterNow() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T08:59:59Z")));
    assertThat(schedule.nextTurnoverCycle()).isEqualTo("R1/2026-03-02T09:00:00Z/PT24H");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
    assertThat(schedule.nextTurnoverCycle()).isEqualTo("R1/2026-03-02T15:00:00Z/PT24H");
    assertThat(schedule.onDuty().dutyManager()).isEqualTo("manager-Budapest");
  }

  @Test
  void upcomingTurnoversFollowEachOther() {
    assertThat(schedule.upcoming(Instant.parse("2026-01-15T10:00:00Z"), 4))
        .extracting(d -> d.startedAt() + " " + d.name())
        .containsExactly("2026-01-15T15:00:00Z Buenos Aires", "2026-01-15T21:00:00Z North America",
            "2026-01-16T03:00:00Z Bangalore", "2026-01-16T09:00:00Z Budapest");
  }

  @Test
  void configurationMistakesStopStartUpNamingTheShift() {
    assertThatThrownBy(() -> new ShiftSchedule(new ShiftProperties(List.of())))
        .hasMessageContaining("casedesk.shifts needs at least one shift");
    assertThatThrownBy(() -> new ShiftSchedule(new ShiftProperties(List.of(
        new ShiftProperties.ShiftDefinition("Mars", "Mars/Olympus_Mons", "10:00", "m", null)))))
        .hasMessageContaining("Shift Mars: time-zone 'Mars/Olympus_Mons'");
    assertThatThrownBy(() -> new ShiftSchedule(new ShiftProperties(List.of(
        new ShiftProperties.ShiftDefinition("Paris", "Europe/Paris", "25:00", "m", null)))))
        .hasMessageContaining("Shift Paris: start '25:00'");
    assertThatThrownBy(() -> new ShiftSchedule(new ShiftProperties(List.of(
        new ShiftProperties.ShiftDefinition("Paris", "Europe/Paris", "10:00", " ", null)))))
        .hasMessageContaining("duty-manager (Paris)");
    assertThatThrownBy(() -> new ShiftSchedule(List.of(shift("Paris", "Europe/Paris", "10:00"),
        shift("Paris", "Europe/Paris", "20:00"))))
        .hasMessageContaining("Two shifts named Paris");
  }

  private List<String> turnoversOn(String utcDay) {
    Instant midnight = LocalDate.parse(utcDay).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<String> turnovers = new ArrayList<>();
    for (ShiftSchedule.Duty d : schedule.upcoming(midnight, 8)) {
      if (d.startedAt().isBefore(midnight.plus(Duration.ofDays(1)))) {
        turnovers.add(d.startedAt().atZone(ZoneOffset.UTC).toLocalTime() + " " + d.name());
      }
    }
    return turnovers;
  }

  private Instant startOf(String shiftName, String localDay) {
    Shift shift = DEFAULTS.stream().filter(s -> s.name().equals(shiftName)).findFirst().orElseThrow();
    Instant start = shift.startOn(LocalDate.parse(localDay)).toInstant();
    ShiftSchedule.Duty duty = schedule.onDuty(start);
    assertThat(duty.name()).isEqualTo(shiftName);
    assertThat(duty.startedAt()).isEqualTo(start);
    return start;
  }

  private Duration lengthOf(String at) {
    ShiftSchedule.Duty duty = schedule.onDuty(Instant.parse(at));
    return Duration.between(duty.startedAt(), duty.endsAt());
  }

  static Shift shift(String name, String zone, String start) {
    return new Shift(name, ZoneId.of(zone), LocalTime.parse(start), "manager-" + name, null);
  }

  /** The definition, spelt out: list every start around the instant; the latest at or before it is on duty. */
  record Reference(Shift shift, Instant startedAt, Instant nextTurnover) {

    static Reference at(List<Shift> shifts, Instant at) {
      Shift onDuty = null;
      Instant startedAt = null;
      Instant next = null;
      LocalDate utcDay = at.atZone(ZoneOffset.UTC).toLocalDate();
      for (Shift shift : shifts) {
        for (LocalDate day = utcDay.minusDays(3); !day.isAfter(utcDay.plusDays(3)); day = day.plusDays(1)) {
          Instant start = day.atTime(shift.start()).atZone(shift.timeZone()).toInstant();
          if (!start.isAfter(at) && (startedAt == null || !start.isBefore(startedAt))) {
            onDuty = shift;
            startedAt = start;
          }
          if (start.isAfter(at) && (next == null || start.isBefore(next))) {
            next = start;
          }
        }
      }
      return new Reference(onDuty, startedAt, next);
    }
  }
}
