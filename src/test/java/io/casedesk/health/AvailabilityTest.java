package io.casedesk.health;

import static io.casedesk.health.HealthEventApiTest.URL;
import static io.casedesk.health.HealthEventApiTest.alert;
import static io.casedesk.health.HealthEventApiTest.notification;
import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.contracts.Contract;
import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.contracts.RegisteredSystem;
import io.casedesk.reporting.MonthlyReport;
import io.casedesk.reporting.MonthlyReports;
import io.casedesk.security.DemoUsers;
import io.casedesk.security.IdentityBootstrap;
import io.casedesk.support.CaseTestSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The monthly availability of a customer's systems from the alerts Alertmanager posted, with the engine clock in
 * March 2026: overlapping alerts count once, an alert that does not count as downtime (warning) not at all, firings
 * across the month's borders only inside it, a firing still open at the month's end until the end. The customer
 * reads it in the monthly report (JSON and CSV); another company does not.
 */
class AvailabilityTest extends CaseTestSupport {

  static final YearMonth MARCH = YearMonth.of(2026, 3);
  static final Instant MARCH_2 = Instant.parse("2026-03-02T09:00:00Z");

  @Autowired TestRestTemplate http;
  @Autowired Availability availability;
  @Autowired MonthlyReports monthlyReports;
  @Autowired IdentityBootstrap identity;
  @Autowired CustomerAccounts customerAccounts;

  String company;
  String id;
  String routerA;
  String routerB;

  @BeforeEach
  void companyWithTwoSystems() {
    id = UUID.randomUUID().toString().substring(0, 8).toLowerCase();
    company = "Availability " + id + " Ltd";
    routerA = "SN-A-" + id;
    routerB = "SN-B-" + id;
    contracts.insert(new Contract("CT-AV-" + id.toUpperCase(), company, "gold", "24x7", LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31), List.of(new RegisteredSystem("router-x", routerA, "Lyon"),
            new RegisteredSystem("switch-y", routerB, "Paris"))));
    identity.ensureUser("availability-" + id, "Ava", "Ilability", DemoUsers.PASSWORD, Set.of("customers"));
    customerAccounts.link("availability-" + id, company);
  }

  void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  void post(String fingerprint, String serial, String severity, String startsAt, String endsAt) {
    var response = as(http, "alertmanager1").postForEntity(URL, notification(List.of(alert(fingerprint, serial,
        severity, Instant.parse(startsAt), endsAt == null ? null : Instant.parse(endsAt)))), JsonNode.class);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void downtimeAndAvailabilityPerSystemInTheMonthlyReport() {
    // resolved before it was ever seen firing (it began in February): its March part still counts, 20 minutes
    at("2026-03-02T09:00:00Z");
    post("a1" + id, routerA, "critical", "2026-02-28T23:00:00Z", "2026-03-01T00:20:00Z");
    // two critical alerts on router A overlapping: 09:00-10:30 and 10:00-11:00 are two hours, one outage
    post("a2" + id, routerA, "critical", "2026-03-02T09:00:00Z", null);
    at("2026-03-02T10:00:00Z");
    post("a3" + id, routerA, "critical", "2026-03-02T10:00:00Z", null);
    at("2026-03-02T10:30:00Z");
    post("a2" + id, routerA, "critical", "2026-03-02T09:00:00Z", "2026-03-02T10:30:00Z");
    at("2026-03-02T11:00:00Z");
    post("a3" + id, routerA, "critical", "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z");
    // a warning is no downtime (health-event-priority): switch B stays at 100 %
    post("b1" + id, routerB, "warning", "2026-03-02T11:00:00Z", null);
    at("2026-03-02T11:30:00Z");
    post("b1" + id, routerB, "warning", "2026-03-02T11:00:00Z", "2026-03-02T11:30:00Z");
    // fires at 23:30 on the last day and has not ended when the report is made: 30 minutes of March
    at("2026-03-31T23:30:00Z");
    post("a4" + id, routerA, "critical", "2026-03-31T23:30:00Z", null);

    at("2026-03-15T12:00:00Z");
    assertThat(availability.of(company, MARCH)).as("mid-month: counted until now")
        .extracting(SystemAvailability::serialNumber, SystemAvailability::downtimeMinutes)
        .containsExactly(tuple(routerA, 140L),
            tuple(routerB, 0L));

    at("2026-04-01T06:00:00Z");
    MonthlyReport report = monthlyReports.compile(company, MARCH);
    // March has 44,640 minutes; router A was down 20 + 120 + 30 = 170 of them
    assertThat(report.availability()).containsExactly(
        new SystemAvailability("router-x", routerA, "Lyon", 170, new BigDecimal("99.619"), 3),
        new SystemAvailability("switch-y", routerB, "Paris", 0, new BigDecimal("100.000"), 0));
    long reportId = monthlyReports.keep(report);

    var customer = as(http, "availability-" + id);
    JsonNode kept = customer.getForEntity("/api/reports/monthly/" + reportId, JsonNode.class).getBody();
    JsonNode systemA = kept.path("report").path("availability").path(0);
    assertThat(systemA.path("serialNumber").asText()).isEqualTo(routerA);
    assertThat(systemA.path("downtimeMinutes").asLong()).isEqualTo(170);
    assertThat(systemA.path("availabilityPercent").decimalValue()).isEqualByComparingTo("99.619");
    String csv = customer.getForEntity("/api/reports/monthly/" + reportId + ".csv", String.class).getBody();
    assertThat(csv).contains("availability,router-x " + routerA + " percent,99.619")
        .contains("availability,router-x " + routerA + " downtime minutes,170")
        .contains("availability,switch-y " + routerB + " percent,100.000");
    assertThat(as(http, "customer1").getForEntity("/api/reports/monthly/" + reportId, String.class).getStatusCode())
        .as("another company's report").isEqualTo(HttpStatus.NOT_FOUND);

    // while the month runs: GET /api/availability, with the reports' rules
    at("2026-03-15T12:00:00Z");
    JsonNode live = customer.getForEntity("/api/availability", JsonNode.class).getBody();
    assertThat(live.path("customer").asText()).isEqualTo(company);
    assertThat(live.path("month").asText()).isEqualTo("2026-03");
    assertThat(live.path("systems").path(0).path("downtimeMinutes").asLong()).as("until now").isEqualTo(140);
    at("2026-04-01T06:00:00Z");
    assertThat(as(http, "engineer1").getForEntity("/api/availability?customer=" + company + "&month=2026-03",
        JsonNode.class).getBody().path("systems").path(0).path("downtimeMinutes").asLong()).isEqualTo(170);
    assertThat(as(http, "customer1").getForEntity("/api/availability?customer=" + company, String.class)
        .getStatusCode()).as("another company's").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, "analyst1").getForEntity("/api/availability?customer=" + company, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var badMonth = as(http, "engineer1").getForEntity("/api/availability?customer=x&month=March", JsonNode.class);
    assertThat(badMonth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badMonth.getBody().path("errors").findValuesAsText("field")).containsExactly("month");
  }
}
