package io.casedesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

import io.casedesk.support.DiagramTestSupport;
import io.casedesk.support.StandIn;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * complaint.bpmn with complaint-routing.dmn: classification, routing to the department the table names, the two
 * escalation timers, the customer's call-back with one reinvestigation, and settlement by management.
 */
@Deployment(resources = {"processes/complaint.bpmn", "processes/complaint-routing.dmn"})
class ComplaintDiagramTest extends DiagramTestSupport {

  static final Duration DAY = Duration.ofDays(1);

  StandIn register;
  StandIn assign;
  StandIn recordClassification;
  StandIn escalate;
  StandIn sendAnswer;
  StandIn recordCallBack;
  StandIn reopen;
  StandIn handToManagement;
  StandIn sendSettlement;
  StandIn close;

  /** When the registration ran: the real steps take it from the complaint's row (its opened time). */
  Instant received;

  @BeforeEach
  void standIns() {
    // what the real steps leave for the diagram: RegisterComplaintDelegate the class (or none) and the counters,
    // AssignComplaintToDepartment and ReopenComplaint the deadlines (round the clock for a complaint without a case)
    register = standIn("registerComplaint").doing(scope -> {
      received = now();
      scope.setVariable("reopenCount", 0);
      scope.setVariable("escalationLevel", 0);
    });
    assign = standIn("assignComplaintToDepartment").doing(scope -> planDeadlines(scope, received));
    reopen = standIn("reopenComplaint").doing(scope -> {
      scope.setVariable("reopenCount", (Integer) scope.getVariable("reopenCount") + 1);
      planDeadlines(scope, now());
    });
    recordClassification = standIn("recordComplaintClassification");
    escalate = standIn("escalateComplaint");
    sendAnswer = standIn("sendComplaintAnswer");
    recordCallBack = standIn("recordComplaintCallBack");
    handToManagement = standIn("handComplaintToManagement");
    sendSettlement = standIn("sendComplaintSettlement");
    close = standIn("closeComplaint");
  }

  static void planDeadlines(VariableScope scope, Instant from) {
    Instant answerDue = from.plus(Duration.parse((String) scope.getVariable("answerWithin")));
    Instant managementDue = answerDue.plus(Duration.parse((String) scope.getVariable("escalateToManagementAfter")));
    scope.setVariable("answerDue", Date.from(answerDue));
    scope.setVariable("managementDue", Date.from(managementDue));
  }

