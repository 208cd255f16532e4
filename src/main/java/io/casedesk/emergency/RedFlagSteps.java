package io.casedesk.emergency;

import static io.casedesk.emergency.EmergencyVariables.*;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseRepository;
import io.casedesk.cases.SupportCase;
import io.casedesk.cases.Timeline;
import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationPort;
import io.casedesk.process.ProcessVariables;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What the steps of emergency-event do around a red flag: change its row (through {@link RedFlagChanges}), add to
 * the linked case's timeline, tell the customer (the case row's caller) or a group. Delegates stay a few lines each.
 */
@Component
public class RedFlagSteps {

  private final RedFlagRepository redFlags;
  private final RedFlagChanges changes;
  private final CaseRepository cases;
  private final Timeline timeline;
  private final NotificationPort notifications;

  public RedFlagSteps(RedFlagRepository redFlags, RedFlagChanges changes, CaseRepository cases, Timeline timeline,
      NotificationPort notifications) {
    this.redFlags = redFlags;
    this.changes = changes;
    this.cases = cases;
    this.timeline = timeline;
    this.notifications = notifications;
  }

  public static String number(VariableScope scope) {
    return ProcessVariables.string(scope, RED_FLAG_NUMBER);
  }

  public static String caseNumber(VariableScope scope) {
    return ProcessVariables.string(scope, CASE_NUMBER);
  }

  /** "duty-supervisor" as people say it: "duty supervisor". */
  public static String roleName(String dutyRole) {
    return dutyRole == null ? null : dutyRole.replace('-', ' ');
  }

  public RedFlagRepository redFlags() {
    return redFlags;
  }

  /** The one writer of the red flag's row after its declaration. */
  public RedFlagChanges changes() {
    return changes;
  }

  /** A line on the linked case's timeline; a red flag without a case has none. */
  public void record(VariableScope scope, String actor, CaseEventKind kind, String detail) {
    String caseNumber = caseNumber(scope);
    if (caseNumber != null) {
      timeline.record(caseNumber, actor, kind, detail);
    }
  }

  /** To the caller of the linked case (as its row has them); nothing when there is no case or no e-mail address. */
  public void notifyCustomer(VariableScope scope, NotificationKind kind, Map<String, Object> extra) {
    String caseNumber = caseNumber(scope);
    SupportCase.Caller caller = caseNumber == null ? null
        : cases.find(caseNumber).map(SupportCase::caller).orElse(null);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("redFlagNumber", number(scope));
    data.put("caseNumber", caseNumber);
    data.put("subject", ProcessVariables.string(scope, SUBJECT));
    data.put("customerName", caller == null ? null : caller.name());
    data.putAll(extra);
    notifications.send(Notification.toCustomer(kind, caseNumber, caller == null ? null : caller.email(), data));
  }

  /** To staff: carries what they need to act (criterion and company, from the red flag's row). */
  public void notifyGroup(VariableScope scope, String groupId, NotificationKind kind, Map<String, Object> extra) {
    RedFlag redFlag = redFlags.get(number(scope));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("redFlagNumber", number(scope));
    data.put("caseNumber", caseNumber(scope));
    data.put("criterion", redFlag.criterion());
    data.put("company", redFlag.company());
    data.put("subject", ProcessVariables.string(scope, SUBJECT));
    data.putAll(extra);
    notifications.send(Notification.toGroup(kind, caseNumber(scope), groupId, data));
  }
}
