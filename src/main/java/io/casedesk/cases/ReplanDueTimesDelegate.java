package io.casedesk.cases;

import io.casedesk.sla.SlaClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The priority changed, so the SLA targets did: the case and its work task take the new due times (the diagram's
 * next event restarts a running clock with them; a held clock takes them when it resumes).
 */
@Component("replanDueTimes")
public class ReplanDueTimesDelegate implements JavaDelegate {

  private final SlaClock clock;
  private final CaseSteps steps;
  private final WorkTaskDeadline workTask;

  public ReplanDueTimesDelegate(SlaClock clock, CaseSteps steps, WorkTaskDeadline workTask) {
    this.clock = clock;
    this.steps = steps;
    this.workTask = workTask;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    steps.changes().dueTimesReplanned(caseNumber, SlaDue.of(clock, execution));
    workTask.refresh(execution, steps.cases().get(caseNumber));
  }
}
