package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintVariables.*;
import static io.casedesk.cases.CaseVariables.string;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The deadlines of an investigation, from the durations complaint-routing.dmn gives: the answer is due
 * {@code answerWithin} after the investigation starts (the first one: after the complaint was received), and
 * management hears of it {@code escalateToManagementAfter} after that. The investigation task's due date and its
 * two timers read the resulting variables {@code answerDue} and {@code managementDue}.
 */
@Component
public class ComplaintDeadlines {

  public record Deadlines(Instant answerDue, Instant managementDue) {}

  public Deadlines plan(VariableScope scope, Instant from) {
    Instant answerDue = from.plus(Duration.parse(string(scope, ANSWER_WITHIN)));
    Instant managementDue = answerDue.plus(Duration.parse(string(scope, ESCALATE_TO_MANAGEMENT_AFTER)));
    scope.setVariable(ANSWER_DUE, Date.from(answerDue));
    scope.setVariable(MANAGEMENT_DUE, Date.from(managementDue));
    return new Deadlines(answerDue, managementDue);
  }
}
