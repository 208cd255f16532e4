package io.casedesk.reporting;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.contracts.MailSenders;
import io.casedesk.mail.OutboxSender;
import io.casedesk.security.CurrentUser;
import io.casedesk.security.IdentityBootstrap;
import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly customer report of May 2026, run by its start timer at 06:00 UTC on 1 June 2026. Two companies no
 * other test uses, on gold 24x7 contracts: Alpha with two cases in May (and one in April), one RMA and one
 * complaint; Beta with one case in May. Alpha has two contacts (one German), Beta one.
 */
class MonthlyCustomerReportTest extends CaseTestSupport {

  static final String ALPHA = "Monthly Alpha GmbH";
  static final String BETA = "Monthly Beta Ltd";
  static final Instant MAY_4 = Instant.parse("2026-05-04T09:00:00Z");
  static final Instant RUN = Instant.parse("2026-06-01T06:00:00Z");
  static final CurrentUser ADMIN = new CurrentUser("admin", Set.of("camunda-admin"));

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired CustomerAccounts customerAccounts;
  @Autowired MailSenders mailSenders;
  @Autowired MonthlyReports monthlyReports;
  @Autowired ReportCustomers reportCustomers;
  @Autowired OutboxSender outboxSender;
  @Autowired JdbcClient jdbc;

  static boolean ran;
  static String alpha1;
  static String alpha2;
  static String alphaApril;
  static String beta1;
  static Instant nextRun;
  static List<String> failedJobs = new ArrayList<>();
  static int firstRoundJobs;

  @BeforeEach
  void fixtureAndRun() {
    if (ran) {
      return;
    }
    drainOutbox();
    contract("CT-MONTHLY-A", ALPHA);
    contract("CT-MONTHLY-B", BETA);
    mailSenders.putContact("CT-MONTHLY-A", "anna@alpha.example", "de");
    mailSenders.putContact("CT-MONTHLY-A", "otto@alpha.example", "en");
    mailSenders.putContact("CT-MONTHLY-B", "bob@beta.example", null);
    identity.ensureUser("alphauser", "Alpha", "Customer", "demo", Set.of("customers"));
    customerAccounts.link("alphauser", ALPHA);
    identity.ensureUser("betauser", "Beta", "Customer", "demo", Set.of("customers"));
    customerAccounts.link("betauser", BETA);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-29T09:00:00Z")));
    alphaApril = open("low", "low", "phone", "operational-problem", "CT-MONTHLY-A").caseNumber();
    // Alpha 1, P1: claimed after 10 min, solved after 130 min, confirmed at once: closed in May
    ClockUtil.setCurrentTime(Date.from(MAY_4));
    alpha1 = open("high", "high", "phone", "operational-problem", "CT-MONTHLY-A").caseNumber();
    advanceTo(alpha1, MAY_4.plus(Duration.ofMinutes(10)));
    taskService.claim(task(alpha1, "work-case").getId(), "engineer1");
    advanceTo(alpha1, MAY_4.plus(Duration.ofMinutes(130)));
    work(alpha1, "engineer1", "solve", "Firmware upgraded");
    cases.answerClosure(alpha1, true, null, ADMIN);
    // Alpha 2, P3, and Beta 1, P4: never touched
    ClockUtil.setCurrentTime(Date.from(MAY_4));
    alpha2 = open("medium", "medium", "phone", "operational-problem", "CT-MONTHLY-A").caseNumber();
    beta1 = open("low", "low", "phone", "operational-problem", "CT-MONTHLY-B").caseNumber();
    // Alpha's RMA of 30 hours, its faulty part back in time; a complaint answered in time
    ReportFixtures.rma(jdbc, alpha1, "2026-05-04T10:00:00Z", "2026-05-05T16:00:00Z", "2026-05-19T16:00:00Z",
        "2026-05-12T10:00:00Z");
    ReportFixtures.complaint(jdbc, ALPHA, "billing", "Accounts", "2026-05-06T09:00:00Z", "2026-05-08T09:00:00Z",
        "2026-05-07T09:00:00Z", "2026-05-09T09:00:00Z", 0);

    // 1 June 2026, 06:00 UTC: the start timer fires, then every job it left (one per customer)
    Job timer = startTimer();
    managementService.setJobDuedate(timer.getId(), Date.from(RUN));
    ClockUtil.setCurrentTime(Date.from(RUN));
    managementService.executeJob(timer.getId());
    ProcessInstance run = runtimeService.createProcessInstanceQuery().processDefinitionKey("monthly-customer-report")
        .processInstanceBusinessKey("monthly-report-2026-05").singleResult();
    assertThat(run).as("the run of May 2026").isNotNull();
    for (int round = 0; round < 5; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(run.getId()).executable().list();
      if (jobs.isEmpty()) {
        break;
      }
      if (round == 0) {
        firstRoundJobs = jobs.size();
      }
      for (Job job : jobs) {
        try {
          managementService.executeJob(job.getId());
        } catch (RuntimeException e) {
          failedJobs.add(job.getId() + ": " + e);
        }
      }
    }
    nextRun = startTimer().getDuedate().toInstant();
    drainOutbox();
    ran = true;
  }

