package io.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

import io.casedesk.calendar.CalendarProperties;
import io.casedesk.calendar.ContractCoverage;
import io.casedesk.calendar.PublicHolidays;
import io.casedesk.calendar.ServiceCalendars;
import io.casedesk.shifts.Shift;
import io.casedesk.shifts.ShiftSchedule;
import io.casedesk.sla.ClockedCase;
import io.casedesk.sla.SlaClock;
import io.casedesk.support.DiagramTestSupport;
import io.casedesk.support.StandIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * case-handling.bpmn with its decision tables (case-priority, case-routing, sla-policy, emergency-criteria):
 * entitlement, triage, the hotline's priority confirmation, the work loop, the SLA clock with its escalation
 * ladder (held while the customer is asked or a solution awaits confirmation), closure and the reopen window, and
 * the three event subprocesses (hot case, emergency check, duty manager). The SLA clock, the hot rule and the shift
 * schedule are the real {@link SlaClock}, {@link TaskPriorities} and {@link ShiftSchedule}; the case's contract
 * counts round the clock in UTC, so an escalation falls due exactly its duration after the case was reported (less
 * the time the clock was held). The RMA is a one-task stand-in process deployed by its test. Reported on Monday
 * 2 March 2026, 09:00 UTC.
 */
@Deployment(resources = {"processes/case-handling.bpmn", "processes/case-priority.dmn", "processes/case-routing.dmn",
    "processes/sla-policy.dmn", "processes/emergency-criteria.dmn"})
class CaseHandlingDiagramTest extends DiagramTestSupport {

  static final String CASE_NUMBER = "CS-2026-000042";
  static final Duration MINUTE = Duration.ofMinutes(1);
  static final Duration HOUR = Duration.ofHours(1);
  static final Duration DAY = Duration.ofDays(1);

  /** What CheckEntitlementDelegate finds on the case's contract. */
  boolean entitled = true;
  String serviceLevel = "gold";
  /** What the case's records tell the SLA clock: reported at T0; a reopened case's clock starts at the reopening. */
  Instant clockStartsAt = T0;

  String rmaDeployment;

  StandIn register;
  StandIn checkEntitlement;
  StandIn recordSalesFollowUp;
  StandIn recordPriorityConfirmation;
  StandIn applyConfirmedPriority;
  StandIn replanDueTimes;
  StandIn openCase;
  StandIn assignToCaseEngineer;
  StandIn recordAssignment;
  StandIn recordWorkAction;
  StandIn askCustomer;
  StandIn resumeWork;
  StandIn markRmaPending;
  StandIn resumeAfterRma;
  StandIn applySupervisorDecision;
  StandIn recordVendorCase;
  StandIn proposeSolution;
  StandIn sendClosureReminder;
  StandIn recordClosureWithoutAnswer;
  StandIn closeCase;
  StandIn reopenCase;
  StandIn escalateCase;
  StandIn rememberDutyManager;
  StandIn publishActionPlan;
  StandIn escalateOverdueCallBack;
  StandIn declareRedFlag;
  StandIn pageDutyManager;

