package io.casedesk.maintenance;

import static io.casedesk.maintenance.InspectionVariables.INSPECTION_NUMBER;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationPort;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An inspection not finished in time: marked escalated, and the group the diagram names is told. */
@Component("escalateInspection")
public class EscalateInspectionDelegate implements JavaDelegate {

  private final Inspections inspections;
  private final NotificationPort notifications;

  public EscalateInspectionDelegate(Inspections inspections, NotificationPort notifications) {
    this.inspections = inspections;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = string(execution, INSPECTION_NUMBER);
    inspections.escalated(number);
    Inspection inspection = inspections.get(number);
    notifications.send(Notification.toGroup(NotificationKind.INSPECTION_OVERDUE, null, string(execution, "notifyGroup"),
        Map.of("subject", number, "inspectionNumber", number, "company", inspection.company(),
            "dueOn", inspection.dueOn().toString())));
  }
}
