package io.casedesk.changes;

import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationPort;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What the change process's steps do: change the row (through {@link ChangeChanges}), add to its timeline, tell
 * people. The change id is the process's business key.
 */
@Component
public class ChangeSteps {

  private final ChangeRepository changes;
  private final ChangeChanges writes;
  private final ChangeTimeline timeline;
  private final NotificationPort notifications;

  public ChangeSteps(ChangeRepository changes, ChangeChanges writes, ChangeTimeline timeline,
      NotificationPort notifications) {
    this.changes = changes;
    this.writes = writes;
    this.timeline = timeline;
    this.notifications = notifications;
  }

  public static String changeId(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  public static String changeId(DelegateTask task) {
    return task.getExecution().getProcessBusinessKey();
  }

  public ChangeRepository changes() {
    return changes;
  }

  /** The one writer of a change's row after it was raised. */
  public ChangeChanges writes() {
    return writes;
  }

  public void record(String changeId, String actor, ChangeEventKind kind, String detail) {
    timeline.record(changeId, actor, kind, detail);
  }

  /**
   * To the change's customer contact (the case's caller, or the customer who asked for it); the data are the change
   * id, its title as the subject and then the given names and values in order. The subject line starts with the
   * change id in brackets.
   */
  public void notifyCustomer(String changeId, NotificationKind kind, Object... namesAndValues) {
    ChangeRequest change = changes.get(changeId);
    notifications.send(Notification.toCustomer(kind, changeId, change.contactEmail(), data(change, namesAndValues)));
  }

  public void notifyGroup(String changeId, String groupId, NotificationKind kind, Object... namesAndValues) {
    ChangeRequest change = changes.get(changeId);
    notifications.send(Notification.toGroup(kind, changeId, groupId, data(change, namesAndValues)));
  }

  public void notifyUser(String changeId, String userId, NotificationKind kind, Object... namesAndValues) {
    ChangeRequest change = changes.get(changeId);
    notifications.send(Notification.toUser(kind, changeId, userId, data(change, namesAndValues)));
  }

  private static Map<String, Object> data(ChangeRequest change, Object... namesAndValues) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("changeId", change.id());
    data.put("subject", change.title());
    for (int i = 0; i < namesAndValues.length; i += 2) {
      data.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return data;
  }

  /** An instant the plan form gives as text (ISO 8601, e.g. {@code 2026-03-10T22:00:00Z}); none for none. */
  public static Instant instant(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant();
    }
    try {
      return Instant.parse(value.toString().strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not a UTC time such as 2026-03-10T22:00:00Z: " + value, e);
    }
  }
}