  @BeforeEach
  void standInsAndBeans() {
    // what the real steps leave for the diagram: the case number (variable and business key, which the SLA signals
    // and the clock read), the contract's verdict, escalation level 0 on opening, the raised level on escalation,
    // the confirmed priority, and the engineer who took the work task
    register = standIn("registerCase").doing(scope -> {
      ((DelegateExecution) scope).setProcessBusinessKey(CASE_NUMBER);
      scope.setVariable("caseNumber", CASE_NUMBER);
    });
    checkEntitlement = standIn("checkEntitlement").doing(scope -> {
      scope.setVariable("entitled", entitled);
      scope.setVariable("serviceLevel", serviceLevel);
      if (!entitled) {
        scope.setVariable("entitlementReason", "Contract expired on 2026-01-31");
      }
    });
    recordSalesFollowUp = standIn("recordSalesFollowUp");
    recordPriorityConfirmation = standIn("recordPriorityConfirmation");
    applyConfirmedPriority = standIn("applyConfirmedPriority")
        .doing(scope -> scope.setVariable("priority", scope.getVariable("confirmedPriority")));
    replanDueTimes = standIn("replanDueTimes");
    openCase = standIn("openCase").doing(scope -> scope.setVariable("escalationLevel", 0));
    assignToCaseEngineer = standIn("assignToCaseEngineer").doing(scope -> {
      if (scope.getVariable("caseEngineer") != null) { // back to the engineer who owns the case
        ((DelegateTask) scope).setAssignee((String) scope.getVariable("caseEngineer"));
      }
    });
    recordAssignment = standIn("recordAssignment")
        .doing(scope -> scope.setVariable("caseEngineer", ((DelegateTask) scope).getAssignee()));
    recordWorkAction = standIn("recordWorkAction");
    askCustomer = standIn("askCustomer");
    resumeWork = standIn("resumeWork");
    markRmaPending = standIn("markRmaPending");
    resumeAfterRma = standIn("resumeAfterRma");
    applySupervisorDecision = standIn("applySupervisorDecision");
    recordVendorCase = standIn("recordVendorCase");
    proposeSolution = standIn("proposeSolution");
    sendClosureReminder = standIn("sendClosureReminder");
    recordClosureWithoutAnswer = standIn("recordClosureWithoutAnswer");
    closeCase = standIn("closeCase");
    standIn("offerKnowledgeArticle");
    reopenCase = standIn("reopenCase").doing(scope -> clockStartsAt = now());
    escalateCase = standIn("escalateCase").doing(scope -> {
      int level = Integer.parseInt(String.valueOf(scope.getVariable("level")));
      int current = ((Number) scope.getVariable("escalationLevel")).intValue();
      scope.setVariable("escalationLevel", Math.max(level, current));
    });
    rememberDutyManager = standIn("rememberDutyManager");
    publishActionPlan = standIn("publishActionPlan");
    escalateOverdueCallBack = standIn("escalateOverdueCallBack");
    declareRedFlag = standIn("declareRedFlag");
    pageDutyManager = standIn("pageDutyManager");

    bean("slaClock", new SlaClock(new ClockedCase() {
      @Override
      public Instant clockStartsAt(String caseNumber) {
        return clockStartsAt;
      }

      @Override
      public String contractId(String caseNumber) {
        return "CT-7";
      }
    }, roundTheClock()));
    bean("priorities", new TaskPriorities());
    bean("forgetLastAction", new ForgetLastActionListener());
    bean("shiftSchedule", new ShiftSchedule(List.of(
        new Shift("Budapest", ZoneId.of("Europe/Budapest"), LocalTime.of(8, 0), "manager-bud", null))));
  }

  @AfterEach
  void removeRmaStandIn() {
    if (rmaDeployment != null) {
      engine.getRepositoryService().deleteDeployment(rmaDeployment, true);
    }
  }

  /** Calendars without configuration, and no contract on file: every case counts round the clock in UTC. */
  static ServiceCalendars roundTheClock() {
    CalendarProperties properties = new CalendarProperties(null, null, null, null);
    return new ServiceCalendars(properties, new PublicHolidays(properties), new ContractCoverage(null) {
      @Override
      public Optional<Coverage> of(String contractId) {
        return Optional.empty();
      }
    });
  }

  ProcessInstance report(String impact, String urgency, String channel) {
    return report(impact, urgency, channel, Map.of());
  }

  /** A customer reports a fault; triage runs in a job of its own right after the case is saved. */
  ProcessInstance report(String impact, String urgency, String channel, Map<String, Object> emergencyFacts) {
    Map<String, Object> variables = new HashMap<>(emergencyFacts);
    variables.put("impact", impact);
    variables.put("urgency", urgency);
    variables.put("channel", channel);
    variables.put("category", "operational-problem");
    variables.put("product", "Router X200");
    variables.put("subject", "No dial tone on trunk 3");
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("case-handling", variables);
    assertThat(instance).isWaitingAt("check-entitlement");
    assertThat(register.ran()).isTrue();
    runDueJobs(instance);
    return instance;
  }

  /** high impact, medium urgency by phone: P2, no confirmation call. */
  ProcessInstance p2ByPhone() {
    return report("high", "medium", "phone");
  }

  void engineerDoes(ProcessInstance instance, String workAction) {
    String taskId = task(instance, "work-case").getId();
    engine.getTaskService().claim(taskId, "engineer1");
    complete(task(instance, "work-case"), Map.of("workAction", workAction, "actionNote", "Note on " + workAction));
  }

  void customer(String message, Map<String, Object> variables) {
    engine.getRuntimeService().createMessageCorrelation(message).processInstanceBusinessKey(CASE_NUMBER)
        .setVariables(variables).correlate();
  }

  Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  boolean slaClockRunning(ProcessInstance instance) {
    return engine.getRuntimeService().getActivityInstance(instance.getId())
        .getActivityInstances("escalation-clock").length > 0;
  }

  // 1. Entitled case: triage by the tables, clock, queue, escalation ladder

