package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.CLOSURE_OUTCOME;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case (the diagram has stopped its SLA clock) and invites the customer to the satisfaction survey. */
@Component("closeCase")
public class CloseCaseDelegate implements JavaDelegate {

  private final CaseSteps steps;

  public CloseCaseDelegate(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    steps.changes().closed(caseNumber);
    boolean noAnswer = RecordClosureWithoutAnswerDelegate.NO_ANSWER.equals(string(execution, CLOSURE_OUTCOME));
    steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.CLOSED,
        noAnswer ? "Closed: no answer to the closure request" : "Closed: solution accepted");
    steps.notifyCustomer(caseNumber, NotificationKind.SURVEY_INVITATION,
        // the customer portal's page of the case, with the survey's form (the API's POST /api/cases/{n}/survey stays)
        Map.of("surveyPath", "/portal/#/cases/" + caseNumber + "/survey", "closedWithoutAnswer", noAnswer));
    execution.removeVariable(CLOSURE_OUTCOME);
  }
}
