package io.casedesk.shifts;

import static io.casedesk.shifts.HandoffVariables.*;

import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationPort;
import io.casedesk.security.CasedeskGroups;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Nobody acknowledged the hand-off in time: the duty manager of the shift on duty and the managers are alerted.
 * The task stays with the incoming manager; a manager may reassign it in Tasklist.
 */
@Component("alertUnacknowledgedHandoff")
public class AlertUnacknowledgedHandoffDelegate implements JavaDelegate {

  private final ShiftSchedule schedule;
  private final HandoffRepository handoffs;
  private final NotificationPort notifications;

  public AlertUnacknowledgedHandoffDelegate(ShiftSchedule schedule, HandoffRepository handoffs,
      NotificationPort notifications) {
    this.schedule = schedule;
    this.handoffs = handoffs;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = handoffId(execution);
    handoffs.recordAlert(id);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("handoffId", id);
    data.put("outgoingShift", string(execution, OUTGOING_SHIFT));
    data.put("incomingShift", string(execution, INCOMING_SHIFT));
    data.put("incomingManager", string(execution, INCOMING_MANAGER));
    data.put("turnoverAt", ((Date) execution.getVariable(TURNOVER_AT)).toInstant().toString());
    notifications.send(Notification.toUser(NotificationKind.HANDOFF_NOT_ACKNOWLEDGED, null,
        schedule.onDuty().dutyManager(), data));
    notifications.send(Notification.toGroup(NotificationKind.HANDOFF_NOT_ACKNOWLEDGED, null,
        CasedeskGroups.MANAGERS, data));
  }
}
