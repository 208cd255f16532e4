package io.casedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageCalendarTest {

  static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  static CoverageCalendar businessHours(ZoneId zone, Set<LocalDate> holidays) {
    return new CoverageCalendar("8x5", zone, WEEKDAYS, LocalTime.of(8, 0), Duration.ofHours(10), Holidays.of(holidays));
  }

  static Instant at(ZoneId zone, String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  @Test
  void fridayEveningPlusTwoHoursIsMondayHalfPastNine() {
    var calendar = businessHours(BUDAPEST, Set.of());
    assertThat(calendar.addCovered(at(BUDAPEST, "2026-11-20T17:30"), Duration.ofHours(2)))
        .isEqualTo(at(BUDAPEST, "2026-11-23T09:30"));
  }

  @Test
  void aHolidayIsSkipped() {
    var calendar = businessHours(BUDAPEST, Set.of(LocalDate.parse("2026-11-23")));
    assertThat(calendar.addCovered(at(BUDAPEST, "2026-11-20T17:30"), Duration.ofHours(2)))
        .isEqualTo(at(BUDAPEST, "2026-11-24T09:30"));
  }

  @Test
  void aSaturdayCaseStartsItsClockOnMondayMorning() {
    var calendar = businessHours(BUDAPEST, Set.of());
    assertThat(calendar.addCovered(at(BUDAPEST, "2026-11-21T11:00"), Duration.ofMinutes(30)))
        .isEqualTo(at(BUDAPEST, "2026-11-23T08:30"));
    assertThat(calendar.coveredBetween(at(BUDAPEST, "2026-11-21T11:00"), at(BUDAPEST, "2026-11-23T08:00")))
        .isZero();
  }

  @Test
  void businessHoursKeepTheirWallClockTimeAcrossDaylightSavingChanges() {
    var calendar = businessHours(BUDAPEST, Set.of());
    // spring forward in the night to Sunday 29 March 2026; autumn back to Sunday 25 October 2026
    assertThat(calendar.addCovered(at(BUDAPEST, "2026-03-27T17:30"), Duration.ofHours(2)))
        .isEqualTo(at(BUDAPEST, "2026-03-30T09:30"));
    assertThat(calendar.addCovered(at(BUDAPEST, "2026-10-23T17:30"), Duration.ofHours(2)))
        .isEqualTo(at(BUDAPEST, "2026-10-26T09:30"));
    var la = businessHours(LOS_ANGELES, Set.of());
    assertThat(la.addCovered(at(LOS_ANGELES, "2026-03-06T17:00"), Duration.ofHours(3)))
        .isEqualTo(at(LOS_ANGELES, "2026-03-09T10:00"));
    assertThat(la.addCovered(at(LOS_ANGELES, "2026-10-30T17:00"), Duration.ofHours(3)))
        .isEqualTo(at(LOS_ANGELES, "2026-11-02T10:00"));
  }

  @Test
  void roundTheClockCountsRealElapsedTimeOverTheSwitch() {
    var calendar = CoverageCalendar.roundTheClock(BUDAPEST);
    // 00:30 on Sunday + 2 h of real time: the clocks jump from 02:00 to 03:00, so the wall clock shows 03:30
    assertThat(calendar.addCovered(at(BUDAPEST, "2026-03-29T00:30"), Duration.ofHours(2)).atZone(BUDAPEST)
        .toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T03:30"));
  }

  /** Many random starts, durations and calendars, against a reference that counts covered minutes one by one. */
  @Test
  void agreesWithAMinuteByMinuteReference() {
    Random random = new Random(20261121);
    List<ZoneId> zones = List.of(BUDAPEST, LOS_ANGELES, ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"),
        ZoneId.of("America/Argentina/Buenos_Aires"));
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 400; i++) {
      ZoneId zone = zones.get(random.nextInt(zones.size()));
      Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      while (days.isEmpty()) {
        for (DayOfWeek day : DayOfWeek.values()) {
          if (random.nextInt(3) > 0) {
            days.add(day);
          }
        }
      }
      LocalTime from = LocalTime.of(random.nextInt(24), random.nextBoolean() ? 0 : 30);
      Duration length = Duration.ofMinutes(30 * (1 + random.nextInt(48)));
      Instant start = base.plus(random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES);
      Set<LocalDate> holidays = Set.of(start.atZone(zone).toLocalDate().plusDays(random.nextInt(5)));
      var calendar = new CoverageCalendar("random", zone, days, from, length, Holidays.of(holidays));
      Duration covered = Duration.ofMinutes(random.nextInt(3 * 24 * 60));

      Instant expected = referenceAddCovered(calendar, start, covered);
      Instant actual = calendar.addCovered(start, covered);
      assertThat(actual).as("%s from %s plus %s", calendar, start, covered).isEqualTo(expected);
      assertThat(calendar.coveredBetween(start, actual)).as("covered time up to the due instant").isEqualTo(covered);
    }
  }

  @Test
  void coveredTimeAddsUpOverAPause() {
    var calendar = businessHours(BUDAPEST, Set.of());
    Instant start = at(BUDAPEST, "2026-11-16T17:00");
    Instant pause = at(BUDAPEST, "2026-11-16T17:30");
    Instant resume = at(BUDAPEST, "2026-11-17T07:00");
    Duration ran = calendar.coveredBetween(start, pause);
    assertThat(ran).isEqualTo(Duration.ofMinutes(30));
    assertThat(calendar.addCovered(resume, Duration.ofHours(2).minus(ran))).isEqualTo(at(BUDAPEST, "2026-11-17T09:30"));
  }

  private static boolean coveredMinute(CoverageCalendar calendar, Instant minute) {
    LocalDate today = minute.atZone(calendar.zone()).toLocalDate();
    for (LocalDate day = today.minusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
      if (!calendar.days().contains(day.getDayOfWeek()) || calendar.holidays().contains(day)) {
        continue;
      }
      ZonedDateTime windowStart = ZonedDateTime.of(day, calendar.from(), calendar.zone());
      Instant end = windowStart.toLocalDateTime().plus(calendar.length()).atZone(calendar.zone()).toInstant();
      if (!minute.isBefore(windowStart.toInstant()) && minute.isBefore(end)) {
        return true;
      }
    }
    return false;
  }

  private static Instant referenceAddCovered(CoverageCalendar calendar, Instant start, Duration covered) {
    long remaining = covered.toMinutes();
    Instant minute = start;
    while (true) {
      if (coveredMinute(calendar, minute)) {
        if (remaining == 0) {
          return minute;
        }
        remaining--;
        if (remaining == 0) {
          return minute.plus(1, ChronoUnit.MINUTES);
        }
      }
      minute = minute.plus(1, ChronoUnit.MINUTES);
    }
  }
}
