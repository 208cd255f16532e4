package io.casedesk.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

import io.casedesk.support.DiagramTestSupport;
import io.casedesk.support.StandIn;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * problem-management.bpmn: engineers find the root cause (the supervisors are told after five days without it),
 * document the known error with its workaround, which is then published to the linked cases, fix the problem (the
 * supervisors are told after twenty days without a fix), which tells the linked cases' engineers; a supervisor closes
 * it. The durations are the tasks' input parameters.
 */
@Deployment(resources = "processes/problem-management.bpmn")
class ProblemManagementDiagramTest extends DiagramTestSupport {

  StandIn recordRootCause;
  StandIn publishWorkaround;
  StandIn announceFix;
  StandIn close;
  StandIn remindOverdue;

  @BeforeEach
  void standIns() {
    recordRootCause = standIn("recordProblemRootCause");
    publishWorkaround = standIn("publishProblemWorkaround");
    announceFix = standIn("announceProblemFix");
    close = standIn("closeProblem");
    remindOverdue = standIn("remindProblemOverdue");
  }

  /** ProblemService starts it once the row is written. */
  ProcessInstance open() {
    return engine.getRuntimeService().startProcessInstanceByKey("problem-management", "PB-2026-000001",
        Map.of("problemNumber", "PB-2026-000001", "subject", "Core routers drop packets after firmware 4.2"));
  }

  @Test
  void rootCauseKnownErrorFixAndClosureInTurn() {
    ProcessInstance problem = open();

    assertThat(problem).isWaitingAt("find-root-cause").task().hasName("Find root cause")
        .hasCandidateGroup("engineers").hasDueDate(date(T0.plus(Duration.ofDays(5))));
    complete(task(problem, "find-root-cause"), Map.of("rootCause", "Firmware 4.2 leaks memory in the BGP daemon"));
    assertThat(recordRootCause.lastRun().variable("rootCause")).isEqualTo("Firmware 4.2 leaks memory in the BGP daemon");

    assertThat(problem).isWaitingAt("document-known-error").task().hasName("Document known error and workaround")
        .hasCandidateGroup("engineers").hasDueDate(date(T0.plus(Duration.ofDays(1))));
    assertThat(publishWorkaround.ran()).isFalse();
    complete(task(problem, "document-known-error"), Map.of("workaround", "Restart the BGP daemon nightly"));
    assertThat(publishWorkaround.lastRun().variable("workaround")).isEqualTo("Restart the BGP daemon nightly");

    assertThat(problem).isWaitingAt("fix-problem").task().hasName("Fix problem").hasCandidateGroup("engineers")
        .hasDueDate(date(T0.plus(Duration.ofDays(20))));
    assertThat(announceFix.ran()).isFalse();
    complete(task(problem, "fix-problem"), Map.of("fixDescription", "Firmware 4.2.1"));
    assertThat(announceFix.lastRun().variable("fixDescription")).isEqualTo("Firmware 4.2.1");

    assertThat(problem).isWaitingAt("close-problem").task().hasName("Close problem").hasCandidateGroup("supervisors")
        .hasDueDate(date(T0.plus(Duration.ofDays(5))));
    assertThat(close.ran()).isFalse();
    complete(task(problem, "close-problem"), Map.of("closureNote", "No drops for a week"));

    assertThat(close.ran()).isTrue();
    assertThat(remindOverdue.ran()).isFalse();
    assertThat(problem).hasPassed("problem-closed").isEnded();
  }

  @Test
  void aRootCauseNotFoundInFiveDaysTellsTheSupervisorsOnceAndTheTaskStays() {
    ProcessInstance problem = open();
    assertThat(timers(problem)).containsExactly(T0.plus(Duration.ofDays(5)));

    passTo(problem, T0.plus(Duration.ofDays(5)).minusSeconds(1));
    assertThat(remindOverdue.ran()).isFalse();
    passTo(problem, T0.plus(Duration.ofDays(6)));

    assertThat(remindOverdue.runs()).hasSize(1);
    assertThat(remindOverdue.lastRun().variable("overdueStep")).isEqualTo("finding the root cause");
    assertThat(problem).hasPassed("root-cause-reminder-sent").isWaitingAt("find-root-cause");
    assertThat(timers(problem)).isEmpty();
  }

  @Test
  void aFixNotReleasedInTwentyDaysTellsTheSupervisorsAndFinishingItEndsTheTimer() {
    ProcessInstance problem = open();
    complete(task(problem, "find-root-cause"), Map.of("rootCause", "Memory leak"));
    complete(task(problem, "document-known-error"), Map.of("workaround", "Restart nightly"));
    assertThat(timers(problem)).as("the root cause's timer ended with its task")
        .containsExactly(T0.plus(Duration.ofDays(20)));

    passTo(problem, T0.plus(Duration.ofDays(21)));

    assertThat(remindOverdue.runs()).hasSize(1);
    assertThat(remindOverdue.lastRun().variable("overdueStep")).isEqualTo("the fix");
    assertThat(problem).isWaitingAt("fix-problem");
    complete(task(problem, "fix-problem"), Map.of("fixDescription", "Firmware 4.2.1"));
    assertThat(announceFix.ran()).isTrue();
    assertThat(problem).isWaitingAt("close-problem");
    assertThat(timers(problem)).isEmpty();
  }
}
