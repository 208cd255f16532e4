package io.casedesk.reporting;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.complaints.ComplaintStats;
import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.security.CurrentUser;
import io.casedesk.security.IdentityBootstrap;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figures over a fixture of three cases of one company with known timings, opened on 2 June 2025 at 09:00 UTC
 * on a gold 24x7 contract.
 */
class CaseReportTest extends CaseTestSupport {

  static final String COMPANY = "Report Fixture Co";
  static final String CONTRACT = "CT-REPORT-1";
  static final Instant OPEN = Instant.parse("2025-06-02T09:00:00Z");
  static final CurrentUser ADMIN = new CurrentUser("admin", Set.of("camunda-admin"));

  @Autowired TestRestTemplate http;
  @Autowired CaseReports reports;
  @Autowired IdentityBootstrap identity;
  @Autowired CustomerAccounts customerAccounts;

  static boolean fixtureBuilt;

  @BeforeEach
  void fixture() {
    if (fixtureBuilt) {
      return;
    }
    as(http, "admin").postForEntity("/api/contracts", Map.of("id", CONTRACT, "company", COMPANY,
        "serviceLevel", "gold", "coverageCalendar", "24x7", "validFrom", "2020-01-01", "validTo", "2099-12-31"),
        String.class);
    identity.ensureUser(FIXTURE_CUSTOMER.userId(), "Report", "Customer", "demo", Set.of("customers"));
    customerAccounts.link(FIXTURE_CUSTOMER.userId(), COMPANY);

    // A, P1: claimed after 10 min, waits 60 min for the customer, solved after 140 min, confirmed, rated 5
    ClockUtil.setCurrentTime(Date.from(OPEN));
    String a = open("high", "high", "phone", "operational-problem", CONTRACT).caseNumber();
    advanceTo(a, OPEN.plus(Duration.ofMinutes(10)));
    taskService.claim(task(a, "work-case").getId(), "engineer1");
    advanceTo(a, OPEN.plus(Duration.ofMinutes(20)));
    work(a, "engineer1", "request-info", "Send the logs please");
    advanceTo(a, OPEN.plus(Duration.ofMinutes(80)));
    cases.postMessage(a, "Logs attached", FIXTURE_CUSTOMER);
    advanceTo(a, OPEN.plus(Duration.ofMinutes(140)));
    work(a, "engineer1", "solve", "Firmware upgraded");
    advanceTo(a, OPEN.plus(Duration.ofMinutes(150)));
    cases.answerClosure(a, true, null, ADMIN);
    cases.answerSurvey(a, 5, "Great", ADMIN);

    // B, P3: claimed after 3 h (first response due after 2 h: late), solved after 5 h, closed without answer
    ClockUtil.setCurrentTime(Date.from(OPEN));
    String b = open("medium", "medium", "phone", "operational-problem", CONTRACT).caseNumber();
    advanceTo(b, OPEN.plus(Duration.ofHours(3)));
    taskService.claim(task(b, "work-case").getId(), "engineer1");
    advanceTo(b, OPEN.plus(Duration.ofHours(5)));
    work(b, "engineer1", "solve", "Cable replaced");
    advanceTo(b, OPEN.plus(Duration.ofHours(5)).plus(Duration.ofDays(5)));

    // C, P4: never touched
    ClockUtil.setCurrentTime(Date.from(OPEN));
    open("low", "low", "phone", "operational-problem", CONTRACT);

    // RMAs (opened -> completed, return deadline, faulty part back): 48 h, returned a day late; 24 h, returned in
    // time; 108 h, never returned; one still waiting for its part
    ReportFixtures.rma(jdbc, a, "2025-06-03T10:00:00Z", "2025-06-05T10:00:00Z", "2025-06-19T10:00:00Z",
        "2025-06-20T10:00:00Z");
    ReportFixtures.rma(jdbc, a, "2025-06-10T08:00:00Z", "2025-06-11T08:00:00Z", "2025-06-24T08:00:00Z",
        "2025-06-23T08:00:00Z");
    ReportFixtures.rma(jdbc, b, "2025-06-12T08:00:00Z", "2025-06-16T20:00:00Z", "2025-06-26T08:00:00Z", null);
    ReportFixtures.rma(jdbc, b, "2025-06-28T08:00:00Z", null, null, null);
    // complaints (class, department, received, answer due, answered, closed, escalation level)
    ReportFixtures.complaint(jdbc, COMPANY, "billing", "Accounts", "2025-06-03T09:00:00Z", "2025-06-05T09:00:00Z",
        "2025-06-04T09:00:00Z", "2025-06-06T09:00:00Z", 0);
    ReportFixtures.complaint(jdbc, COMPANY, "response-time", "Technical support", "2025-06-04T09:00:00Z",
        "2025-06-06T09:00:00Z", "2025-06-07T09:00:00Z", "2025-06-08T09:00:00Z", 1);
    ReportFixtures.complaint(jdbc, COMPANY, "billing", "Accounts", "2025-06-20T09:00:00Z", "2025-06-22T09:00:00Z",
        null, null, 2);
    // back to the tests' present: which return is overdue depends on it
    ClockUtil.setCurrentTime(Date.from(T0));
    fixtureBuilt = true;
  }

