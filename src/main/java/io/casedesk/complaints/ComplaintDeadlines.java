package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.calendar.ContractCoverage;
import io.casedesk.calendar.CoverageCalendar;
import io.casedesk.calendar.ServiceCalendars;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The deadlines of an investigation, from the durations complaint-routing.dmn gives: the answer is due
 * {@code answerWithin} after the investigation starts (the first one: after the complaint was received), and
 * management hears of it {@code escalateToManagementAfter} after that. The investigation task's due date and its
 * two timers read the resulting variables {@code answerDue} and {@code managementDue}. A complaint about a case
 * counts its time on that case's coverage calendar, like the case's own SLA; others round the clock.
 */
@Component
public class ComplaintDeadlines {

  private final JdbcClient jdbc;
  private final ContractCoverage coverage;
  private final ServiceCalendars calendars;

  public ComplaintDeadlines(JdbcClient jdbc, ContractCoverage coverage, ServiceCalendars calendars) {
    this.jdbc = jdbc;
    this.coverage = coverage;
    this.calendars = calendars;
  }

  public record Deadlines(Instant answerDue, Instant managementDue) {}

  public Deadlines plan(VariableScope scope, Instant from) {
    CoverageCalendar calendar = calendarOf(string(scope, CASE_NUMBER));
    Instant answerDue = calendar.addCovered(from, Duration.parse(string(scope, ANSWER_WITHIN)));
    Instant managementDue = calendar.addCovered(answerDue, Duration.parse(string(scope, ESCALATE_TO_MANAGEMENT_AFTER)));
    scope.setVariable(ANSWER_DUE, Date.from(answerDue));
    scope.setVariable(MANAGEMENT_DUE, Date.from(managementDue));
    return new Deadlines(answerDue, managementDue);
  }

  private CoverageCalendar calendarOf(String caseNumber) {
    if (caseNumber == null) {
      return CoverageCalendar.roundTheClock(ZoneOffset.UTC);
    }
    return jdbc.sql("SELECT contract_id FROM support_case WHERE case_number = :n").param("n", caseNumber)
        .query(String.class).optional()
        .flatMap(coverage::of)
        .map(c -> calendars.of(c.calendar(), c.timeZone(), c.holidayRegion(), c.weekendCover()))
        .orElse(CoverageCalendar.roundTheClock(ZoneOffset.UTC));
  }
}
