package io.casedesk.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

import io.casedesk.support.DiagramTestSupport;
import io.casedesk.support.StandIn;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * change-request.bpmn on the engine clock: the author's plan, the expert group's review (every expert approves, the
 * first objection sends the plan back), the quote of a paid upgrade, the customer's approval, the window's timer,
 * the implementation, the report and the case it closes. Today is Monday 2 March 2026, 09:00 UTC.
 */
@Deployment(resources = "processes/change-request.bpmn")
class ChangeRequestDiagramTest extends DiagramTestSupport {

  static final String CHANGE_ID = "CHG-2026-000007";
  static final Instant WINDOW_START = T0.plus(Duration.ofDays(5)).plus(Duration.ofHours(13)); // Sat 22:00
  static final Instant WINDOW_END = WINDOW_START.plus(Duration.ofHours(4));

  /** The group experts as ExpertPanel would find it. */
  public static final class ThreeExperts {
    public List<String> reviewers() {
      return List.of("expert1", "expert2", "expert3");
    }
  }

  StandIn submitPlan;
  StandIn recordVerdict;
  StandIn returnPlan;
  StandIn escalate;
  StandIn withdraw;
  StandIn recordApproved;
  StandIn recordQuote;
  StandIn askCustomer;
  StandIn startImplementation;
  StandIn recordImplementation;
  StandIn sendReport;
  StandIn closeCase;

  @BeforeEach
  void standIns() {
    bean("expertPanel", new ThreeExperts());
    // as SubmitChangePlanDelegate: a new round without objections
    submitPlan = standIn("submitChangePlan").doing(scope -> scope.setVariable("objections", 0));
    // as RecordExpertVerdictListener: counts the objections the completion rule reads
    recordVerdict = standIn("recordExpertVerdict").doing(scope -> {
      if (!"approve".equals(scope.getVariable("verdict"))) {
        scope.setVariable("objections", ((Number) scope.getVariable("objections")).intValue() + 1);
      }
    });
    returnPlan = standIn("returnChangePlan");
    escalate = standIn("escalateOverdueReview");
    withdraw = standIn("withdrawChange");
    recordApproved = standIn("recordPlanApproved");
    recordQuote = standIn("recordChangeQuote");
    askCustomer = standIn("askCustomerToApproveChange");
    startImplementation = standIn("startChangeImplementation");
    // as RecordChangeImplementationDelegate
    recordImplementation = standIn("recordChangeImplementation").doing(scope ->
        scope.setVariable("changeCompleted", "completed".equals(scope.getVariable("implementationOutcome"))));
    sendReport = standIn("sendChangeReport");
    closeCase = standIn("closeLinkedCase");
  }

