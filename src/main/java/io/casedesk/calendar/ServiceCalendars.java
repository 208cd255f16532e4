package io.casedesk.calendar;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Builds the coverage calendar of a case from what its contract says (calendar id, customer time zone,
 * holiday region, weekend cover).
 */
@Component
public class ServiceCalendars {

  private final CalendarProperties properties;
  private final PublicHolidays publicHolidays;
  private final ContractCoverage coverage;

  public ServiceCalendars(CalendarProperties properties, PublicHolidays publicHolidays, ContractCoverage coverage) {
    this.properties = properties;
    this.publicHolidays = publicHolidays;
    this.coverage = coverage;
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

  /** The calendar a contract's cases count on; round the clock in UTC for an unknown contract. */
  public CoverageCalendar ofContract(String contractId) {
    return coverage.of(contractId)
        .map(c -> of(c.calendar(), c.timeZone(), c.holidayRegion(), c.weekendCover()))
        .orElseGet(() -> of(null, null, null, false));
  }

  public CalendarProperties properties() {
    return properties;
  }

  public PublicHolidays publicHolidays() {
    return publicHolidays;
  }

}
