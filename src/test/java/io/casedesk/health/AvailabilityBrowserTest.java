package io.casedesk.health;

import static io.casedesk.health.HealthEventApiTest.URL;
import static io.casedesk.health.HealthEventApiTest.alert;
import static io.casedesk.health.HealthEventApiTest.notification;
import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.contracts.Contract;
import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.contracts.RegisteredSystem;
import io.casedesk.reporting.MonthlyReports;
import io.casedesk.security.DemoUsers;
import io.casedesk.security.IdentityBootstrap;
import io.casedesk.support.BrowserTestSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The customer reads the availability of the company's systems on the portal's page of the monthly report. */
class AvailabilityBrowserTest extends BrowserTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired MonthlyReports monthlyReports;
  @Autowired IdentityBootstrap identity;
  @Autowired CustomerAccounts customerAccounts;

  AvailabilityBrowserTest() {
    super("health-");
  }

  @Test
  void customerReadsTheAvailabilityOfTheSystemsInTheMonthlyReport() {
    String id = UUID.randomUUID().toString().substring(0, 8).toLowerCase();
    String company = "Portal availability " + id;
    String serial = "SN-P-" + id;
    contracts.insert(new Contract("CT-PA-" + id.toUpperCase(), company, "gold", "24x7", LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31), List.of(new RegisteredSystem("router-x", serial, "Lyon"))));
    String user = "portal-availability-" + id;
    identity.ensureUser(user, "Ava", "Portal", DemoUsers.PASSWORD, Set.of("customers"));
    customerAccounts.link(user, company);
    // down for an hour and a half on 2 March
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T10:30:00Z")));
    var posted = as(http, "alertmanager1").postForEntity(URL, notification(List.of(alert("p" + id, serial,
        "critical", Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T10:30:00Z")))), String.class);
    assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.OK);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-01T06:00:00Z")));
    long report = monthlyReports.keep(monthlyReports.compile(company, YearMonth.of(2026, 3)));

    browser.get(url("/portal/#/reports/" + report));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    steps.type(By.id("login-username"), user);
    steps.type(By.id("login-password"), DemoUsers.PASSWORD);
    steps.click(By.cssSelector("#login-form button[type=submit]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-availability")));
    String table = browser.findElement(By.id("report-availability")).getText();
    // 90 of March's 44,640 minutes: 99.798 %
    assertThat(table).contains("Availability of your systems").contains("router-x " + serial + " (Lyon)")
        .contains("99.798 %").contains("1 h 30 min");
    steps.shot("report-availability");
  }
}
