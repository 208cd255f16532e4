package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.CLOSURE_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer never answered the closure request: the case closes on its own. */
@Component("recordClosureWithoutAnswer")
public class RecordClosureWithoutAnswerDelegate implements JavaDelegate {

  public static final String NO_ANSWER = "NO_ANSWER";

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(CLOSURE_OUTCOME, NO_ANSWER);
  }
}