  @ParameterizedTest(name = "impact {0}, urgency {1}, {2}: {3}, first response {4}, resolution {5}")
  @CsvSource({
      "high,   high,   gold,   P1, PT15M, PT4H",
      "high,   medium, gold,   P2, PT30M, PT8H",
      "medium, high,   silver, P2, PT1H,  PT24H",
      "medium, medium, bronze, P3, PT8H,  P10D",
      "low,    low,    silver, P4, P1D,   P20D"})
  void theTablesGivePriorityQueueAndSlaTargets(String impact, String urgency, String level, String priority,
      String firstResponse, String resolution) {
    serviceLevel = level;
    ProcessInstance instance = report(impact, urgency, "phone");

    assertThat(instance).hasPassed("determine-priority", "route-case", "look-up-sla-policy",
            "start-sla-clock", "open-case")
        .isWaitingAt("work-case").variables()
        .containsEntry("priority", priority).containsEntry("queue", "operational-problems")
        .containsEntry("candidateGroup", "engineers")
        .containsEntry("firstResponseWithin", firstResponse).containsEntry("resolutionWithin", resolution);
  }

  @Test
  void entitledP2GoldCaseIsOpenedInItsQueueWithTheEscalationLadderRunning() {
    ProcessInstance instance = p2ByPhone();

    assertThat(checkEntitlement.ran()).isTrue();
    assertThat(instance).hasPassed("contract-valid", "determine-priority", "start-sla-clock", "open-case")
        .hasNotPassed("sales-follow-up", "confirm-priority").variables()
        .containsEntry("priority", "P2").containsEntry("serviceLevel", "gold")
        .containsEntry("firstResponseWithin", "PT30M").containsEntry("resolutionWithin", "PT8H")
        .containsEntry("escalateToEngineerAfter", "PT1H").containsEntry("escalateToSupervisorAfter", "PT2H")
        .containsEntry("escalateToManagerAfter", "PT4H")
        .as("a fresh clock stores nothing: it runs from the report").doesNotContainKeys(SlaClock.RUNNING_SINCE,
            SlaClock.ELAPSED_MILLIS);
    assertThat(openCase.lastRun().variables()).containsEntry("queue", "operational-problems");
    assertThat(instance).isWaitingAt("work-case", "escalation-clock")
        .task("work-case").hasName("Work the case").hasCandidateGroup("engineers").isNotAssigned();
    assertThat(assignToCaseEngineer.activities()).containsExactly("work-case");
    assertThat(slaClockRunning(instance)).isTrue();
    assertThat(timers(instance)).as("the engineer's escalation first").containsExactly(T0.plus(HOUR));
  }

  @Test
  void p4CaseHasNoEscalationLadder() {
    ProcessInstance instance = report("low", "low", "phone");

    assertThat(instance).variables().containsEntry("priority", "P4").containsEntry("escalateToEngineerAfter", null);
    assertThat(instance).isWaitingAt("work-case").hasPassed("no-escalation-pending")
        .hasNotPassed("escalation-clock");
    assertThat(timers(instance)).isEmpty();
  }

  @Test
  void engineerEscalationFiresAfterItsDurationAndTheCaseGoesOn() {
    ProcessInstance instance = p2ByPhone();

    passTo(instance, T0.plus(HOUR).minusSeconds(1));
    assertThat(escalateCase.ran()).isFalse();

    passTo(instance, T0.plus(HOUR));
    assertThat(escalateCase.runs()).singleElement().satisfies(run -> {
      assertThat(run.activityId()).isEqualTo("escalate-to-engineer");
      assertThat(String.valueOf(run.variable("level"))).isEqualTo("1");
      assertThat(run.variable("notifyGroup")).isEqualTo("engineers");
    });
    assertThat(instance).variables().containsEntry("escalationLevel", 1);
    assertThat(instance).isWaitingAt("work-case", "escalation-clock");
    assertThat(timers(instance)).as("the clock runs on to the supervisor's escalation")
        .containsExactly(T0.plus(HOUR.multipliedBy(2)));

    passTo(instance, T0.plus(HOUR.multipliedBy(2)));
    assertThat(escalateCase.runs()).extracting(StandIn.Run::activityId)
        .containsExactly("escalate-to-engineer", "escalate-to-supervisor");
    assertThat(timers(instance)).containsExactly(T0.plus(HOUR.multipliedBy(4)));

    passTo(instance, T0.plus(HOUR.multipliedBy(4)));
    assertThat(escalateCase.runs()).extracting(StandIn.Run::activityId)
        .containsExactly("escalate-to-engineer", "escalate-to-supervisor", "escalate-to-manager");
    assertThat(escalateCase.runs()).extracting(run -> run.variable("notifyGroup"))
        .containsExactly("engineers", "supervisors", "managers");
    assertThat(instance).variables().containsEntry("escalationLevel", 3);
    assertThat(timers(instance)).isEmpty();
    assertThat(instance).isWaitingAt("work-case").hasPassed("no-escalation-pending");
  }

