package io.casedesk.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The hours a customer's contract covers, in the customer's time zone: covered days of the week, one daily
 * window (from a local time, for a length), and public holidays that are not covered. SLA time counts only
 * inside these windows. Local times are turned into instants day by day, so daylight-saving changes fall out
 * of the time-zone rules: a window from 08:00 is at 08:00 wall-clock time on both sides of a switch.
 */
public record CoverageCalendar(String id, ZoneId zone, Set<DayOfWeek> days, LocalTime from, Duration length,
    Holidays holidays) {

  /** No contract covers less than a day a week; past that many days the calendar is empty. */
  private static final int MAX_DAYS_SEARCHED = 3 * 366;

  public CoverageCalendar {
    if (days.isEmpty() || length.isZero() || length.isNegative() || length.compareTo(Duration.ofHours(24)) > 0) {
      throw new IllegalArgumentException("Calendar " + id + " covers no time: days " + days + ", length " + length);
    }
    days = Set.copyOf(days);
  }

  public static CoverageCalendar roundTheClock(ZoneId zone) {
    return new CoverageCalendar("24x7", zone, Set.of(DayOfWeek.values()), LocalTime.MIDNIGHT, Duration.ofHours(24),
        Holidays.NONE);
  }

  public boolean isRoundTheClock() {
    return days.size() == 7 && length.equals(Duration.ofHours(24)) && holidays.isEmpty();
  }

  /** The instant at which {@code covered} of covered time has passed since {@code start}. */
  public Instant addCovered(Instant start, Duration covered) {
    if (isRoundTheClock()) {
      return start.plus(covered);
    }
    Duration remaining = covered.isNegative() ? Duration.ZERO : covered;
    LocalDate day = start.atZone(zone).toLocalDate().minusDays(1); // a window may begin the day before
    for (int i = 0; i < MAX_DAYS_SEARCHED; i++, day = day.plusDays(1)) {
      if (!isCovered(day)) {
        continue;
      }
      Instant windowStart = windowStart(day);
      Instant windowEnd = windowEnd(day);
      Instant from = start.isAfter(windowStart) ? start : windowStart;
      if (!from.isBefore(windowEnd)) {
        continue;
      }
      Duration available = Duration.between(from, windowEnd);
      if (remaining.compareTo(available) <= 0) {
        return from.plus(remaining);
      }
      remaining = remaining.minus(available);
    }
    throw new IllegalStateException("Calendar " + id + " has no covered time within " + MAX_DAYS_SEARCHED + " days");
  }

  /** How much covered time lies between two instants. */
  public Duration coveredBetween(Instant start, Instant end) {
    if (!end.isAfter(start)) {
      return Duration.ZERO;
    }
    if (isRoundTheClock()) {
      return Duration.between(start, end);
    }
    Duration total = Duration.ZERO;
    LocalDate last = end.atZone(zone).toLocalDate();
    for (LocalDate day = start.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
      if (!isCovered(day)) {
        continue;
      }
      Instant from = max(start, windowStart(day));
      Instant to = min(end, windowEnd(day));
      if (from.isBefore(to)) {
        total = total.plus(Duration.between(from, to));
      }
    }
    return total;
  }

  /** Whether the calendar covers some hours of the day: one of its weekdays, not a public holiday it observes. */
  public boolean isCovered(LocalDate day) {
    return days.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /** The first day of the month the calendar covers; null when it covers none. */
  public LocalDate firstCoveredDay(YearMonth month) {
    for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
      if (isCovered(day)) {
        return day;
      }
    }
    return null;
  }

  private Instant windowStart(LocalDate day) {
    return ZonedDateTime.of(day, from, zone).toInstant();
  }

  private Instant windowEnd(LocalDate day) {
    // the window's end is wall-clock time too: 08:00 + 10 h ends at 18:00 even on a switch day
    return ZonedDateTime.of(day, from, zone).toLocalDateTime().plus(length).atZone(zone).toInstant();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
