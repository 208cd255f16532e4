package io.casedesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.security.CurrentUser;
import io.casedesk.support.CaseTestSupport;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives complaints as people and time do. Complaint ids are the business keys of their process instances, so
 * the case helpers ({@code task}, {@code timers}, {@code advanceTo}, {@code notifications}) work with them too.
 */
public abstract class ComplaintTestSupport extends CaseTestSupport {

  protected static final CurrentUser SUPERVISOR = new CurrentUser("supervisor1", Set.of("supervisors"));

  @Autowired protected ComplaintService complaints;

  /** A phone complaint the hotline takes down; {@code complaintClass} may be null. */
  protected ComplaintView raise(String complaintClass) {
    return raise(complaintClass, "Demo Customer Ltd");
  }

  protected ComplaintView raise(String complaintClass, String company) {
    return complaints.open(new ComplaintRequests.OpenComplaint(null, "phone", complaintClass,
        "The invoice charges a visit nobody made", "Ada Lovelace", "ada@demo.example", "+36 1 234 5678", company),
        HOTLINE);
  }

  protected ComplaintView complaint(String complaintId) {
    return complaints.view(complaintId, ENGINEER);
  }

  protected ProcessInstance complaintInstance(String complaintId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintService.PROCESS_KEY)
        .processInstanceBusinessKey(complaintId).singleResult();
  }

  /** The department answers the complaint. */
  protected void answer(String complaintId, String text) {
    complete(complaintId, "investigate-complaint", Map.of("answer", text));
  }

  /** The hotline calls the customer back and records what they said. */
  protected void callBack(String complaintId, boolean satisfied, int score, String note) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("satisfied", satisfied);
    variables.put("satisfactionScore", score);
    variables.put("satisfactionNote", note);
    complete(complaintId, "call-back", variables);
  }

  protected List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
  }

  protected List<ComplaintEventKind> timelineKinds(String complaintId) {
    return complaint(complaintId).timeline().stream().map(ComplaintTimeline.Event::kind).toList();
  }

  protected static void clockAt(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
  }

  protected static void assertDue(Task task, Instant due) {
    assertThat(task.getDueDate()).isNotNull();
    assertThat(task.getDueDate().toInstant()).isEqualTo(due);
  }
}
