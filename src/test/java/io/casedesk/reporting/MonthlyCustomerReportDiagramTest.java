package io.casedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.casedesk.support.DiagramTestSupport;
import io.casedesk.support.StandIn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * monthly-customer-report.bpmn: on the 1st of each month at 06:00 UTC every customer of the previous month
 * (the real {@link ChooseReportMonthDelegate}; the customers from a stand-in for {@link ReportCustomers}) gets its
 * report compiled and e-mailed, each in a job of its own, so one failing customer is retried later without holding
 * up the others.
 */
@Deployment(resources = "processes/monthly-customer-report.bpmn")
class MonthlyCustomerReportDiagramTest extends DiagramTestSupport {

  static final Instant FIRST_OF_APRIL = Instant.parse("2026-04-01T06:00:00Z");

  /** The companies with a contract in March 2026, without the database (and without Mockito's start-up). */
  public static class MarchCustomers extends ReportCustomers {

    final List<String> askedFor = new ArrayList<>();

    MarchCustomers() {
      super(null);
    }

    @Override
    public List<String> of(String month) {
      askedFor.add(month);
      return month.equals("2026-03") ? List.of("Acme Ltd", "Globex Ltd") : List.of();
    }
  }

  MarchCustomers customers;
  StandIn compile;
  StandIn email;
  /** The customer whose report fails to compile (say, the database was away), until cleared. */
  String failing;

  @BeforeEach
  void standIns() {
    bean("chooseReportMonth", new ChooseReportMonthDelegate());
    customers = bean("reportCustomers", new MarchCustomers());
    compile = standIn("compileMonthlyReport").doing(scope -> {
      if (scope.getVariable("customer").equals(failing)) {
        throw new IllegalStateException("database away");
      }
    });
    email = standIn("emailMonthlyReport");
  }

  Job startTimer() {
    return engine.getManagementService().createJobQuery().processDefinitionKey("monthly-customer-report")
        .timers().singleResult();
  }

  /** The start timer fires at its due date, as the job executor would. */
  ProcessInstance firstOfTheMonth() {
    Job timer = startTimer();
    ClockUtil.setCurrentTime(timer.getDuedate());
    engine.getManagementService().executeJob(timer.getId());
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("monthly-customer-report").singleResult();
  }

  /** Executes the due jobs of the instance once each, as the job executor would, failures included. */
  void runDueJobsTolerantly(ProcessInstance instance) {
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .executable().list()) {
      try {
        engine.getManagementService().executeJob(job.getId());
      } catch (RuntimeException failed) {
        // the engine has recorded the failure on the job: fewer retries, due again later
      }
    }
  }

  @Test
  void theRunIsOnTheFirstOfTheNextMonthAt0600UtcAndEveryMonthAfter() {
    assertThat(startTimer().getDuedate()).isEqualTo(Date.from(FIRST_OF_APRIL));

    firstOfTheMonth();

    assertThat(startTimer().getDuedate()).isEqualTo(Date.from(Instant.parse("2026-05-01T06:00:00Z")));
  }

  @Test
  void eachCustomerOfThePreviousMonthGetsItsReportCompiledAndEmailed() {
    ProcessInstance run = firstOfTheMonth();

    assertThat(run).hasBusinessKey("monthly-report-2026-03").variables().containsEntry("reportMonth", "2026-03");
    assertThat(customers.askedFor).containsOnly("2026-03");
    assertThat(compile.ran()).as("each customer in a job of its own, not in the timer's transaction").isFalse();

    runDueJobs(run);

    assertThat(compile.runs()).extracting(r -> r.variable("customer"))
        .containsExactlyInAnyOrder("Acme Ltd", "Globex Ltd");
    assertThat(email.runs()).extracting(r -> r.variable("customer"))
        .containsExactlyInAnyOrder("Acme Ltd", "Globex Ltd");
    assertThat(run).hasPassed("customers-reported").isEnded();
  }

  @Test
  void aCustomerWhoseReportFailsIsTriedAgainFiveMinutesLaterWhileTheOthersGetTheirs() {
    failing = "Globex Ltd";
    ProcessInstance run = firstOfTheMonth();

    runDueJobsTolerantly(run);

    assertThat(email.runs()).extracting(r -> r.variable("customer")).containsExactly("Acme Ltd");
    Job retry = engine.getManagementService().createJobQuery().processInstanceId(run.getId()).withException()
        .singleResult();
    assertThat(retry.getDuedate()).isEqualTo(Date.from(FIRST_OF_APRIL.plus(Duration.ofMinutes(5))));
    assertThat(retry.getExceptionMessage()).contains("database away");
    runDueJobs(run);
    assertThat(run).as("Acme's report waits for Globex's").isNotEnded();

    failing = null;
    passTo(run, FIRST_OF_APRIL.plus(Duration.ofMinutes(5)));

    assertThat(email.runs()).extracting(r -> r.variable("customer")).containsExactly("Acme Ltd", "Globex Ltd");
    assertThat(run).isEnded();
  }

  @Test
  void aCustomerStillFailingAfterThreeRetriesGetsAnIncident() {
    failing = "Globex Ltd";
    ProcessInstance run = firstOfTheMonth();

    runDueJobsTolerantly(run);
    for (Duration later : List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2))) {
      ClockUtil.setCurrentTime(Date.from(now().plus(later)));
      runDueJobsTolerantly(run);
    }

    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(run.getId()).count()).isOne();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(run.getId()).executable().count())
        .as("no more retries").isZero();
    assertThat(run).isNotEnded();
  }
}
