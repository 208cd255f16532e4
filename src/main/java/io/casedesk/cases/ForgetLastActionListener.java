package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.ACTION_NOTE;
import static io.casedesk.cases.CaseVariables.WORK_ACTION;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A new "Work the case" task starts with an empty form: the engineer's previous action and note, which the steps
 * after the last task have used (and the timeline keeps), are forgotten. A case's first task has none to forget.
 */
@Component("forgetLastAction")
public class ForgetLastActionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().removeVariables(List.of(WORK_ACTION, ACTION_NOTE));
  }
}
