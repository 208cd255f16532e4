package io.casedesk.complaints;

import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationPort;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What most complaint steps do: change the complaint's row (through {@link ComplaintChanges}), add to its timeline, tell someone. Notifications
 * carry the complaint id where case notifications carry the case number.
 */
@Component
public class ComplaintSteps {

  private final ComplaintRepository complaints;
  private final ComplaintChanges changes;
  private final ComplaintTimeline timeline;
  private final NotificationPort notifications;

  public ComplaintSteps(ComplaintRepository complaints, ComplaintChanges changes, ComplaintTimeline timeline,
      NotificationPort notifications) {
    this.complaints = complaints;
    this.changes = changes;
    this.timeline = timeline;
    this.notifications = notifications;
  }

  /** The complaint id is the business key of its process instance. */
  public static String complaintId(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  public ComplaintRepository complaints() {
    return complaints;
  }

  /** The one writer of the complaint's row after its registration. */
  public ComplaintChanges changes() {
    return changes;
  }

  public void record(String complaintId, String actor, ComplaintEventKind kind, String detail) {
    timeline.record(complaintId, actor, kind, detail);
  }

  /** Writes to the customer's contact address; a complaint without one is answered by phone. */
  public void notifyCustomer(Complaint complaint, NotificationKind kind, Map<String, Object> extra) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("complaintId", complaint.complaintId());
    data.put("customerName", complaint.contact().name());
    if (complaint.caseNumber() != null) {
      data.put("caseNumber", complaint.caseNumber());
    }
    data.putAll(extra);
    notifications.send(Notification.toCustomer(kind, complaint.complaintId(), complaint.contact().email(), data));
  }

  public void notifyGroup(String groupId, String complaintId, NotificationKind kind, Map<String, Object> data) {
    notifications.send(Notification.toGroup(kind, complaintId, groupId, data));
  }
}