  // 2. No contract

  @Test
  void caseWithoutContractGoesToSalesWithoutSlaClock() {
    entitled = false;
    ProcessInstance instance = p2ByPhone();

    assertThat(instance).isWaitingAt("sales-follow-up").task().hasName("Follow up case without contract")
        .hasCandidateGroup("sales");
    assertThat(instance).hasNotPassed("determine-priority", "start-sla-clock", "open-case");
    assertThat(openCase.ran()).isFalse();
    assertThat(timers(instance)).isEmpty();
    assertThat(variable(instance, SlaClock.RUNNING_SINCE)).isNull();

    complete(task(instance, "sales-follow-up"));

    assertThat(recordSalesFollowUp.activities()).containsExactly("record-sales-follow-up");
    assertThat(instance).hasPassed("closed-without-contract").isEnded();
  }

  // 3. Hot cases: confirmation call and the duty manager's page

  @ParameterizedTest
  @ValueSource(strings = {"web", "email"})
  void hotCaseFromWebOrEmailIsConfirmedByPhoneAndPagesTheDutyManager(String channel) {
    ProcessInstance instance = report("high", "medium", channel);

    assertThat(instance).isWaitingAt("confirm-priority", "work-case").task("confirm-priority")
        .hasName("Call customer to confirm priority").hasCandidateGroup("hotline");
    assertThat(pageDutyManager.activities()).containsExactly("page-duty-manager");
    assertThat(instance).hasPassed("duty-manager-paged");
  }

  @Test
  void hotCaseByPhoneNeedsNoConfirmationCallButStillPages() {
    ProcessInstance instance = p2ByPhone();

    assertThat(instance).hasPassed("confirmation-needed", "open-case").hasNotPassed("case-triaged", "confirm-priority");
    assertThat(pageDutyManager.activities()).containsExactly("page-duty-manager");
  }

  @ParameterizedTest(name = "impact {0}, urgency {1} by web")
  @CsvSource({"medium, medium", "low, low"})
  void p3AndP4CasesAreNotConfirmedNorPaged(String impact, String urgency) {
    ProcessInstance instance = report(impact, urgency, "web");

    assertThat(instance).isWaitingAt("work-case").hasNotPassed("confirm-priority", "page-duty-manager");
    assertThat(pageDutyManager.ran()).isFalse();
  }

  // 4. Ask customer: the clock holds and resumes

  @Test
  void askingTheCustomerHoldsTheClockAndTheAnswerResumesItWithTheTimeItHadLeft() {
    ProcessInstance instance = p2ByPhone();

    passTo(instance, T0.plus(MINUTE.multipliedBy(30)));
    engineerDoes(instance, "request-info");

    assertThat(recordAssignment.activities()).containsExactly("work-case");
    assertThat(recordWorkAction.activities()).containsExactly("record-work");
    assertThat(askCustomer.activities()).containsExactly("pause-for-customer");
    assertThat(instance).hasPassed("hold-sla-clock-for-answer", "sla-paused").isWaitingAt("customer-answered")
        .variables().containsEntry(SlaClock.RUNNING_SINCE, null)
        .containsEntry(SlaClock.ELAPSED_MILLIS, MINUTE.multipliedBy(30).toMillis());
    assertThat(timers(instance)).as("no escalation while the customer has the ball").isEmpty();
    assertThat(slaClockRunning(instance)).isFalse();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();

    // two hours later the customer answers: 30 minutes of the clock have run, the ladder moves by the two hours
    passTo(instance, T0.plus(MINUTE.multipliedBy(150)));
    assertThat(escalateCase.ran()).isFalse();
    customer("customer-message", Map.of("customerMessage", "Trunk 3 is on port 7"));

    assertThat(resumeWork.activities()).containsExactly("resume-after-answer");
    assertThat(instance).hasPassed("resume-sla-clock-on-answer", "sla-resumed").isWaitingAt("work-case")
        .variables().containsEntry(SlaClock.RUNNING_SINCE, date(T0.plus(MINUTE.multipliedBy(150))));
    assertThat(instance).task("work-case").hasCandidateGroupAssociated("engineers").isAssignedTo("engineer1");
    assertThat(timers(instance)).as("the engineer's escalation is next")
        .containsExactly(T0.plus(HOUR.multipliedBy(3)));
  }

  @Test
  void anEngineerNoteKeepsTheClockRunning() {
    ProcessInstance instance = p2ByPhone();

    engineerDoes(instance, "note");

    assertThat(instance).isWaitingAt("work-case");
    assertThat(timers(instance)).containsExactly(T0.plus(HOUR));
    assertThat(recordWorkAction.lastRun().variables()).containsEntry("workAction", "note")
        .containsEntry("actionNote", "Note on note");
    assertThat(engine.getTaskService().getVariables(task(instance, "work-case").getId()))
        .as("the next task's form starts empty").doesNotContainKeys("workAction", "actionNote");
  }

