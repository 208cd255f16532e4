package io.casedesk.cases;

import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationPort;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What most process steps do around a case: find its number, change its row, add to its timeline, tell the
 * customer. Delegates stay a few lines each.
 */
@Component
public class CaseSteps {

  private final CaseRepository cases;
  private final CaseChanges changes;
  private final Timeline timeline;
  private final NotificationPort notifications;

  public CaseSteps(CaseRepository cases, CaseChanges changes, Timeline timeline, NotificationPort notifications) {
    this.cases = cases;
    this.changes = changes;
    this.timeline = timeline;
    this.notifications = notifications;
  }

  public static String caseNumber(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  public CaseRepository cases() {
    return cases;
  }

  public CaseChanges changes() {
    return changes;
  }

  public void record(String caseNumber, String actor, CaseEventKind kind, String detail) {
    timeline.record(caseNumber, actor, kind, detail);
  }

  public void notifyCustomer(String caseNumber, NotificationKind kind, Map<String, Object> extra) {
    SupportCase supportCase = cases.get(caseNumber);
    notifications.send(Notification.toCustomer(kind, caseNumber, supportCase.caller().email(),
        customerData(supportCase, extra)));
  }

  public void notifyGroup(String groupId, String caseNumber, NotificationKind kind, Map<String, Object> data) {
    notifications.send(Notification.toGroup(kind, caseNumber, groupId, data));
  }

  public void notifyUser(String userId, String caseNumber, NotificationKind kind, Map<String, Object> data) {
    notifications.send(Notification.toUser(kind, caseNumber, userId, data));
  }

  /** What every customer message carries: the case number, its subject and the customer's name. */
  private static Map<String, Object> customerData(SupportCase supportCase, Map<String, Object> extra) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("caseNumber", supportCase.caseNumber());
    data.put("subject", supportCase.subject());
    data.put("customerName", supportCase.caller().name());
    if (extra != null) {
      data.putAll(extra);
    }
    return data;
  }
}
