package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.CASE_ENGINEER;
import static io.casedesk.process.ProcessVariables.string;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A new work task of a case goes back to the engineer who owns the case and is due at the case's next SLA
 * deadline ({@link WorkTaskDeadline}): the first response until an engineer has responded, then the resolution.
 */
@Component("assignToCaseEngineer")
public class AssignToCaseEngineerListener implements TaskListener {

  private final CaseRepository cases;

  public AssignToCaseEngineerListener(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    SupportCase supportCase = cases.get(task.getExecution().getProcessBusinessKey());
    if (WorkTaskDeadline.next(supportCase) != null) {
      task.setDueDate(Date.from(WorkTaskDeadline.next(supportCase)));
    }
    task.setPriority(TaskPriorities.of(supportCase.priority()));
    String engineer = string(task, CASE_ENGINEER);
    if (engineer != null) {
      task.setAssignee(engineer);
    }
  }
}
