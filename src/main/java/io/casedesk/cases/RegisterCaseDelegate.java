package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.*;
import static io.casedesk.process.ProcessVariables.*;

import io.casedesk.process.Actors;
import io.casedesk.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Gives the case its number (unless the API already did: it is then the business key) and its row.
 * Cases logged by the hotline in Tasklist get their number here. The case is committed before triage runs
 * ({@link TriageAfterCommit}).
 */
@Component("registerCase")
public class RegisterCaseDelegate implements JavaDelegate {

  /** What the case's timeline tells the customer when triage failed and waits for a retry. */
  static final String TRIAGE_DELAYED = "We have registered your case and are setting its priority and queue;"
      + " you will receive the acknowledgement with its due times shortly";

  private final CaseNumbers numbers;
  private final CaseRepository cases;
  private final Timeline timeline;
  private final TriageAfterCommit triage;

  public RegisterCaseDelegate(CaseNumbers numbers, CaseRepository cases, Timeline timeline,
      TriageAfterCommit triage) {
    this.numbers = numbers;
    this.cases = cases;
    this.timeline = timeline;
    this.triage = triage;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    if (caseNumber == null || caseNumber.isBlank()) {
      caseNumber = numbers.next();
      execution.setProcessBusinessKey(caseNumber);
    }
    execution.setVariable(CASE_NUMBER, caseNumber);
    String relatedCase = string(execution, RELATED_CASE);
    String openedBy = string(execution, OPENED_BY) != null ? string(execution, OPENED_BY) : Actors.of(execution);
    String channel = string(execution, CHANNEL);
    if (channel == null) {
      channel = "phone";
      execution.setVariable(CHANNEL, channel);
    }

    // the caller's company until the entitlement check names the contract's: the customer follows the case at once
    cases.insert(new NewCase(caseNumber, execution.getProcessInstanceId(), string(execution, CALLER_COMPANY),
        string(execution, CONTRACT_ID),
        new SupportCase.Caller(string(execution, CALLER_NAME), string(execution, CALLER_COMPANY),
            string(execution, CALLER_PHONE), string(execution, CALLER_EMAIL), string(execution, CALLER_ADDRESS)),
        string(execution, PRODUCT), string(execution, CATEGORY), string(execution, IMPACT), string(execution, URGENCY),
        string(execution, SUBJECT), string(execution, DESCRIPTION), channel, relatedCase,
        openedBy, EngineClock.now()));
    // from here the case row owns them (a case logged in Tasklist's start form brought them as variables)
    execution.removeVariables(SupportCaseService.CASE_ROW_ONLY);
    timeline.record(caseNumber, openedBy, CaseEventKind.OPENED,
        "Opened by %s: %s".formatted(channel, string(execution, SUBJECT)));
    if (relatedCase != null) {
      timeline.record(relatedCase, openedBy, CaseEventKind.FOLLOW_UP_CASE_OPENED,
          "Follow-up case " + caseNumber);
    }
    String registered = caseNumber;
    triage.afterCommit(execution.getProcessInstanceId(),
        () -> timeline.record(registered, Actors.SYSTEM, CaseEventKind.TRIAGE_DELAYED, TRIAGE_DELAYED));
  }
}