  ProcessInstance receive(String complaintClass) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("complaintClass", complaintClass);
    variables.put("description", "Nobody called back");
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("complaint", "CP-2026-000001",
        variables);
    // registration commits before routing (asynchronous after): the routing runs in a job of its own
    assertThat(instance).isWaitingAt("register-complaint");
    runDueJobs(instance);
    return instance;
  }

  @ParameterizedTest(name = "{0}: {1} in group {2}, answer due {3} after receipt, management {4} after that")
  @CsvSource({
      "service-quality,  Technical support, supervisors, P3D, P2D",
      "response-time,    Technical support, supervisors, P2D, P1D",
      "engineer-conduct, Technical support, supervisors, P1D, P1D",
      "product-quality,  Product support,   engineers,   P5D, P2D",
      "billing,          Accounts,          sales,       P2D, P2D",
      "other,            Technical support, supervisors, P3D, P2D"})
  void classifiedComplaintGoesStraightToTheDepartmentTheTableNames(String complaintClass, String department,
      String group, Duration answerWithin, Duration managementAfter) {
    ProcessInstance instance = receive(complaintClass);

    assertThat(instance).hasPassed("register-complaint", "route-complaint", "assign-department")
        .hasNotPassed("classify-complaint").isWaitingAt("investigate-complaint")
        .variables().containsEntry("department", department).containsEntry("headGroup", "managers");
    assertThat(instance).task().hasName("Investigate and answer complaint").hasCandidateGroup(group).isNotAssigned()
        .hasDueDate(date(T0.plus(answerWithin)));
    assertThat(timers(instance)).as("department head, then management")
        .containsExactly(T0.plus(answerWithin), T0.plus(answerWithin).plus(managementAfter));
    assertThat(register.ran()).isTrue();
    assertThat(assign.lastRun().variable("candidateGroup")).isEqualTo(group);
  }

  @Test
  void complaintWithoutClassIsClassifiedByTheHotlineAndDueFromReceipt() {
    ProcessInstance instance = receive(null);

    assertThat(instance).isWaitingAt("classify-complaint").task().hasName("Classify complaint")
        .hasCandidateGroup("hotline");
    assertThat(assign.ran()).isFalse();

    passTo(instance, T0.plus(Duration.ofHours(3)));
    complete(task(instance, "classify-complaint"), Map.of("complaintClass", "engineer-conduct"));

    assertThat(recordClassification.activities()).containsExactly("classify-complaint");
    assertThat(instance).hasPassed("classify-complaint", "route-complaint").isWaitingAt("investigate-complaint")
        .task().hasCandidateGroup("supervisors").hasDueDate(date(T0.plus(DAY)));
  }

  @Test
  void departmentHeadIsToldAtTheCommittedTimeAndManagementLaterWhileTheInvestigationGoesOn() {
    ProcessInstance instance = receive("response-time");
    Instant answerDue = T0.plus(Duration.ofDays(2));

    passTo(instance, answerDue.minusSeconds(1));
    assertThat(escalate.ran()).isFalse();

    passTo(instance, answerDue);
    assertThat(escalate.runs()).singleElement().satisfies(run -> {
      assertThat(run.activityId()).isEqualTo("escalate-to-head");
      assertThat(run.variable("level")).isEqualTo(1L);
      assertThat(run.variable("notifyGroup")).isEqualTo("managers");
    });
    assertThat(instance).hasPassed("head-told").isWaitingAt("investigate-complaint");

    passTo(instance, answerDue.plus(DAY));
    assertThat(escalate.activities()).containsExactly("escalate-to-head", "escalate-to-management");
    assertThat(escalate.lastRun().variable("level")).isEqualTo(2L);
    assertThat(escalate.lastRun().variable("notifyGroup")).isEqualTo("managers");
    assertThat(instance).hasPassed("management-told").isWaitingAt("investigate-complaint");
    assertThat(timers(instance)).isEmpty();
  }

  @Test
  void answeredInTimeAndSatisfiedCloses() {
    ProcessInstance instance = receive("billing");

    complete(task(instance, "investigate-complaint"), Map.of("answer", "Credited"));
    assertThat(sendAnswer.ran()).isTrue();
    assertThat(instance).isWaitingAt("call-back").task().hasName("Ask whether the customer is satisfied")
        .hasCandidateGroup("hotline");
    assertThat(timers(instance)).as("the escalations end with the investigation").isEmpty();

    complete(task(instance, "call-back"), Map.of("satisfied", true, "satisfactionScore", 5));

    assertThat(recordCallBack.activities()).containsExactly("call-back");
    assertThat(close.ran()).isTrue();
    assertThat(escalate.ran()).isFalse();
    assertThat(instance).hasPassed("complaint-closed").hasNotPassed("reopen-complaint").isEnded();
  }

  @Test
  void unsatisfiedOnceIsReinvestigatedBySameDepartmentWithFreshDeadlines() {
    ProcessInstance instance = receive("product-quality");
    complete(task(instance, "investigate-complaint"), Map.of("answer", "Firmware 2.1 fixes it"));
    Instant calledBack = T0.plus(Duration.ofDays(3));
    passTo(instance, calledBack);

    complete(task(instance, "call-back"), Map.of("satisfied", false, "satisfactionScore", 2));

    assertThat(reopen.ran()).isTrue();
    assertThat(instance).hasPassed("reopen-complaint").isWaitingAt("investigate-complaint")
        .task().hasCandidateGroup("engineers").hasDueDate(date(calledBack.plus(Duration.ofDays(5))));
    assertThat(timers(instance))
        .containsExactly(calledBack.plus(Duration.ofDays(5)), calledBack.plus(Duration.ofDays(7)));

    complete(task(instance, "investigate-complaint"), Map.of("answer", "Replaced the unit"));
    complete(task(instance, "call-back"), Map.of("satisfied", true, "satisfactionScore", 4));

    assertThat(instance).hasPassed("complaint-closed").hasNotPassed("hand-to-management").isEnded();
  }

  @Test
  void unsatisfiedTwiceGoesToManagementWhoSettlesIt() {
    ProcessInstance instance = receive("service-quality");
    complete(task(instance, "investigate-complaint"), Map.of("answer", "Sorry"));
    complete(task(instance, "call-back"), Map.of("satisfied", false, "satisfactionScore", 1));
    complete(task(instance, "investigate-complaint"), Map.of("answer", "Sorry again"));

    complete(task(instance, "call-back"), Map.of("satisfied", false, "satisfactionScore", 1));

    assertThat(reopen.runs()).hasSize(1);
    assertThat(handToManagement.ran()).isTrue();
    assertThat(instance).isWaitingAt("settle-complaint").task().hasName("Settle complaint")
        .hasCandidateGroup("managers");

    complete(task(instance, "settle-complaint"), Map.of("settlement", "A month free"));

    assertThat(sendSettlement.ran()).isTrue();
    assertThat(close.ran()).isTrue();
    assertThat(instance).hasPassed("send-settlement", "complaint-closed").isEnded();
  }
}