  // 5. and 6. Solve, closure, reopen window

  ProcessInstance solvedAt(Instant solved) {
    ProcessInstance instance = p2ByPhone();
    passTo(instance, solved);
    engineerDoes(instance, "solve");
    return instance;
  }

  @Test
  void solvedCaseWaitsForTheCustomersConfirmationWithTheClockHeld() {
    Instant solved = T0.plus(MINUTE.multipliedBy(40));
    ProcessInstance instance = solvedAt(solved);

    assertThat(proposeSolution.activities()).containsExactly("propose-solution");
    assertThat(instance).hasPassed("hold-sla-clock-for-confirmation", "sla-paused").isWaitingAt("await-closure");
    assertThat(timers(instance)).as("reminder and closure without answer, no escalation")
        .containsExactly(solved.plus(DAY.multipliedBy(3)), solved.plus(DAY.multipliedBy(5)));
  }

  @Test
  void confirmedClosureStopsTheClockClosesTheCaseAndOpensTheReopenWindow() {
    Instant solved = T0.plus(MINUTE.multipliedBy(40));
    ProcessInstance instance = solvedAt(solved);
    Instant confirmed = solved.plus(DAY);

    passTo(instance, confirmed);
    customer("closure-confirmed", Map.of("closureOutcome", "CONFIRMED"));

    assertThat(instance).hasPassed("await-closure", "work-done", "stop-sla-clock", "sla-stopped-while-paused",
        "sla-clock-ended-while-paused").isWaitingAt("reopen-window");
    assertThat(closeCase.activities()).containsExactly("close-case");
    assertThat(slaClockRunning(instance)).isFalse();
    assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(instance.getId())
        .eventType("signal").count()).as("no SLA signal awaited any more").isZero();
    assertThat(timers(instance)).as("reopen window").containsExactly(confirmed.plus(DAY.multipliedBy(14)));