  static final CurrentUser FIXTURE_CUSTOMER = new CurrentUser("reportcustomer", Set.of("customers"));

  @Autowired JdbcClient jdbc;
  @Test
  void rmaAndComplaintFiguresOfTheFixture() {
    CaseReport report = reports.report(Instant.parse("2025-06-01T00:00:00Z"), Instant.parse("2025-07-01T00:00:00Z"),
        COMPANY, null);

    // turnarounds 24, 48 and 108 hours
    assertThat(report.rmas()).isEqualTo(new CaseReport.Rmas(4, 3, 60.0, 48.0, 1, 1));
    ComplaintStats complaints = report.complaints();
    assertThat(complaints.received()).isEqualTo(3);
    assertThat(complaints.closed()).isEqualTo(2);
    assertThat(complaints.receivedByClass()).isEqualTo(Map.of("billing", 2L, "response-time", 1L));
    assertThat(complaints.receivedByDepartment()).isEqualTo(Map.of("Accounts", 2L, "Technical support", 1L));
    assertThat(complaints.answeredInTime()).isEqualTo(new ComplaintStats.Share(1, 0.5));
    assertThat(complaints.escalated()).isEqualTo(new ComplaintStats.Share(2, 0.6667));

    // the RMA returned late in June but still outstanding at the end of May: not yet due then
    CaseReport may = reports.report(Instant.parse("2025-05-01T00:00:00Z"), Instant.parse("2025-06-01T00:00:00Z"),
        COMPANY, null);
    assertThat(may.rmas()).isEqualTo(new CaseReport.Rmas(0, 0, null, null, 0, 0));
    // July: the part of the 108-hour RMA is still outstanding
    CaseReport july = reports.report(Instant.parse("2025-07-01T00:00:00Z"), Instant.parse("2025-08-01T00:00:00Z"),
        COMPANY, null);
    assertThat(july.rmas()).isEqualTo(new CaseReport.Rmas(0, 0, null, null, 0, 1));
    assertThat(july.complaints().received()).isZero();
  }

