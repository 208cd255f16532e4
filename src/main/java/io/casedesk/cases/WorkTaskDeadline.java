package io.casedesk.cases;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * The task "Work the case" is due at the case's next SLA deadline, so that every Tasklist filter and sort by due
 * date sees the deadline that comes first: the first-response due time until an engineer has responded (the first
 * claim), then the resolution due time. Set when the task is created ({@link AssignToCaseEngineerListener}), moved
 * to the resolution at the first claim ({@link RecordAssignmentListener}), and set again whenever the SLA clock
 * changes the case's due times while the task is open (re-planned, paused, resumed).
 */
@Component
public class WorkTaskDeadline {

  /** The id of the work task in {@code case-handling.bpmn}. */
  public static final String WORK_TASK = "work-case";

  /** The deadline that comes next for the case, or null when it has no SLA due times. */
  public static Instant next(SupportCase supportCase) {
    if (supportCase.firstRespondedAt() == null && supportCase.firstResponseDue() != null) {
      return supportCase.firstResponseDue();
    }
    return supportCase.resolutionDue();
  }

  /** Sets the due date of the case's open work task(s) from the case row as it now stands. */
  public void refresh(DelegateExecution execution, SupportCase supportCase) {
    Instant due = next(supportCase);
    for (TaskEntity task : Context.getCommandContext().getTaskManager()
        .findTasksByProcessInstanceId(execution.getProcessInstanceId())) {
      if (WORK_TASK.equals(task.getTaskDefinitionKey())) {
        task.setDueDate(due == null ? null : Date.from(due));
      }
    }
  }
}
