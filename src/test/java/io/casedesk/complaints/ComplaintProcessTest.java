package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintEventKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.casedesk.notification.Notification.RecipientType;
import io.casedesk.notification.NotificationKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Every path of complaint.bpmn, with the engine clock driving the deadlines. The clock starts at T0. */
class ComplaintProcessTest extends ComplaintTestSupport {

  static final Duration DAY = Duration.ofDays(1);
  static final Duration SECOND = Duration.ofSeconds(1);

  @Test
  void complaintClassifiedAtIntakeGoesStraightToTheDepartmentTheTableNames() {
    ComplaintView raised = raise("billing");
    String id = raised.complaintId();

    assertThat(id).matches("CP-2026-\\d{6}");
    assertThat(raised.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
    assertThat(raised.department()).isEqualTo("Accounts");
    assertThat(raised.answerDue()).isEqualTo(T0.plus(Duration.ofDays(2)));
    ProcessInstance instance = complaintInstance(id);
    assertThat(instance).hasNotPassed("classify-complaint").isWaitingAt("investigate-complaint");
    assertThat(instance).task().hasName("Investigate and answer complaint").hasCandidateGroup("sales").isNotAssigned();
    assertDue(task(id, "investigate-complaint"), T0.plus(Duration.ofDays(2)));
    // the department head at the committed time; management two days after it
    assertThat(timers(id)).containsExactly(T0.plus(Duration.ofDays(2)), T0.plus(Duration.ofDays(4)));
    assertThat(notifications(id, NotificationKind.COMPLAINT_RECEIVED)).singleElement().satisfies(m -> {
      assertThat(m.recipientType()).isEqualTo(RecipientType.CUSTOMER);
      assertThat(m.recipient()).isEqualTo("ada@demo.example");
    });
    assertThat(timelineKinds(id)).containsExactly(RECEIVED, ROUTED);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .list()).extracting(HistoricVariableInstance::getName)
        .as("what the diagram decides on; who complained, about what, how and to whom only the row keeps")
        .contains("complaintId", "complaintClass", "department", "answerDue")
        .doesNotContainAnyElementsOf(COMPLAINT_ROW_DATA);
    assertThat(engine.getFormService().getTaskFormVariables(task(id, "investigate-complaint").getId()))
        .as("the form reads them from the row, as Tasklist loads it").containsEntry("contactName", "Ada Lovelace")
        .containsEntry("contactEmail", "ada@demo.example").containsEntry("company", "Demo Customer Ltd")
        .containsKey("description").containsEntry("complaintId", id);
  }

  /** What the complaint's row owns and no process variable keeps after the registration. */
  static final List<String> COMPLAINT_ROW_DATA = List.of("contactName", "contactEmail", "contactPhone", "company",
      "description", "channel", "openedBy", "reportedBy", "receivedAt");

