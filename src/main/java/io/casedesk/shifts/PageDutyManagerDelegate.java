package io.casedesk.shifts;

import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationPort;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A case became hot (P1 or P2): the duty manager of the shift on duty hears of it at once, whatever the hour. */
@Component("pageDutyManager")
public class PageDutyManagerDelegate implements JavaDelegate {

  private final ShiftSchedule shifts;
  private final NotificationPort notifications;

  public PageDutyManagerDelegate(ShiftSchedule shifts, NotificationPort notifications) {
    this.shifts = shifts;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    var duty = shifts.onDuty();
    notifications.send(Notification.toUser(NotificationKind.HOT_CASE_OPENED, caseNumber, duty.dutyManager(), Map.of(
        "caseNumber", caseNumber,
        "priority", String.valueOf(string(execution, "priority")),
        "subject", String.valueOf(string(execution, "subject")),
        "shift", duty.name())));
  }
}
