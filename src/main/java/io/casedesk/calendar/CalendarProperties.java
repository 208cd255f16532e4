package io.casedesk.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The calendar Casedesk counts working days with: Saturdays and Sundays are never working days, and neither
 * are the {@code holidays} ({@code casedesk.calendar.holidays}, ISO dates such as {@code 2026-12-25}).
 */
@ConfigurationProperties(prefix = "casedesk.calendar")
public record CalendarProperties(List<LocalDate> holidays) {

  public CalendarProperties {
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
  }
}
