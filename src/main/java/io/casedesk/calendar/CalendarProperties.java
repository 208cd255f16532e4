package io.casedesk.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Coverage calendars and public holidays, as operators configure them ({@code casedesk.calendars.*}).
 *
 * @param coverage       calendar id (as named on contracts: 24x7, 5x24, 8x5) -> covered days and daily window
 * @param holidayRegions holiday region (as named on contracts) -> the country, and optionally subdivision, whose
 *                       public holidays it keeps in any year ({@code hu}, {@code us}, {@code de/by}); see
 *                       {@link PublicHolidays}
 * @param holidays       holiday region -> further days off (bridge days, a company's own days); a region may
 *                       consist of these alone
 * @param deskRegion     the holiday region of the support desk itself: its working days (e.g. the RMA return
 *                       deadline) skip these holidays
 */
@ConfigurationProperties(prefix = "casedesk.calendars")
public record CalendarProperties(Map<String, Coverage> coverage, Map<String, String> holidayRegions,
    Map<String, List<LocalDate>> holidays, String deskRegion) {

  public CalendarProperties {
    coverage = coverage == null ? Map.of() : Map.copyOf(coverage);
    holidayRegions = holidayRegions == null ? Map.of() : Map.copyOf(holidayRegions);
    holidays = holidays == null ? Map.of() : Map.copyOf(holidays);
  }

  /**
   * @param days             covered days of the week
   * @param from             local start of the daily window
   * @param length           length of the daily window (PT24H for round the clock)
   * @param observesHolidays whether public holidays are off
   */
  public record Coverage(List<DayOfWeek> days, LocalTime from, Duration length, boolean observesHolidays) {}
}
