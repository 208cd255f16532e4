package io.casedesk.emergency;

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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * emergency-event.bpmn: the three on-duty roles phoned and escalated after ten minutes without acknowledgement,
 * recovery with a status update to the customer every 30 minutes, then the root-cause report (escalated when
 * overdue) until management accepts it, which closes the red flag and whatever still runs.
 */
@Deployment(resources = "processes/emergency-event.bpmn")
class EmergencyEventDiagramTest extends DiagramTestSupport {

  static final Duration MINUTE = Duration.ofMinutes(1);

  StandIn register;
  StandIn phone;
  StandIn recordAcknowledgement;
  StandIn escalateRole;
  StandIn recordProgress;
  StandIn statusUpdate;
  StandIn confirmRestoration;
  StandIn recordReport;
  StandIn escalateReport;
  StandIn recordReview;
  StandIn close;
  StandIn openProblem;

  @BeforeEach
  void standIns() {
    register = standIn("registerRedFlag");
    phone = standIn("phoneOnDutyRole");
    recordAcknowledgement = standIn("recordAcknowledgement");
    escalateRole = standIn("escalateUnacknowledgedRole");
    recordProgress = standIn("recordRecoveryProgress");
    statusUpdate = standIn("sendRedFlagStatusUpdate");
    // ConfirmRestorationDelegate: the report is due reportWithin (an input of the step in the diagram) from now
    confirmRestoration = standIn("confirmRestoration").doing(scope -> scope.setVariable("reportDue",
        Date.from(now().plus(Duration.parse((String) scope.getVariable("reportWithin"))))));
    recordReport = standIn("recordRootCauseReport");
    escalateReport = standIn("escalateOverdueReport");
    recordReview = standIn("recordReportReview");
    close = standIn("closeRedFlag");
    openProblem = standIn("openProblemForRedFlag");
  }

