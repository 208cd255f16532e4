package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.*;
import static io.casedesk.process.ProcessVariables.*;

import io.casedesk.process.Actors;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The hotline called the customer: the confirmation (or the new priority) goes on the timeline. */
@Component("recordPriorityConfirmation")
public class RecordPriorityConfirmationListener implements TaskListener {

  private final Timeline timeline;

  public RecordPriorityConfirmationListener(Timeline timeline) {
    this.timeline = timeline;
  }

  @Override
  public void notify(DelegateTask task) {
    String priority = string(task, PRIORITY);
    String confirmed = string(task, CONFIRMED_PRIORITY);
    if (Objects.equals(priority, confirmed)) {
      String note = string(task, CONFIRMATION_NOTE);
      timeline.record(task.getExecution().getProcessBusinessKey(), Actors.of(task), CaseEventKind.PRIORITY_CONFIRMED,
          CustomerTimeline.CONFIRMED + priority + (note == null || note.isBlank() ? "" : ": " + note));
    }
  }
}
