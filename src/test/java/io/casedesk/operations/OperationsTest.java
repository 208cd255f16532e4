package io.casedesk.operations;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.TestMailServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What operators watch: health probes that ignore mail, the mail group, Camunda and outbox figures, job retries. */
class OperationsTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;

  @Test
  void aMailOutageLeavesLivenessAndReadinessUpAndShowsInTheMailGroup() {
    TestMailServer.stop();
    try {
      for (String probe : List.of("liveness", "readiness")) {
        var response = http.getForEntity("/actuator/health/" + probe, JsonNode.class);
        assertThat(response.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().path("status").asText()).as(probe).isEqualTo("UP");
      }
      var mail = http.getForEntity("/actuator/health/mail", JsonNode.class);
      assertThat(mail.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(mail.getBody().path("status").asText()).isEqualTo("DOWN");
      assertThat(mail.getBody().path("components").path("smtp").path("status").asText()).isEqualTo("DOWN");
      assertThat(mail.getBody().path("components").path("imap").path("status").asText()).isEqualTo("DOWN");
      assertThat(mail.getBody().path("components").path("outbox").path("status").asText()).isEqualTo("UP");
      String metrics = metrics();
      assertThat(gauge(metrics, "casedesk_mail_server_up", "server=\"smtp\"")).isZero();
      assertThat(gauge(metrics, "casedesk_mail_server_up", "server=\"imap\"")).isZero();
    } finally {
      TestMailServer.restart();
    }
    var mail = http.getForEntity("/actuator/health/mail", JsonNode.class);
    assertThat(mail.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(gauge(metrics(), "casedesk_mail_server_up", "server=\"smtp\"")).isEqualTo(1);
  }

  @Test
  void healthDetailsAreForAdminsAndMonitoring() {
    for (String user : List.of("admin", "monitor1")) {
      var mail = as(http, user).getForEntity("/actuator/health/mail", JsonNode.class);
      assertThat(mail.getBody().path("components").path("outbox").path("details").has("pending")).as(user).isTrue();
    }
    var anonymous = http.getForEntity("/actuator/health/mail", JsonNode.class).getBody();
    assertThat(anonymous.path("components").path("smtp").path("status").asText()).isEqualTo("UP");
    assertThat(anonymous.path("components").path("smtp").has("details")).isFalse();
    var customer = as(http, "customer1").getForEntity("/actuator/health/mail", JsonNode.class).getBody();
    assertThat(customer.path("components").path("smtp").has("details")).isFalse();
  }

  @Test
  void prometheusCountsIncidentsFailedAndDueJobsAndTheOutbox() {
    String n = open("high", "high", "phone").caseNumber();
    cases.requestDutyManager(n, "Nobody has called us back", CUSTOMER); // a second timer: the call-back's
    List<Job> timers = timerJobs(n);
    assertThat(timers).as("the next escalation and the call-back").hasSize(2);
    String before = metrics();

    runtimeService.createIncident("casedesk-check", tasks(n).get(0).getExecutionId(), "ops-test", "Made by hand");
    managementService.setJobRetries(timers.get(0).getId(), 0); // a failed job, with its incident
    managementService.setJobDuedate(timers.get(1).getId(), Date.from(T0.minus(Duration.ofMinutes(1))));
    int failedMessages = jdbc.sql("UPDATE outbox SET status = 'FAILED' WHERE case_number = :n AND status = 'PENDING'")
        .param("n", n).update();
    assertThat(failedMessages).as("the case's acknowledgement, at least").isPositive();

    String after = metrics();
    assertThat(gauge(after, "casedesk_incidents_open", null) - gauge(before, "casedesk_incidents_open", null))
        .isEqualTo(2);
    assertThat(gauge(after, "casedesk_jobs_failed", null) - gauge(before, "casedesk_jobs_failed", null)).isEqualTo(1);
    assertThat(gauge(after, "casedesk_jobs_due", null) - gauge(before, "casedesk_jobs_due", null)).isEqualTo(1);
    assertThat(gauge(after, "casedesk_outbox_messages", "state=\"failed\"")
        - gauge(before, "casedesk_outbox_messages", "state=\"failed\"")).isEqualTo(failedMessages);
    assertThat(gauge(after, "casedesk_outbox_messages", "state=\"pending\"")
        - gauge(before, "casedesk_outbox_messages", "state=\"pending\"")).isEqualTo(-failedMessages);

    runtimeService.deleteProcessInstance(instance(n).getId(), "operations test done");
  }

  @Test
  void aFailingMonthlyReportJobIsRetried5MinutesThen30MinutesThen2HoursLaterThenLeavesAnIncident() {
    Instant run = Instant.parse("2026-06-01T06:00:00Z");
    ClockUtil.setCurrentTime(Date.from(run));
    ProcessInstance report = runtimeService.createProcessInstanceByKey("monthly-customer-report")
        .businessKey("retry-cycle-test").startBeforeActivity("choose-report-month").execute();
    // the month is chosen and a job per customer waits; then the month goes bad, so every customer's job fails
    runtimeService.setVariable(report.getId(), "reportMonth", "not-a-month");
    Job job = managementService.createJobQuery().processInstanceId(report.getId()).list().get(0);
    try {
      fail(job);
      assertThat(job(job)).satisfies(j -> {
        assertThat(j.getRetries()).as("three retries left (Camunda's default: two, at once)").isEqualTo(3);
        assertThat(j.getDuedate().toInstant()).isEqualTo(run.plus(Duration.ofMinutes(5)));
        assertThat(j.getExceptionMessage()).contains("not-a-month");
      });
      assertThat(managementService.createJobQuery().jobId(job.getId()).executable().count())
          .as("not before its due date").isZero();

      Instant second = run.plus(Duration.ofMinutes(5));
      ClockUtil.setCurrentTime(Date.from(second));
      fail(job);
      assertThat(job(job).getRetries()).isEqualTo(2);
      assertThat(job(job).getDuedate().toInstant()).isEqualTo(second.plus(Duration.ofMinutes(30)));

      Instant third = second.plus(Duration.ofMinutes(30));
      ClockUtil.setCurrentTime(Date.from(third));
      fail(job);
      assertThat(job(job).getRetries()).isEqualTo(1);
      assertThat(job(job).getDuedate().toInstant()).isEqualTo(third.plus(Duration.ofHours(2)));

      ClockUtil.setCurrentTime(Date.from(third.plus(Duration.ofHours(2))));
      fail(job);
      assertThat(job(job).getRetries()).isZero();
      assertThat(runtimeService.createIncidentQuery().configuration(job.getId()).count()).isEqualTo(1);
    } finally {
      runtimeService.deleteProcessInstance(report.getId(), "operations test done");
    }
  }

  @Test
  void otherJobsGetTheEngineWideRetryCycle() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getFailedJobRetryTimeCycle()).isEqualTo("PT1M,PT10M,PT1H");
  }

  private void fail(Job job) {
    try {
      managementService.executeJob(job.getId());
    } catch (RuntimeException expected) {
      return;
    }
    throw new AssertionError("the job did not fail");
  }

  private Job job(Job job) {
    return managementService.createJobQuery().jobId(job.getId()).singleResult();
  }

  private String metrics() {
    var response = as(http, "monitor1").getForEntity("/actuator/prometheus", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /** The value of a gauge in Prometheus' text format, with the given label if any. */
  private static double gauge(String metrics, String name, String label) {
    Matcher m = Pattern.compile("(?m)^" + name + "(\\{([^}]*)\\})? (\\S+)$").matcher(metrics);
    while (m.find()) {
      if (label == null || (m.group(2) != null && m.group(2).contains(label))) {
        return Double.parseDouble(m.group(3));
      }
    }
    throw new AssertionError("no " + name + (label == null ? "" : "{" + label + "}") + " in the metrics");
  }
}
