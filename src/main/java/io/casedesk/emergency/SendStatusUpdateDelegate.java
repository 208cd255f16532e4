package io.casedesk.emergency;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The fixed-cadence status update to the customer while the service is down, with the latest progress. */
@Component("sendRedFlagStatusUpdate")
public class SendStatusUpdateDelegate implements JavaDelegate {

  private final RedFlagSteps steps;

  public SendStatusUpdateDelegate(RedFlagSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = RedFlagSteps.number(execution);
    RedFlag redFlag = steps.redFlags().get(number);
    int update = redFlag.statusUpdates() + 1;
    steps.changes().statusUpdateSent(number);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("update", update);
    data.put("progress", redFlag.lastProgress());
    steps.notifyCustomer(execution, NotificationKind.RED_FLAG_STATUS_UPDATE, data);
    steps.record(execution, Actors.SYSTEM, CaseEventKind.RED_FLAG_STATUS_UPDATE, "Status update " + update
        + (redFlag.lastProgress() == null ? ": recovery under way" : ": " + redFlag.lastProgress()));
  }
}
