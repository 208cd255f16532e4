package io.casedesk.calendar;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Builds the coverage calendar of a case from what its contract says (calendar id, customer time zone,
 * holiday region, weekend cover), as kept in the case's process variables by the entitlement check.
 */
@Component
public class ServiceCalendars {

  public static final String CALENDAR = "coverageCalendar";
  public static final String TIME_ZONE = "timeZone";
  public static final String HOLIDAY_REGION = "holidayRegion";
  public static final String WEEKEND_COVER = "weekendCover";

  private final CalendarProperties properties;
  private final PublicHolidays publicHolidays;

  public ServiceCalendars(CalendarProperties properties, PublicHolidays publicHolidays) {
    this.properties = properties;
    this.publicHolidays = publicHolidays;
  }

  public CoverageCalendar of(String calendarId, String timeZone, String holidayRegion, boolean weekendCover) {
    ZoneId zone = timeZone == null || timeZone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(timeZone);
    CalendarProperties.Coverage coverage = calendarId == null ? null : properties.coverage().get(calendarId);
    if (coverage == null) {
      return CoverageCalendar.roundTheClock(zone);
    }
    Set<DayOfWeek> days = EnumSet.copyOf(coverage.days());
    if (weekendCover) {
      days.add(DayOfWeek.SATURDAY);
      days.add(DayOfWeek.SUNDAY);
    }
    Holidays holidays = coverage.observesHolidays() ? publicHolidays.of(holidayRegion) : Holidays.NONE;
    return new CoverageCalendar(calendarId, zone, days, coverage.from(), coverage.length(), holidays);
  }

  /** The calendar of the case whose variables these are; round the clock in UTC when nothing is known. */
  public CoverageCalendar of(VariableScope scope) {
    Object weekend = scope.getVariable(WEEKEND_COVER);
    return of(string(scope, CALENDAR), string(scope, TIME_ZONE), string(scope, HOLIDAY_REGION),
        weekend instanceof Boolean b && b);
  }

  public CalendarProperties properties() {
    return properties;
  }

  public PublicHolidays publicHolidays() {
    return publicHolidays;
  }

  private static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