  @Test
  void complaintWithoutClassIsClassifiedByTheHotlineFirstAndDueFromReceipt() {
    String id = raise(null).complaintId();
    ProcessInstance instance = complaintInstance(id);

    assertThat(instance).isWaitingAt("classify-complaint");
    assertThat(instance).task().hasName("Classify complaint").hasCandidateGroup("hotline");
    ComplaintView waiting = complaint(id);
    assertThat(waiting.status()).isEqualTo(ComplaintStatus.RECEIVED);
    assertThat(waiting.department()).isNull();
    assertThat(waiting.answerDue()).isNull();

    advanceTo(id, T0.plus(Duration.ofHours(3)));
    complete(id, "classify-complaint", Map.of("complaintClass", "engineer-conduct"));

    assertThat(instance).hasPassed("classify-complaint").isWaitingAt("investigate-complaint");
    assertThat(instance).task().hasCandidateGroup("supervisors");
    // engineer conduct is answered within a day of receipt: the time spent classifying counts
    assertDue(task(id, "investigate-complaint"), T0.plus(DAY));
    ComplaintView routed = complaint(id);
    assertThat(routed.complaintClass()).isEqualTo("engineer-conduct");
    assertThat(routed.department()).isEqualTo("Technical support");
    assertThat(routed.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
    assertThat(timelineKinds(id)).containsExactly(RECEIVED, CLASSIFIED, ROUTED);
  }

  @Test
  void classificationWithAClassTheTableDoesNotKnowIsRefused() {
    String id = raise(null).complaintId();
    Task task = task(id, "classify-complaint");

    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("complaintClass", "weather")))
        .hasMessageContaining("complaintClass").hasMessageContaining("must be one of");
    assertThat(complaintInstance(id)).isWaitingAt("classify-complaint");
  }

  @Test
  void answeredInTimeAndSatisfiedCloses() {
    String id = raise("billing").complaintId();
    advanceTo(id, T0.plus(DAY));
    answer(id, "We credited the visit on invoice 4711.");

    ProcessInstance instance = complaintInstance(id);
    assertThat(instance).isWaitingAt("call-back");
    assertThat(instance).task().hasName("Ask whether the customer is satisfied").hasCandidateGroup("hotline");
    assertThat(timers(id)).as("the escalations end with the answer").isEmpty();
    ComplaintView answered = complaint(id);
    assertThat(answered.status()).isEqualTo(ComplaintStatus.AWAITING_CALL_BACK);
    assertThat(answered.answeredAt()).isEqualTo(T0.plus(DAY));
    assertThat(answered.answeredInTime()).isTrue();
    assertThat(notifications(id, NotificationKind.COMPLAINT_ANSWER)).singleElement().satisfies(m -> {
      assertThat(m.recipient()).isEqualTo("ada@demo.example");
      assertThat(m.payload()).contains("We credited the visit on invoice 4711.");
    });

    advanceTo(id, T0.plus(DAY).plus(Duration.ofHours(2)));
    callBack(id, true, 5, "Thanks, all fine");

    assertThat(instance).hasPassed("close-complaint").isEnded();
    ComplaintView closed = complaint(id);
    assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.closedAt()).isEqualTo(T0.plus(DAY).plus(Duration.ofHours(2)));
    assertThat(closed.callBack()).isEqualTo(new ComplaintView.CallBack(true, 5, "Thanks, all fine"));
    assertThat(closed.reopenCount()).isZero();
    assertThat(closed.escalationLevel()).isZero();
    assertThat(timelineKinds(id)).containsExactly(RECEIVED, ROUTED, ANSWERED, CALL_BACK, CLOSED);
  }

  @Test
  void departmentHeadIsToldAtExactlyTheCommittedTime() {
    String id = raise("engineer-conduct").complaintId();
    Instant due = T0.plus(DAY);

    advanceTo(id, due.minus(SECOND));
    assertThat(complaint(id).escalationLevel()).isZero();
    assertThat(notifications(id, NotificationKind.COMPLAINT_ESCALATION)).isEmpty();

    advanceTo(id, due);
    ProcessInstance instance = complaintInstance(id);
    assertThat(instance).hasPassed("escalate-to-head").hasNotPassed("escalate-to-management")
        .isWaitingAt("investigate-complaint");
    assertThat(complaint(id).escalationLevel()).isEqualTo(1);
    assertThat(notifications(id, NotificationKind.COMPLAINT_ESCALATION)).singleElement().satisfies(m -> {
      assertThat(m.recipientType()).isEqualTo(RecipientType.GROUP);
      assertThat(m.recipient()).isEqualTo("managers");
      assertThat(m.payload()).contains("\"level\":1").contains("\"department\":\"Technical support\"");
      assertThat(m.createdAt()).isEqualTo(due);
    });
    assertThat(complaint(id).timeline()).filteredOn(e -> e.kind() == ESCALATED).singleElement()
        .satisfies(e -> assertThat(e.at()).isEqualTo(due));
    assertThat(timers(id)).as("management's timer still runs").containsExactly(due.plus(DAY));
  }

  @Test
  void managementIsToldWhenTheAnswerIsStillMissingLater() {
    String id = raise("billing").complaintId();
    Instant due = T0.plus(Duration.ofDays(2));
    Instant managementDue = due.plus(Duration.ofDays(2));

    advanceTo(id, managementDue.minus(SECOND));
    assertThat(complaint(id).escalationLevel()).isEqualTo(1);
    advanceTo(id, managementDue);

    assertThat(complaintInstance(id)).hasPassed("escalate-to-head", "escalate-to-management")
        .isWaitingAt("investigate-complaint");
    assertThat(complaint(id).escalationLevel()).isEqualTo(2);
    assertThat(notifications(id, NotificationKind.COMPLAINT_ESCALATION)).hasSize(2).satisfiesExactly(
        head -> assertThat(head.payload()).contains("\"level\":1"),
        management -> {
          assertThat(management.recipient()).isEqualTo("managers");
          assertThat(management.payload()).contains("\"level\":2");
          assertThat(management.createdAt()).isEqualTo(managementDue);
        });
    assertThat(complaint(id).timeline()).filteredOn(e -> e.kind() == ESCALATED)
        .extracting(ComplaintTimeline.Event::at).containsExactly(due, managementDue);

    advanceTo(id, managementDue.plus(Duration.ofHours(1)));
    answer(id, "Sorry for the delay: credited.");
    assertThat(complaint(id).answeredInTime()).isFalse();
  }

  @Test
  void unsatisfiedOnceIsReinvestigatedBySameDepartmentThenSatisfiedCloses() {
    String id = raise("product-quality").complaintId();
    advanceTo(id, T0.plus(DAY));
    answer(id, "A firmware update fixes it.");
    Instant reopenedAt = T0.plus(DAY).plus(Duration.ofHours(4));
    advanceTo(id, reopenedAt);
    callBack(id, false, 2, "The update did not help");

    ProcessInstance instance = complaintInstance(id);
    assertThat(instance).hasPassed("reopen-complaint").isWaitingAt("investigate-complaint");
    assertThat(instance).task().hasCandidateGroup("engineers");
    // a fresh committed time from the reopening, with fresh escalations
    Instant reinvestigationDue = reopenedAt.plus(Duration.ofDays(5));
    assertDue(task(id, "investigate-complaint"), reinvestigationDue);
    assertThat(timers(id)).containsExactly(reinvestigationDue, reinvestigationDue.plus(Duration.ofDays(2)));
    ComplaintView reopened = complaint(id);
    assertThat(reopened.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
    assertThat(reopened.reopenCount()).isEqualTo(1);
    assertThat(reopened.reinvestigationDue()).isEqualTo(reinvestigationDue);
    assertThat(reopened.answerDue()).as("the first commitment is kept for the figures")
        .isEqualTo(T0.plus(Duration.ofDays(5)));

    advanceTo(id, reinvestigationDue);
    assertThat(complaint(id).escalationLevel()).as("escalates again on the new deadline").isEqualTo(1);
    answer(id, "We replaced the unit.");
    callBack(id, true, 4, null);

    assertThat(instance).isEnded();
    ComplaintView closed = complaint(id);
    assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.reopenCount()).isEqualTo(1);
    assertThat(closed.answeredAt()).isEqualTo(T0.plus(DAY));
    assertThat(closed.reinvestigationAnsweredAt()).isEqualTo(reinvestigationDue);
    assertThat(closed.answer()).isEqualTo("We replaced the unit.");
    assertThat(closed.callBack()).isEqualTo(new ComplaintView.CallBack(true, 4, null));
    assertThat(notifications(id, NotificationKind.COMPLAINT_ANSWER)).hasSize(2);
    assertThat(timelineKinds(id)).containsExactly(RECEIVED, ROUTED, ANSWERED, CALL_BACK, REOPENED, ESCALATED,
        ANSWERED, CALL_BACK, CLOSED);
  }

  @Test
  void unsatisfiedTwiceGoesToManagementWhoSettlesIt() {
    String id = raise("service-quality").complaintId();
    answer(id, "We retrained the team.");
    callBack(id, false, 2, "Not enough");
    answer(id, "A senior engineer reviewed your case.");
    callBack(id, false, 1, "Still not enough");

    ProcessInstance instance = complaintInstance(id);
    assertThat(instance).hasPassed("hand-to-management").isWaitingAt("settle-complaint");
    assertThat(instance).task().hasName("Settle complaint").hasCandidateGroup("managers");
    assertThat(complaint(id).status()).isEqualTo(ComplaintStatus.WITH_MANAGEMENT);
    assertThat(complaint(id).reopenCount()).as("reinvestigated once only").isEqualTo(1);

    complete(id, "settle-complaint", Map.of("settlement", "We credit one month of the contract."));

    assertThat(instance).hasPassed("send-settlement", "close-complaint").isEnded();
    ComplaintView closed = complaint(id);
    assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.settlement()).isEqualTo("We credit one month of the contract.");
    assertThat(closed.callBack()).isEqualTo(new ComplaintView.CallBack(false, 1, "Still not enough"));
    assertThat(notifications(id, NotificationKind.COMPLAINT_SETTLEMENT)).singleElement()
        .satisfies(m -> assertThat(m.payload()).contains("We credit one month of the contract."));
    assertThat(timelineKinds(id)).containsExactly(RECEIVED, ROUTED, ANSWERED, CALL_BACK, REOPENED, ANSWERED,
        CALL_BACK, REFERRED_TO_MANAGEMENT, SETTLED, CLOSED);
  }

  @Test
  void callBackWithoutAnAnswerOrWithAScoreOutOfRangeIsRefused() {
    String id = raise("billing").complaintId();
    answer(id, "Credited.");
    Task callBack = task(id, "call-back");

    assertThatThrownBy(() -> taskService.complete(callBack.getId(), Map.of("satisfactionScore", 3)))
        .hasMessageContaining("satisfied").hasMessageContaining("is required");
    assertThatThrownBy(() -> taskService.complete(callBack.getId(), Map.of("satisfied", "true",
        "satisfactionScore", 7))).hasMessageContaining("satisfactionScore");
    // Tasklist sends the radio button's value as text
    taskService.complete(callBack.getId(), Map.of("satisfied", "true", "satisfactionScore", 4L));
    assertThat(complaint(id).callBack()).isEqualTo(new ComplaintView.CallBack(true, 4, null));
    assertThat(complaintInstance(id)).isNull();
  }

  @Test
  void answerWithoutTextIsRefused() {
    String id = raise("billing").complaintId();
    Task investigate = task(id, "investigate-complaint");
    assertThatThrownBy(() -> taskService.complete(investigate.getId(), Map.of("answer", " ")))
        .as("a required text of spaces is refused by the form's check, before anything is sent")
        .hasMessageContaining("Answer to the customer (answer): is required");
    assertThat(complaintInstance(id)).isWaitingAt("investigate-complaint");
  }

  @Test
  void complaintLoggedInTasklistGetsItsIdFromTheProcess() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(ComplaintService.PROCESS_KEY, Map.of(
        "reportedBy", "hotline1", "channel", "letter", "contactName", "Grace Hopper", "company", "Acme",
        "complaintClass", "", "description", "The engineer was rude on site"));

    String id = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey();
    assertThat(id).matches("CP-2026-\\d{6}");
    assertThat(instance).isWaitingAt("classify-complaint");
    ComplaintView logged = complaint(id);
    assertThat(logged.channel()).isEqualTo("letter");
    assertThat(logged.openedBy()).isEqualTo("hotline1");
    assertThat(logged.company()).isEqualTo("Acme");
    assertThat(notifications(id, NotificationKind.COMPLAINT_RECEIVED)).as("no e-mail address given").isEmpty();
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId()).list())
        .extracting(VariableInstance::getName).as("what the start form gave the registration keeps in the row")
        .contains("complaintId", "complaintClass").doesNotContainAnyElementsOf(COMPLAINT_ROW_DATA);
    assertThat(engine.getFormService().getTaskFormVariables(task(id, "classify-complaint").getId()))
        .containsEntry("contactName", "Grace Hopper").containsEntry("company", "Acme")
        .containsEntry("description", "The engineer was rude on site");
  }

  @Test
  void complaintAboutAnUnknownCaseCannotBeLogged() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ComplaintService.PROCESS_KEY, Map.of(
        "contactName", "Grace Hopper", "caseNumber", "CS-1999-999999", "description", "Nobody came")))
        .hasMessageContaining("There is no case CS-1999-999999");
  }

  @Test
  void complaintAboutACaseShowsInTheCaseAndTakesTheCallerAsContact() {
    String caseNumber = open("medium", "medium", "phone").caseNumber();

    ComplaintView raised = complaints.open(new ComplaintRequests.OpenComplaint(caseNumber, "phone", "response-time",
        "Nobody called back for two days", null, null, null, null), HOTLINE);

    assertThat(raised.caseNumber()).isEqualTo(caseNumber);
    assertThat(raised.company()).isEqualTo("Demo Customer Ltd");
    assertThat(raised.contact()).isEqualTo(new Complaint.Contact("Ada Lovelace", "ada@demo.example", "+36 1 234 5678"));
    var caseView = view(caseNumber);
    assertThat(caseView.complaints()).singleElement().satisfies(c -> {
      assertThat(c.complaintId()).isEqualTo(raised.complaintId());
      assertThat(c.complaintClass()).isEqualTo("response-time");
      assertThat(c.department()).isEqualTo("Technical support");
      assertThat(c.status()).isEqualTo("INVESTIGATING");
    });
    assertThat(events(caseNumber, io.casedesk.cases.CaseEventKind.COMPLAINT_RECEIVED)).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains(raised.complaintId()));
  }
}
