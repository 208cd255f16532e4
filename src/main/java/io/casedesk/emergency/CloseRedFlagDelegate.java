package io.casedesk.emergency;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The root-cause report is accepted: the red flag closes, and its case may get a new one if it flares up again. */
@Component("closeRedFlag")
public class CloseRedFlagDelegate implements JavaDelegate {

  private final RedFlagSteps steps;

  public CloseRedFlagDelegate(RedFlagSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.changes().closed(RedFlagSteps.number(execution));
    steps.notifyCustomer(execution, NotificationKind.RED_FLAG_CLOSED, Map.of());
    steps.record(execution, Actors.of(execution, RecordReportReviewListener.REVIEWED_BY),
        CaseEventKind.RED_FLAG_CLOSED, "Red flag " + RedFlagSteps.number(execution) + " closed");
  }
}
