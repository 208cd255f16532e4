package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintVariables.COMPLAINT_CLASS;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The hotline classified a complaint received without a class; an unknown class keeps the task open. */
@Component("recordComplaintClassification")
public class RecordComplaintClassificationListener implements TaskListener {

  private final ComplaintClasses classes;
  private final ComplaintSteps steps;

  public RecordComplaintClassificationListener(ComplaintClasses classes, ComplaintSteps steps) {
    this.classes = classes;
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    String complaintClass = string(task, COMPLAINT_CLASS);
    if (!classes.isKnown(complaintClass)) {
      throw new IllegalArgumentException("complaintClass must be one of " + String.join(", ", classes.all()));
    }
    String complaintId = task.getExecution().getProcessBusinessKey();
    steps.changes().classified(complaintId, complaintClass);
    steps.record(complaintId, Actors.of(task), ComplaintEventKind.CLASSIFIED, "Classified as " + complaintClass);
  }
}