  /** EmergencyService starts it for a case of the network group. */
  ProcessInstance declare() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("redFlagNumber", "RF-2026-000001");
    variables.put("caseNumber", "CS-2026-000001");
    variables.put("productGroup", "network-support");
    variables.put("declaredAutomatically", true);
    return engine.getRuntimeService().startProcessInstanceByKey("emergency-event", "RF-2026-000001", variables);
  }

  void acknowledgeAll(ProcessInstance instance) {
    complete(task(instance, "acknowledge-as-support-lead"));
    complete(task(instance, "acknowledge-as-duty-supervisor"));
    complete(task(instance, "acknowledge-as-duty-manager"));
  }

  /** Recovery done and confirmed to the customer: the report is due five days later. */
  ProcessInstance restored(Instant at) {
    ProcessInstance instance = declare();
    acknowledgeAll(instance);
    passTo(instance, at);
    complete(task(instance, "lead-recovery"), Map.of("restored", true, "progressNote", "Link back up"));
    return instance;
  }

  @Test
  void eachOnDutyRoleIsPhonedAndRecoveryStartsAtOnce() {
    ProcessInstance instance = declare();

    assertThat(register.ran()).isTrue();
    assertThat(instance).isWaitingAt("acknowledge-as-support-lead", "acknowledge-as-duty-supervisor",
        "acknowledge-as-duty-manager", "lead-recovery");
    assertThat(instance).task("acknowledge-as-support-lead").hasCandidateGroup("network-support");
    assertThat(instance).task("acknowledge-as-duty-supervisor").hasCandidateGroup("supervisors");
    assertThat(instance).task("acknowledge-as-duty-manager").hasCandidateGroup("managers");
    assertThat(instance).task("lead-recovery").hasName("Lead recovery with the field team")
        .hasCandidateGroup("network-support");
    assertThat(phone.runs()).extracting(run -> run.variable("dutyRole"))
        .containsExactlyInAnyOrder("support-lead", "duty-supervisor", "duty-manager");

    acknowledgeAll(instance);

    assertThat(recordAcknowledgement.runs()).hasSize(3);
    assertThat(instance).hasPassed("roles-acknowledged", "duty-roles-alerted").isWaitingAt("lead-recovery");
  }

  @Test
  void aRoleThatDoesNotAcknowledgeInTenMinutesIsEscalatedToTheNextPersonAndStillAcknowledges() {
    ProcessInstance instance = declare();
    passTo(instance, T0.plus(Duration.ofMinutes(5)));
    complete(task(instance, "acknowledge-as-duty-manager"));

    passTo(instance, T0.plus(Duration.ofMinutes(10)).minusSeconds(1));
    assertThat(escalateRole.ran()).isFalse();
    passTo(instance, T0.plus(Duration.ofMinutes(10)));

    assertThat(escalateRole.runs()).extracting(run -> run.variable("dutyRole") + " -> " + run.variable("escalateTo")
        + " (" + run.variable("acknowledgementTask") + ")").containsExactlyInAnyOrder(
            "support-lead -> supervisors (acknowledge-as-support-lead)",
            "duty-supervisor -> managers (acknowledge-as-duty-supervisor)");
    assertThat(instance).hasPassed("support-lead-alert-escalated", "duty-supervisor-alert-escalated")
        .hasNotPassed("duty-manager-alert-escalated")
        .isWaitingAt("acknowledge-as-support-lead", "acknowledge-as-duty-supervisor");

    complete(task(instance, "acknowledge-as-support-lead"));
    complete(task(instance, "acknowledge-as-duty-supervisor"));
    assertThat(instance).hasPassed("duty-roles-alerted");
  }

  @Test
  void customerGetsAStatusUpdateEveryThirtyMinutesUntilTheServiceIsRestored() {
    ProcessInstance instance = declare();
    acknowledgeAll(instance);

    passTo(instance, T0.plus(Duration.ofMinutes(30)).minusSeconds(1));
    assertThat(statusUpdate.ran()).isFalse();
    passTo(instance, T0.plus(Duration.ofMinutes(30)));
    assertThat(statusUpdate.runs()).hasSize(1);
    complete(task(instance, "lead-recovery"), Map.of("restored", false, "progressNote", "Field team on site"));
    assertThat(recordProgress.runs()).hasSize(1);
    assertThat(instance).as("not restored: recovery goes on").isWaitingAt("lead-recovery");
    passTo(instance, T0.plus(Duration.ofMinutes(60)));
    assertThat(statusUpdate.runs()).hasSize(2);

    complete(task(instance, "lead-recovery"), Map.of("restored", true, "progressNote", "Link back up"));

    assertThat(instance).hasPassed("restoration-confirmed", "confirm-restoration");
    passTo(instance, T0.plus(Duration.ofMinutes(90)));
    assertThat(statusUpdate.runs()).as("no updates after the restoration").hasSize(2);
  }

  @Test
  void theRootCauseReportIsDueFiveDaysAfterTheRestorationAndEscalatedWhenOverdue() {
    Instant restoredAt = T0.plus(Duration.ofHours(2));
    ProcessInstance instance = restored(restoredAt);
    Instant reportDue = restoredAt.plus(Duration.ofDays(5));

    assertThat(confirmRestoration.lastRun().variable("reportWithin")).isEqualTo("P5D");
    assertThat(instance).isWaitingAt("write-root-cause-report").task().hasName("Write root-cause report")
        .hasCandidateGroup("network-support").hasDueDate(date(reportDue));

    passTo(instance, reportDue.minusSeconds(1));
    assertThat(escalateReport.ran()).isFalse();
    passTo(instance, reportDue);

    assertThat(escalateReport.lastRun().variable("notifyGroup")).isEqualTo("managers");
    assertThat(instance).hasPassed("overdue-report-escalated").isWaitingAt("write-root-cause-report");
  }

  @Test
  void aReportSentBackForReworkAfterItsDueDateIsEscalatedAgainAtOnce() {
    Instant restoredAt = T0.plus(Duration.ofHours(1));
    ProcessInstance instance = restored(restoredAt);
    Instant reportDue = restoredAt.plus(Duration.ofDays(5));
    passTo(instance, reportDue.minus(Duration.ofHours(1)));
    complete(task(instance, "write-root-cause-report"), Map.of("rootCause", "Unknown"));
    passTo(instance, reportDue.plus(Duration.ofHours(1)));

    complete(task(instance, "review-root-cause-report"), Map.of("reportAccepted", false));
    runDueJobs(instance);

    // the rework keeps the first due date: its timer is due the moment the task is back
    assertThat(instance).task().hasDueDate(date(reportDue));
    assertThat(escalateReport.runs()).hasSize(1);
  }

  @Test
  void theRedFlagClosesOnlyWhenManagementAcceptsTheReport() {
    ProcessInstance instance = restored(T0.plus(Duration.ofHours(1)));

    complete(task(instance, "write-root-cause-report"), Map.of("rootCause", "Fibre cut"));
    assertThat(recordReport.runs()).hasSize(1);
    assertThat(instance).isWaitingAt("review-root-cause-report").task().hasName("Review root-cause report")
        .hasCandidateGroup("managers");
    complete(task(instance, "review-root-cause-report"), Map.of("reportAccepted", false));

    assertThat(instance).as("rework").isWaitingAt("write-root-cause-report");
    complete(task(instance, "write-root-cause-report"), Map.of("rootCause", "Fibre cut by road works"));
    complete(task(instance, "review-root-cause-report"), Map.of("reportAccepted", true));

    assertThat(recordReview.runs()).hasSize(2);
    assertThat(close.ran()).isTrue();
    assertThat(instance).hasPassed("red-flag-closed").isEnded();
  }

  @Test
  void closingTheRedFlagEndsAcknowledgementsStillOpen() {
    ProcessInstance instance = declare();
    complete(task(instance, "lead-recovery"), Map.of("restored", true));
    complete(task(instance, "write-root-cause-report"));
    assertThat(instance).isWaitingAt("acknowledge-as-support-lead", "review-root-cause-report");

    complete(task(instance, "review-root-cause-report"), Map.of("reportAccepted", true));

    assertThat(instance).isEnded();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void managementAcceptingTheReportMayOpenAProblemForTheRootCause() {
    ProcessInstance instance = restored(T0.plus(Duration.ofHours(1)));
    complete(task(instance, "write-root-cause-report"), Map.of("rootCause", "Firmware 4.2 leaks memory"));

    complete(task(instance, "review-root-cause-report"), Map.of("reportAccepted", true, "openProblem", true));

    assertThat(openProblem.lastRun().variable("rootCause")).isEqualTo("Firmware 4.2 leaks memory");
    assertThat(openProblem.lastRun().variable("caseNumber")).isEqualTo("CS-2026-000001");
    assertThat(instance).hasPassed("open-problem", "close-red-flag").isEnded();
  }

  @Test
  void withoutTheTickNoProblemIsOpened() {
    ProcessInstance instance = restored(T0.plus(Duration.ofHours(1)));
    complete(task(instance, "write-root-cause-report"), Map.of("rootCause", "Fibre cut"));

    complete(task(instance, "review-root-cause-report"), Map.of("reportAccepted", true));

    assertThat(openProblem.ran()).isFalse();
    assertThat(instance).hasPassed("close-red-flag").hasNotPassed("open-problem").isEnded();
  }
}
