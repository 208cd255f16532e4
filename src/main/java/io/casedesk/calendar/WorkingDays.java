package io.casedesk.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Deadlines in working days of the support desk: Monday to Friday, except the holidays of the desk's region
 * ({@code casedesk.calendars.desk-region}). Days are UTC days.
 *
 * <p>Timer expressions call it with the number of days written in the diagram, e.g.
 * {@code ${workingDays.after(goodPartReceivedAt, 'P10D')}}: ten working days after the part arrived, at the
 * same time of day.
 */
@Component("workingDays")
public class WorkingDays {

  private final Holidays holidays;

  @Autowired
  public WorkingDays(CalendarProperties properties, PublicHolidays publicHolidays) {
    this(publicHolidays.of(properties.deskRegion()));
  }

  WorkingDays(Holidays holidays) {
    this.holidays = holidays;
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /**
   * The moment that lies the given number of working days after {@code start}, at the same time of day.
   *
   * @param start  e.g. when the good part arrived
   * @param period an ISO period of days, e.g. {@code P10D}
   */
  public Date after(Date start, String period) {
    return Date.from(after(start.toInstant(), days(period)));
  }

  public Instant after(Instant start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("Working days must not be negative: " + workingDays);
    }
    LocalDateTime at = LocalDateTime.ofInstant(start, ZoneOffset.UTC);
    LocalDate day = at.toLocalDate();
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day.atTime(at.toLocalTime()).toInstant(ZoneOffset.UTC);
  }

  private static int days(String period) {
    Period parsed = Period.parse(period);
    if (parsed.getYears() != 0 || parsed.getMonths() != 0) {
      throw new IllegalArgumentException("Working days are counted in days, e.g. P10D, not " + period);
    }
    return parsed.getDays();
  }
}