  @Test
  void figuresOfTheFixture() {
    CaseReport report = reports.report(Instant.parse("2025-06-01T00:00:00Z"), Instant.parse("2025-07-01T00:00:00Z"),
        COMPANY, null);

    assertThat(report.opened().total()).isEqualTo(3);
    assertThat(report.opened().byPriority()).isEqualTo(Map.of("P1", 1L, "P3", 1L, "P4", 1L));
    assertThat(report.closed().total()).isEqualTo(2);
    // A answered within its 15 minutes, B after 3 h of 2
    assertThat(report.firstResponse().measured()).isEqualTo(2);
    assertThat(report.firstResponse().compliancePercent()).isEqualTo(50.0);
    assertThat(report.firstResponse().meanMinutes()).isEqualTo(95.0);
    assertThat(report.firstResponse().medianMinutes()).isEqualTo(95.0);
    // A took 140 minutes of which it waited 60 for the customer; B 300
    assertThat(report.resolution().measured()).isEqualTo(2);
    assertThat(report.resolution().compliancePercent()).isEqualTo(100.0);
    assertThat(report.resolution().meanMinutes()).isEqualTo(190.0);
    // A: engineer and supervisor levels (its clock paused for an hour); B: engineer at 2 h, supervisor at 4 h
    assertThat(report.escalationsByLevel()).isEqualTo(Map.of(1, 2L, 2, 2L, 3, 0L));
    assertThat(report.reopens().reopened()).isZero();
    assertThat(report.satisfaction().answers()).isEqualTo(1);
    assertThat(report.satisfaction().average()).isEqualTo(5.0);
    assertThat(report.backlogByPriority()).containsEntry("P4", 1L).containsEntry("P1", 0L);
    assertThat(report.daily()).filteredOn(d -> d.date().toString().equals("2025-06-02")).singleElement()
        .satisfies(d -> assertThat(d.opened()).isEqualTo(3));
  }

  @Test
  void overRestAsJsonAndCsv() {
    String url = "/api/reports/cases?from=2025-06-01&to=2025-07-01&customer=" + COMPANY;
    var json = as(http, "manager1").getForEntity(url, JsonNode.class);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.getBody().path("resolution").path("meanMinutes").asDouble()).isEqualTo(190.0);
    assertThat(json.getBody().path("rmas").path("turnaroundMeanHours").asDouble()).isEqualTo(60.0);
    assertThat(json.getBody().path("complaints").path("escalated").path("count").asLong()).isEqualTo(2);

    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, "text/csv");
    var csv = as(http, "auditor1").exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getBody()).startsWith("section,figure,value").contains("first response,compliance percent,50.0",
        "rma,opened,4", "rma,turnaround median hours,48.0", "rma,returned late,1", "rma,returns overdue,1",
        "complaints,received,3", "complaints,class billing,2", "complaints,department Technical support,1",
        "complaints,answered in time percent,50.0", "complaints,escalated,2");
    assertThat(as(http, "manager1").getForEntity("/api/reports/cases.csv?from=2025-06-01&to=2025-07-01&customer="
        + COMPANY, String.class).getBody()).contains("resolution,mean minutes,190.0");
  }

  @Test
  void theReportPageIsServedToAnyoneItsFiguresOnlyToSignedInUsers() {
    // the page holds no figures and shows its own login form (ReportPageTest, ReportPageBrowserTest)
    assertThat(http.getForEntity("/reports/index.html", String.class).getBody()).contains("Support figures");
    assertThat(http.getForEntity("/api/reports/cases?from=2025-06-01&to=2025-07-01", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as(http, "manager1").getForEntity("/webjars/chart.js/4.5.1/dist/chart.umd.min.js", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aCustomerReadsOnlyTheirOwnCompanysFigures() {
    var other = as(http, "customer1").getForEntity(
        "/api/reports/cases?from=2025-06-01&to=2025-07-01&customer=" + COMPANY, JsonNode.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var own = as(http, "customer1").getForEntity("/api/reports/cases?from=2025-06-01&to=2025-07-01", JsonNode.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody().path("customer").asText()).isEqualTo("Demo Customer Ltd");
    assertThat(own.getBody().path("opened").path("total").asLong()).isZero();
    assertThat(own.getBody().path("rmas").path("opened").asLong()).isZero();
    assertThat(own.getBody().path("complaints").path("received").asLong()).isZero();
  }

  @Test
  void badPeriodIsRefused() {
    assertThat(as(http, "manager1").getForEntity("/api/reports/cases?from=2025-07-01&to=2025-06-01", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as(http, "manager1").getForEntity("/api/reports/cases?from=yesterday&to=2025-06-01", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