  ProcessInstance raised(String caseNumber, boolean chargeable) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("changeId", CHANGE_ID);
    variables.put("caseNumber", caseNumber);
    variables.put("title", "Upgrade IOS on the core router");
    variables.put("chargeable", chargeable);
    variables.put("planAuthor", "engineer1");
    return engine.getRuntimeService().startProcessInstanceByKey("change-request", CHANGE_ID, variables);
  }

  void submitPlan(ProcessInstance instance) {
    Map<String, Object> form = new HashMap<>();
    form.put("planAction", "submit");
    form.put("planWhat", "IOS 15.2(4)M7 to 15.2(4)M11 on core-1");
    form.put("planWhy", "Fixes CSCxy12345");
    form.put("planRisk", "10 minutes outage during reload");
    form.put("planRollback", "Boot the previous image");
    form.put("windowStart", WINDOW_START.toString());
    form.put("windowEnd", WINDOW_END.toString());
    complete(task(instance, "write-plan"), form);
  }

  List<Task> reviews(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("review-plan").orderByTaskAssignee().asc().list();
  }

  void review(ProcessInstance instance, String expert, String verdict) {
    Task task = reviews(instance).stream().filter(t -> expert.equals(t.getAssignee())).findFirst().orElseThrow();
    complete(task, Map.of("verdict", verdict, "reviewComment", expert + " says " + verdict));
  }

  void allApprove(ProcessInstance instance) {
    for (String expert : List.of("expert1", "expert2", "expert3")) {
      review(instance, expert, "approve");
    }
  }

  void customerAnswers(boolean approved) {
    engine.getRuntimeService().createMessageCorrelation("change-approval-answered")
        .processInstanceBusinessKey(CHANGE_ID).setVariable("customerApproved", approved).correlate();
  }

  /** Plan submitted, every expert approved, no quote needed, the customer approved. */
  ProcessInstance approvedBugFix(String caseNumber) {
    ProcessInstance instance = raised(caseNumber, false);
    submitPlan(instance);
    allApprove(instance);
    customerAnswers(true);
    return instance;
  }

  @Test
  void theAuthorWritesThePlan() {
    ProcessInstance instance = raised("CS-2026-000001", false);

    assertThat(instance).isWaitingAt("write-plan").task().hasName("Write the change plan").isAssignedTo("engineer1")
        .hasCandidateGroupAssociated("engineers");
  }

  @Test
  void everyExpertGetsTheirOwnReviewDueInTwoDays() {
    ProcessInstance instance = raised("CS-2026-000001", false);

    submitPlan(instance);

    assertThat(submitPlan.ran()).isTrue();
    assertThat(reviews(instance)).extracting(Task::getAssignee).containsExactly("expert1", "expert2", "expert3");
    assertThat(reviews(instance)).allSatisfy(task ->
        assertThat(task.getDueDate().toInstant()).isEqualTo(T0.plus(Duration.ofDays(2))));
  }

  @Test
  void twoExpertsApproveOneRejectsAndThePlanReturnsToItsAuthor() {
    ProcessInstance instance = raised("CS-2026-000001", false);
    submitPlan(instance);

    review(instance, "expert1", "approve");
    review(instance, "expert2", "approve");
    assertThat(instance).isWaitingAt("review-plan");
    assertThat(reviews(instance)).extracting(Task::getAssignee).containsExactly("expert3");
    review(instance, "expert3", "reject");

    assertThat(recordVerdict.runs()).hasSize(3);
    assertThat(returnPlan.ran()).isTrue();
    assertThat(askCustomer.ran()).isFalse();
    assertThat(instance).isWaitingAt("write-plan").task().isAssignedTo("engineer1");
    assertThat(reviews(instance)).isEmpty();
  }

  @Test
  void theFirstRequestForChangesEndsTheReview() {
    ProcessInstance instance = raised("CS-2026-000001", false);
    submitPlan(instance);

    review(instance, "expert2", "changes");

    assertThat(reviews(instance)).isEmpty();
    assertThat(returnPlan.ran()).isTrue();
    assertThat(instance).isWaitingAt("write-plan");
  }

  @Test
  void theResubmittedPlanIsReviewedAgainFromScratch() {
    ProcessInstance instance = raised("CS-2026-000001", false);
    submitPlan(instance);
    review(instance, "expert1", "reject");

    submitPlan(instance);

    assertThat(reviews(instance)).hasSize(3);
    allApprove(instance);
    assertThat(instance).isWaitingAt("await-approval");
  }

  @Test
  void anOverdueReviewIsEscalatedAndStaysOpen() {
    ProcessInstance instance = raised("CS-2026-000001", false);
    submitPlan(instance);
    review(instance, "expert1", "approve");

    passTo(instance, T0.plus(Duration.ofDays(2)).minusSeconds(1));
    assertThat(escalate.ran()).isFalse();
    passTo(instance, T0.plus(Duration.ofDays(2)));

    assertThat(escalate.runs()).hasSize(1);
    assertThat(reviews(instance)).extracting(Task::getAssignee).containsExactly("expert2", "expert3");
    passTo(instance, T0.plus(Duration.ofDays(10)));
    assertThat(escalate.runs()).as("escalated once per round").hasSize(1);
  }

  @Test
  void aBugFixNeedsNoQuote() {
    ProcessInstance instance = raised("CS-2026-000001", false);
    submitPlan(instance);

    allApprove(instance);

    assertThat(recordApproved.ran()).isTrue();
    assertThat(askCustomer.ran()).isTrue();
    assertThat(instance).hasNotPassed("quote-upgrade").isWaitingAt("await-approval");
  }

  @Test
  void aPaidUpgradeWaitsForTheQuoteBeforeTheCustomerIsAsked() {
    ProcessInstance instance = raised(null, true);
    submitPlan(instance);

    allApprove(instance);

    assertThat(instance).isWaitingAt("quote-upgrade").task().hasCandidateGroupAssociated("sales");
    assertThat(askCustomer.ran()).isFalse();
    complete(task(instance, "quote-upgrade"), Map.of("quoteReference", "QT-2026-0042", "quotePrice", "EUR 1,200.00"));
    assertThat(recordQuote.ran()).isTrue();
    assertThat(askCustomer.ran()).isTrue();
    assertThat(instance).isWaitingAt("await-approval");
  }

  @Test
  void theCustomersRefusalSendsThePlanBack() {
    ProcessInstance instance = raised("CS-2026-000001", false);
    submitPlan(instance);
    allApprove(instance);

    customerAnswers(false);

    assertThat(returnPlan.ran()).isTrue();
    assertThat(instance).isWaitingAt("write-plan");
  }

  @Test
  void theWindowsTimerStartsTheImplementation() {
    ProcessInstance instance = approvedBugFix("CS-2026-000001");

    assertThat(instance).isWaitingAt("window-opens");
    assertThat(timers(instance)).containsExactly(WINDOW_START);
    passTo(instance, WINDOW_START.minusSeconds(1));
    assertThat(startImplementation.ran()).isFalse();
    passTo(instance, WINDOW_START);

    assertThat(startImplementation.ran()).isTrue();
    assertThat(instance).isWaitingAt("implement-change").task().isAssignedTo("engineer1");
    assertThat(task(instance, "implement-change").getDueDate().toInstant()).isEqualTo(WINDOW_END);
  }

  @Test
  void theReportGoesToTheCustomerAndTheCaseItFixesCloses() {
    ProcessInstance instance = approvedBugFix("CS-2026-000001");
    passTo(instance, WINDOW_START);

    complete(task(instance, "implement-change"), Map.of("implementationOutcome", "completed"));
    assertThat(recordImplementation.ran()).isTrue();
    assertThat(instance).isWaitingAt("write-report").task().isAssignedTo("engineer1");
    complete(task(instance, "write-report"), Map.of("implementationReport", "Upgraded at 22:10, all checks green"));

    assertThat(sendReport.ran()).isTrue();
    assertThat(closeCase.ran()).isTrue();
    assertThat(instance).isEnded().hasPassed("change-done");
  }

  @Test
  void aRolledBackChangeIsReportedAndLeavesTheCaseOpen() {
    ProcessInstance instance = approvedBugFix("CS-2026-000001");
    passTo(instance, WINDOW_START);

    complete(task(instance, "implement-change"), Map.of("implementationOutcome", "rolled-back"));
    complete(task(instance, "write-report"), Map.of("implementationReport", "Rolled back: image failed to boot"));

    assertThat(sendReport.ran()).isTrue();
    assertThat(closeCase.ran()).isFalse();
    assertThat(instance).isEnded().hasPassed("change-ended");
  }

  @Test
  void aChangeWithoutCaseEndsAfterItsReport() {
    ProcessInstance instance = raised(null, true);
    submitPlan(instance);
    allApprove(instance);
    complete(task(instance, "quote-upgrade"), Map.of("quoteReference", "QT-1", "quotePrice", "EUR 10"));
    customerAnswers(true);
    passTo(instance, WINDOW_START);
    complete(task(instance, "implement-change"), Map.of("implementationOutcome", "completed"));
    complete(task(instance, "write-report"), Map.of("implementationReport", "Done"));

    assertThat(closeCase.ran()).isFalse();
    assertThat(instance).isEnded().hasPassed("change-ended");
  }

  @Test
  void theAuthorMayWithdrawTheChange() {
    ProcessInstance instance = raised("CS-2026-000001", false);

    complete(task(instance, "write-plan"), Map.of("planAction", "withdraw"));

    assertThat(withdraw.ran()).isTrue();
    assertThat(instance).isEnded().hasPassed("change-withdrawn");
  }
}