  @Test
  void eachCustomerGetsOneReportWithTheFiguresOfItsOwnCasesOfTheMonth() {
    assertThat(failedJobs).as("failed customer jobs").isEmpty();
    assertThat(firstRoundJobs).as("one job per customer, so one failing customer does not hold up the others")
        .isEqualTo(reportCustomers.of("2026-05").size()).isGreaterThan(1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("monthly-customer-report").count())
        .as("the run ended").isZero();

    List<MonthlyReports.Stored> alphaReports = monthlyReports.list(ALPHA, null);
    assertThat(alphaReports).singleElement().satisfies(stored -> assertThat(stored.month()).isEqualTo("2026-05"));
    MonthlyReport alpha = alphaReports.get(0).report();
    assertThat(alpha.cases()).extracting(MonthlyReport.CaseLine::caseNumber).containsExactly(alpha1, alpha2);
    CaseReport figures = alpha.figures();
    assertThat(figures.from()).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
    assertThat(figures.to()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    assertThat(figures.customer()).isEqualTo(ALPHA);
    assertThat(figures.opened().total()).isEqualTo(2);
    assertThat(figures.opened().byPriority()).isEqualTo(Map.of("P1", 1L, "P3", 1L));
    assertThat(figures.closed().total()).isEqualTo(1);
    assertThat(figures.firstResponse().measured()).isEqualTo(1);
    assertThat(figures.firstResponse().meanMinutes()).isEqualTo(10.0);
    assertThat(figures.firstResponse().compliancePercent()).isEqualTo(100.0);
    assertThat(figures.resolution().meanMinutes()).isEqualTo(130.0);
    assertThat(figures.rmas()).isEqualTo(new CaseReport.Rmas(1, 1, 30.0, 30.0, 0, 0));
    assertThat(figures.complaints().received()).isEqualTo(1);
    assertThat(figures.complaints().answeredInTime().share()).isEqualTo(1.0);

    List<MonthlyReports.Stored> betaReports = monthlyReports.list(BETA, YearMonth.of(2026, 5));
    assertThat(betaReports).singleElement().satisfies(stored -> {
      assertThat(stored.report().cases()).extracting(MonthlyReport.CaseLine::caseNumber).containsExactly(beta1);
      assertThat(stored.report().figures().opened().byPriority()).isEqualTo(Map.of("P4", 1L));
      assertThat(stored.report().figures().rmas().opened()).isZero();
      assertThat(stored.report().figures().complaints().received()).isZero();
    });
  }

  @Test
  void eachContactGetsOneEmailWithOnlyTheirCompanysCases() throws MessagingException {
    MimeMessage anna = single("anna@alpha.example");
    assertThat(anna.getSubject()).isEqualTo("Monatlicher Support-Bericht 2026-05");
    assertThat(TestMailServer.textOf(anna)).contains(alpha1, alpha2, "Er\u00f6ffnete F\u00e4lle: 2")
        .doesNotContain(beta1, alphaApril);

    MimeMessage otto = single("otto@alpha.example");
    assertThat(otto.getSubject()).isEqualTo("Monthly support report 2026-05");
    assertThat(TestMailServer.textOf(otto)).contains(alpha1, alpha2, "Cases opened: 2, closed: 1",
        "/portal/#/reports/" + monthlyReports.list(ALPHA, null).get(0).id()).doesNotContain(beta1, alphaApril);

    MimeMessage bob = single("bob@beta.example");
    assertThat(bob.getSubject()).isEqualTo("Monthly support report 2026-05");
    assertThat(TestMailServer.textOf(bob)).contains(beta1).doesNotContain(alpha1, alpha2);
  }

  @Test
  void theNextRunIsOnTheFirstOfTheNextMonthAt0600Utc() {
    assertThat(nextRun).isEqualTo(Instant.parse("2026-07-01T06:00:00Z"));
  }

  @Test
  void customersDownloadOnlyTheirOwnReports() {
    long alphaId = monthlyReports.list(ALPHA, null).get(0).id();
    long betaId = monthlyReports.list(BETA, null).get(0).id();

    var own = as(http, "alphauser").getForEntity("/api/reports/monthly", JsonNode.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody().findValuesAsText("customer")).containsOnly(ALPHA);
    assertThat(own.getBody().findValuesAsText("id")).containsExactly(String.valueOf(alphaId));
    var report = as(http, "alphauser").getForEntity("/api/reports/monthly/" + alphaId, JsonNode.class);
    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(report.getBody().path("report").path("figures").path("opened").path("total").asLong()).isEqualTo(2);

    // another company's report answers as one that does not exist
    assertThat(as(http, "alphauser").getForEntity("/api/reports/monthly/" + betaId, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(http, "alphauser").exchange("/api/reports/monthly/" + betaId, HttpMethod.GET, accept("text/csv"),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // the download link: the same CSV as a file named after the month; another company's is not there either
    var file = as(http, "alphauser").getForEntity("/api/reports/monthly/" + alphaId + ".csv", String.class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("support-report-2026-05.csv");
    assertThat(file.getBody()).startsWith("section,figure,value").contains("case," + alpha1 + ",")
        .doesNotContain(beta1);
    var notTheirs = as(http, "alphauser").getForEntity("/api/reports/monthly/" + betaId + ".csv", String.class);
    assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(notTheirs.getBody()).doesNotContain(BETA).doesNotContain(beta1);
    assertThat(http.getForEntity("/api/reports/monthly/" + alphaId + ".csv", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as(http, "alphauser").getForEntity("/api/reports/monthly?customer=" + BETA, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, "betauser").getForEntity("/api/reports/monthly?month=2026-05", JsonNode.class).getBody()
        .findValuesAsText("customer")).containsOnly(BETA);
  }

  @Test
  void auditorsReadEveryReportAndChangeNothing() {
    long betaId = monthlyReports.list(BETA, null).get(0).id();
    var listed = as(http, "auditor1").getForEntity("/api/reports/monthly?customer=&month=2026-05", JsonNode.class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(listed.getBody().findValuesAsText("customer")).contains(ALPHA, BETA);

    var csv = as(http, "auditor1").exchange("/api/reports/monthly/" + betaId, HttpMethod.GET, accept("text/csv"),
        String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getBody()).startsWith("section,figure,value").contains("opened,total,1", "case," + beta1 + ",")
        .doesNotContain(alpha1);
    assertThat(as(http, "manager1").getForEntity("/api/reports/monthly/" + betaId, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertThat(as(http, "auditor1").exchange("/api/reports/monthly/" + betaId, HttpMethod.DELETE, null, String.class)
        .getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(monthlyReports.find(betaId)).isPresent();
    var start = as(http, "auditor1").exchange("/engine-rest/process-definition/key/monthly-customer-report/start",
        HttpMethod.POST, json("{}"), String.class);
    assertThat(start.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var move = as(http, "auditor1").exchange("/engine-rest/job/" + startTimer().getId() + "/duedate",
        HttpMethod.PUT, json("{\"duedate\": \"2026-06-15T06:00:00.000+0000\"}"), String.class);
    assertThat(move.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(startTimer().getDuedate().toInstant()).isEqualTo(nextRun);
  }

  @Test
  void unknownReportsAndBadMonthsAreRefused() {
    assertThat(as(http, "auditor1").getForEntity("/api/reports/monthly/999999999", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    var bad = as(http, "manager1").getForEntity("/api/reports/monthly?month=2026-13", JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(bad.getBody().path("errors").findValuesAsText("field")).containsExactly("month");
  }

  private Job startTimer() {
    List<Job> timers = managementService.createJobQuery().processDefinitionKey("monthly-customer-report").timers()
        .list().stream().filter(j -> j.getProcessInstanceId() == null).toList();
    assertThat(timers).as("start timers of monthly-customer-report").hasSize(1);
    return timers.get(0);
  }

  private void contract(String id, String company) {
    assertThat(as(http, "admin").postForEntity("/api/contracts", Map.of("id", id, "company", company,
        "serviceLevel", "gold", "coverageCalendar", "24x7", "validFrom", "2020-01-01", "validTo", "2099-12-31"),
        String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  private void drainOutbox() {
    for (int i = 0; i < 1000 && outboxSender.drain() > 0; i++) {
      // next batch
    }
  }

  private static MimeMessage single(String address) {
    List<MimeMessage> mails = TestMailServer.mailsTo(address);
    assertThat(mails).as("mails to " + address).hasSize(1);
    return mails.get(0);
  }

  private static HttpEntity<Void> accept(String mediaType) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, mediaType);
    return new HttpEntity<>(headers);
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
