package io.casedesk.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The priority changed, so the SLA targets did: the case and its work task take the new due times (the diagram's
 * next event restarts a running clock with them; a held clock takes them when it resumes).
 */
@Component("replanDueTimes")
public class ReplanDueTimesDelegate implements JavaDelegate {

  private final CaseSteps steps;
  private final CaseDueTimes dueTimes;

  public ReplanDueTimesDelegate(CaseSteps steps, CaseDueTimes dueTimes) {
    this.steps = steps;
    this.dueTimes = dueTimes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dueTimes.apply(execution, steps.changes()::dueTimesReplanned);
  }
}
