package io.casedesk.maintenance;

import io.casedesk.calendar.CoverageCalendar;
import io.casedesk.calendar.ServiceCalendars;
import io.casedesk.process.EngineClock;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When inspections may start: the diagram's daily timer asks for the contracts whose month starts today on their
 * coverage calendar (its first covered day: a weekday it covers that is not a public holiday it observes); decision
 * table {@code inspection-schedule} then says whether the contract's inspections fall in this month. Contracts count
 * when valid today, with inspections included and at least one registered system.
 */
@Component("inspectionCalendar")
public class InspectionCalendar {

  private final JdbcClient jdbc;
  private final ServiceCalendars calendars;

  public InspectionCalendar(JdbcClient jdbc, ServiceCalendars calendars) {
    this.jdbc = jdbc;
    this.calendars = calendars;
  }

  /** The ids of the contracts whose month starts today (UTC date of the engine's clock), ordered by id. */
  public List<String> contractsWhoseMonthStartsToday() {
    LocalDate today = today();
    return jdbc.sql("""
            SELECT c.id FROM contract c
            WHERE c.inspections_per_year > 0 AND c.valid_from <= :today AND c.valid_to >= :today
              AND EXISTS (SELECT 1 FROM contract_system s WHERE s.contract_id = c.id)
            ORDER BY c.id""")
        .param("today", Date.valueOf(today))
        .query(String.class).list().stream()
        .filter(id -> today.equals(firstCoveredDay(id, YearMonth.from(today))))
        .toList();
  }

  /** The first day of the month the contract's coverage calendar covers. */
  public LocalDate firstCoveredDay(String contractId, YearMonth month) {
    CoverageCalendar calendar = calendars.ofContract(contractId);
    return calendar.firstCoveredDay(month);
  }

  /** The month of today, 1 to 12: an input of the decision table. */
  public int month() {
    return today().getMonthValue();
  }

  public int inspectionsPerYear(String contractId) {
    return Objects.requireNonNullElse(jdbc.sql("SELECT inspections_per_year FROM contract WHERE id = :id")
        .param("id", contractId).query(Integer.class).optional().orElse(0), 0);
  }

  static LocalDate today() {
    return LocalDate.ofInstant(EngineClock.now(), ZoneOffset.UTC);
  }
}
