package io.casedesk.problems;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.Timeline;
import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationPort;
import io.casedesk.process.ProcessVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What the steps of problem-management do around a problem: change its row ({@link ProblemChanges}), write its
 * timeline and its linked cases' timelines, tell the linked open cases' engineers. Delegates stay a few lines each.
 */
@Component
public class ProblemSteps {

  private final ProblemRepository problems;
  private final ProblemChanges changes;
  private final ProblemTimeline timeline;
  private final Timeline caseTimeline;
  private final NotificationPort notifications;

  public ProblemSteps(ProblemRepository problems, ProblemChanges changes, ProblemTimeline timeline,
      Timeline caseTimeline, NotificationPort notifications) {
    this.problems = problems;
    this.changes = changes;
    this.timeline = timeline;
    this.caseTimeline = caseTimeline;
    this.notifications = notifications;
  }

  public static String number(VariableScope scope) {
    return ProcessVariables.string(scope, ProblemVariables.PROBLEM_NUMBER);
  }

  public ProblemRepository problems() {
    return problems;
  }

  /** The one writer of the problem's row after it was opened. */
  public ProblemChanges changes() {
    return changes;
  }

  public ProblemTimeline timeline() {
    return timeline;
  }

  /**
   * Tells each linked open case: a line on its timeline (staff only) and an e-mail to its engineer, or to its queue's
   * group while nobody has claimed it. Returns the cases told.
   */
  public List<ProblemRepository.LinkedCase> tellOpenCases(String number, String actor, CaseEventKind event,
      String detail, NotificationKind kind, Map<String, Object> extra) {
    Problem problem = problems.get(number);
    List<ProblemRepository.LinkedCase> open = problems.casesOf(number).stream()
        .filter(ProblemRepository.LinkedCase::isOpen).toList();
    for (ProblemRepository.LinkedCase linked : open) {
      caseTimeline.record(linked.caseNumber(), actor, event, detail);
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("problemNumber", number);
      data.put("problemTitle", problem.title());
      data.put("caseNumber", linked.caseNumber());
      data.put("subject", linked.subject());
      data.putAll(extra);
      notifications.send(linked.assignee() != null
          ? Notification.toUser(kind, linked.caseNumber(), linked.assignee(), data)
          : Notification.toGroup(kind, linked.caseNumber(), linked.candidateGroup() == null ? "engineers"
              : linked.candidateGroup(), data));
    }
    return open;
  }

  /** To a group of staff, about the problem itself (no case). */
  public void notifyGroup(String number, String groupId, NotificationKind kind, Map<String, Object> extra) {
    Problem problem = problems.get(number);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("problemNumber", number);
    data.put("subject", problem.title());
    data.putAll(extra);
    notifications.send(Notification.toGroup(kind, null, groupId, data));
  }
}