    passTo(instance, confirmed.plus(DAY.multipliedBy(14)));
    assertThat(instance).hasPassed("reopen-window-passed", "case-closed").isEnded();
    assertThat(reopenCase.ran()).isFalse();
  }

  @Test
  void customerWritingWithinTheReopenWindowReopensTheCaseWithAFreshClock() {
    Instant solved = T0.plus(MINUTE.multipliedBy(40));
    ProcessInstance instance = solvedAt(solved);
    customer("closure-confirmed", Map.of("closureOutcome", "CONFIRMED"));
    Instant reopened = solved.plus(DAY.multipliedBy(10));

    passTo(instance, reopened);
    customer("customer-message", Map.of("customerMessage", "Dead again"));

    assertThat(reopenCase.activities()).containsExactly("reopen-case");
    assertThat(openCase.runs()).hasSize(2);
    assertThat(instance).hasPassed("customer-wrote-again").isWaitingAt("work-case").variables()
        .doesNotContainKeys(SlaClock.RUNNING_SINCE, SlaClock.ELAPSED_MILLIS).containsEntry("escalationLevel", 0);
    assertThat(instance).task("work-case").as("back to its engineer").isAssignedTo("engineer1")
        .hasCandidateGroupAssociated("engineers");
    assertThat(timers(instance)).as("the ladder from its first step")
        .containsExactly(reopened.plus(HOUR));
  }

  @Test
  void silentCustomerIsRemindedAfterThreeDaysAndTheCaseClosesAfterFive() {
    Instant solved = T0.plus(MINUTE.multipliedBy(40));
    ProcessInstance instance = solvedAt(solved);

    passTo(instance, solved.plus(DAY.multipliedBy(3)).minusSeconds(1));
    assertThat(sendClosureReminder.ran()).isFalse();

    passTo(instance, solved.plus(DAY.multipliedBy(3)));
    assertThat(sendClosureReminder.activities()).containsExactly("send-closure-reminder");
    assertThat(instance).hasPassed("closure-reminder-sent").isWaitingAt("await-closure");
    assertThat(closeCase.ran()).isFalse();

    passTo(instance, solved.plus(DAY.multipliedBy(5)));
    assertThat(sendClosureReminder.runs()).hasSize(1);
    assertThat(recordClosureWithoutAnswer.activities()).containsExactly("record-closure-without-answer");
    assertThat(closeCase.activities()).containsExactly("close-case");
    assertThat(instance).hasPassed("record-closure-without-answer", "work-done", "stop-sla-clock", "sla-clock-ended-while-paused")
        .isWaitingAt("reopen-window");
    assertThat(timers(instance)).containsExactly(solved.plus(DAY.multipliedBy(19)));
  }

  @Test
  void supplementInsteadOfConfirmationResumesTheClockAndTheWork() {
    Instant solved = T0.plus(MINUTE.multipliedBy(40));
    ProcessInstance instance = solvedAt(solved);
    Instant supplemented = solved.plus(HOUR);

    passTo(instance, supplemented);
    customer("closure-rejected", Map.of("customerMessage", "Only trunk 3 works again, trunk 4 still dead"));

    assertThat(resumeWork.activities()).containsExactly("resume-after-supplement");
    assertThat(instance).hasPassed("closure-rejected", "resume-sla-clock-on-supplement", "sla-resumed")
        .isWaitingAt("work-case");
    // 40 minutes of the clock had run: 20 minutes to the engineer's escalation, from the supplement on
    assertThat(timers(instance)).containsExactly(supplemented.plus(MINUTE.multipliedBy(20)));
  }

  // 7. Priority confirmed differently: the SLA targets and the ladder follow

  @Test
  void sameConfirmedPriorityChangesNothing() {
    ProcessInstance instance = report("high", "medium", "web");

    complete(task(instance, "confirm-priority"), Map.of("confirmedPriority", "P2"));

    assertThat(recordPriorityConfirmation.activities()).containsExactly("confirm-priority");
    assertThat(applyConfirmedPriority.ran()).isFalse();
    assertThat(instance).hasPassed("priority-changed", "priority-confirmation-done")
        .hasNotPassed("reassess-sla-policy", "sla-targets-changed").isWaitingAt("work-case");
    assertThat(timers(instance)).containsExactly(T0.plus(HOUR));
  }

  @Test
  void lowerConfirmedPriorityReassessesTheTargetsAndRestartsTheLadderWithTheTimeRunSoFar() {
    ProcessInstance instance = report("high", "medium", "web");
    Instant confirmed = T0.plus(MINUTE.multipliedBy(20));

    passTo(instance, confirmed);
    complete(task(instance, "confirm-priority"), Map.of("confirmedPriority", "P3"));

    assertThat(applyConfirmedPriority.activities()).containsExactly("apply-confirmed-priority");
    assertThat(replanDueTimes.lastRun().variables()).containsEntry("priority", "P3")
        .containsEntry("escalateToEngineerAfter", "PT2H").containsEntry("resolutionWithin", "P3D");
    assertThat(instance).hasPassed("reassess-sla-policy", "sla-targets-changed",
        "sla-replanned").isWaitingAt("work-case").variables()
        .containsEntry("priority", "P3").containsEntry("firstResponseWithin", "PT2H")
        .containsEntry("resolutionWithin", "P3D").containsEntry("escalateToEngineerAfter", "PT2H")
        .containsEntry("escalateToSupervisorAfter", "PT4H").containsEntry("escalateToManagerAfter", "PT8H")
        .containsEntry(SlaClock.ELAPSED_MILLIS, MINUTE.multipliedBy(20).toMillis())
        .containsEntry(SlaClock.RUNNING_SINCE, date(confirmed));
    assertThat(timers(instance)).as("P3: the engineer's escalation 2 hours of SLA time from the report")
        .containsExactly(T0.plus(HOUR.multipliedBy(2)));
    assertThat(escalateCase.ran()).isFalse();
  }

  @Test
  void higherConfirmedPriorityReassessesAndTheNowP1CaseIsCheckedForAnEmergency() {
    ProcessInstance instance = report("high", "medium", "web", Map.of("vipCustomer", true));
    assertThat(instance).hasNotPassed("check-emergency-criteria");

    complete(task(instance, "confirm-priority"), Map.of("confirmedPriority", "P1"));

    assertThat(instance).hasPassed("sla-targets-changed", "check-emergency-criteria").variables()
        .containsEntry("priority", "P1").containsEntry("emergencyCriterion", "VIP customer affected");
    assertThat(declareRedFlag.activities()).containsExactly("declare-red-flag");
    assertThat(pageDutyManager.runs()).as("paged as P2, then again as P1").hasSize(2);
    assertThat(timers(instance)).as("P1: the engineer's escalation 30 minutes from the report")
        .containsExactly(T0.plus(MINUTE.multipliedBy(30)));
  }

  @Test
  void aPriorityRaisedPastSeveralLevelsClimbsTheLadderAtOnceEachLevelOnce() {
    ProcessInstance instance = report("high", "medium", "web"); // P2: 1 h / 2 h / 4 h
    passTo(instance, T0.plus(MINUTE.multipliedBy(70)));
    assertThat(escalateCase.activities()).containsExactly("escalate-to-engineer");

    complete(task(instance, "confirm-priority"), Map.of("confirmedPriority", "P1")); // 30 min / 1 h / 2 h
    runDueJobs(instance);

    assertThat(escalateCase.activities()).as("the supervisor's hour has run under P1; the engineer was told before")
        .containsExactly("escalate-to-engineer", "escalate-to-supervisor");
    assertThat(instance).variables().containsEntry("escalationLevel", 2);
    assertThat(timers(instance)).as("the general manager's escalation is next").containsExactly(T0.plus(HOUR.multipliedBy(2)));
  }

  @Test
  void targetsChangedWhileTheClockIsHeldTakeEffectWhenItResumes() {
    ProcessInstance instance = report("high", "medium", "web");
    passTo(instance, T0.plus(MINUTE.multipliedBy(10)));
    engineerDoes(instance, "request-info");

    passTo(instance, T0.plus(MINUTE.multipliedBy(20)));
    complete(task(instance, "confirm-priority"), Map.of("confirmedPriority", "P3"));

    assertThat(instance).hasPassed("sla-targets-changed").hasNotPassed("sla-replanned")
        .isWaitingAt("customer-answered").variables().containsEntry(SlaClock.RUNNING_SINCE, null)
        .containsEntry(SlaClock.ELAPSED_MILLIS, MINUTE.multipliedBy(10).toMillis());
    assertThat(timers(instance)).isEmpty();

    Instant answered = T0.plus(HOUR);
    passTo(instance, answered);
    customer("customer-message", Map.of("customerMessage", "Here are the logs"));

    // P3's ladder, less the 10 minutes the clock ran before it was held
    assertThat(timers(instance)).containsExactly(answered.plus(MINUTE.multipliedBy(110)));
  }

  /**
   * A corner worth a look: the hotline's confirmation call is a branch of its own that nothing ends. A web case
   * solved and closed before the hotline called keeps "Call customer to confirm priority" open after the reopen
   * window, so the instance never ends.
   */
  @Test
  void aConfirmationCallNobodyMadeEndsWithTheCase() {
    ProcessInstance instance = report("high", "medium", "web");
    passTo(instance, T0.plus(MINUTE.multipliedBy(30)));
    engineerDoes(instance, "solve");
    customer("closure-confirmed", Map.of("closureOutcome", "CONFIRMED"));

    passTo(instance, T0.plus(DAY.multipliedBy(13)));
    assertThat(instance).as("within the reopen window the call may still be made").isWaitingAt("confirm-priority");

    passTo(instance, T0.plus(DAY.multipliedBy(15)));
    assertThat(instance).hasPassed("close-case", "reopen-window-passed", "case-closed").isEnded();
  }

  // 8. Emergency check of P1 cases

  @Test
  void p1CaseMeetingAnEmergencyCriterionIsDeclaredARedFlag() {
    ProcessInstance instance = report("high", "high", "phone", Map.of("allProcessingLost", true));

    assertThat(instance).hasPassed("case-became-p1", "check-emergency-criteria", "red-flag-declared")
        .variables().containsEntry("redFlag", true).containsEntry("emergencyCriterion", "All processing lost");
    assertThat(declareRedFlag.runs()).singleElement().satisfies(run -> {
      assertThat(run.activityId()).isEqualTo("declare-red-flag");
      assertThat(run.variable("emergencyCriterion")).isEqualTo("All processing lost");
    });
    assertThat(instance).isWaitingAt("work-case");
  }

  @Test
  void p1CaseWithoutEmergencyFactsIsNoRedFlag() {
    ProcessInstance instance = report("high", "high", "phone");

    assertThat(instance).hasPassed("check-emergency-criteria", "no-emergency").variables()
        .containsEntry("redFlag", false);
    assertThat(declareRedFlag.ran()).isFalse();
    assertThat(pageDutyManager.ran()).as("still hot").isTrue();
  }

  @Test
  void p2CaseIsNotCheckedForAnEmergencyWhateverItsFacts() {
    ProcessInstance instance = report("high", "medium", "phone", Map.of("allProcessingLost", true));

    assertThat(instance).hasNotPassed("check-emergency-criteria");
    assertThat(declareRedFlag.ran()).isFalse();
  }

  // 9. Customer asks for the duty manager

  @Test
  void dutyManagerRequestGivesTheDutyManagerACallBackDueInThirtyMinutes() {
    ProcessInstance instance = report("medium", "medium", "phone");
    Instant requested = T0.plus(HOUR);
    passTo(instance, requested);

    customer("duty-manager-requested", Map.of("dutyManagerReason", "Nobody has called me"));

    assertThat(instance).isWaitingAt("call-back-customer", "work-case").task("call-back-customer")
        .hasName("Call back customer with an action plan").hasCandidateGroupAssociated("managers")
        .isAssignedTo("manager-bud").hasDueDate(date(requested.plus(MINUTE.multipliedBy(30))));
    assertThat(timers(instance)).contains(requested.plus(MINUTE.multipliedBy(30)));

    complete(task(instance, "call-back-customer"), Map.of("actionPlan", "Engineer on site by 14:00"));

    assertThat(rememberDutyManager.activities()).containsExactly("call-back-customer");
    assertThat(publishActionPlan.activities()).containsExactly("publish-action-plan");
    assertThat(instance).hasPassed("action-plan-published").isWaitingAt("work-case");
    assertThat(escalateOverdueCallBack.ran()).isFalse();
  }

  @Test
  void dutyManagerNotCallingBackInTimeIsEscalatedAndTheCallBackStaysOpen() {
    ProcessInstance instance = report("medium", "medium", "phone");
    customer("duty-manager-requested", Map.of("dutyManagerReason", "Nobody has called me"));

    passTo(instance, T0.plus(MINUTE.multipliedBy(30)).minusSeconds(1));
    assertThat(escalateOverdueCallBack.ran()).isFalse();

    passTo(instance, T0.plus(MINUTE.multipliedBy(30)));
    assertThat(escalateOverdueCallBack.activities()).containsExactly("escalate-overdue-call-back");
    assertThat(instance).hasPassed("call-back-escalated").isWaitingAt("call-back-customer", "work-case");
  }

  // The other work actions

  @Test
  void hardwareFaultRunsAnRmaForTheCaseAndTheWorkResumesAfterIt() {
    rmaDeployment = engine.getRepositoryService().createDeployment().addModelInstance("rma-stand-in.bpmn",
        Bpmn.createExecutableProcess("rma").camundaHistoryTimeToLive(1).startEvent()
            .userTask("rma-stand-in").name("Stand-in for the RMA").endEvent().done()).deploy().getId();
    ProcessInstance instance = p2ByPhone();

    engineerDoes(instance, "hardware");

    assertThat(markRmaPending.activities()).containsExactly("mark-rma-pending");
    assertThat(instance).isWaitingAt("run-rma");
    ProcessInstance rma = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).singleResult();
    assertThat(rma).variables().containsEntry("caseNumber", CASE_NUMBER)
        .containsEntry("caseEngineer", "engineer1").containsEntry("candidateGroup", "engineers")
        .containsEntry("faultDescription", "Note on hardware")
        .as("the RMA reads the case's caller, contract and product from its row")
        .doesNotContainKeys("contractId", "callerName", "callerEmail", "product");
    assertThat(timers(instance)).as("the clock runs during the RMA").hasSize(1);

    complete(engine.getTaskService().createTaskQuery().processInstanceId(rma.getId()).singleResult(),
        Map.of("rmaId", "RMA-2026-000007", "rmaOutcome", "replaced"));

    assertThat(resumeAfterRma.activities()).containsExactly("resume-after-rma");
    assertThat(instance).isWaitingAt("work-case").variables().containsEntry("rmaId", "RMA-2026-000007")
        .containsEntry("rmaOutcome", "replaced");
  }

  @ParameterizedTest
  @ValueSource(strings = {"onsite", "change-engineer"})
  void onsiteOrAnotherEngineerIsTheSupervisorsDecision(String workAction) {
    ProcessInstance instance = p2ByPhone();

    engineerDoes(instance, workAction);

    assertThat(instance).isWaitingAt("supervisor-decision").task().hasName("Decide on engineer's request")
        .hasCandidateGroup("supervisors");
    complete(task(instance, "supervisor-decision"), Map.of("supervisorApproved", true, "decisionNote", "Go",
        "newEngineer", "engineer2"));
    assertThat(applySupervisorDecision.activities()).containsExactly("apply-supervisor-decision");
    assertThat(instance).isWaitingAt("work-case");
  }

  @Test
  void vendorCaseIsOpenedByTheCaseEngineer() {
    ProcessInstance instance = p2ByPhone();

    engineerDoes(instance, "vendor");

    assertThat(instance).isWaitingAt("open-vendor-case").task().hasName("Open case with vendor TAC")
        .isAssignedTo("engineer1").hasCandidateGroupAssociated("engineers");
    complete(task(instance, "open-vendor-case"), Map.of("vendorCaseNumber", "TAC-1"));
    assertThat(recordVendorCase.activities()).containsExactly("record-vendor-case");
    assertThat(instance).isWaitingAt("work-case");
  }
}
