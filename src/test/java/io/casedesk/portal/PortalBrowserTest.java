package io.casedesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.contracts.Contract;
import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.contracts.RegisteredSystem;
import io.casedesk.maintenance.Inspections;
import io.casedesk.notification.MailTemplates;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Outbox;
import io.casedesk.reporting.MonthlyReports;
import io.casedesk.support.BrowserTestSupport;
import io.casedesk.support.NodeClient;
import io.casedesk.support.TestCustomers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * customer1 in the portal, in headless Chromium: logs in, opens a P1 case with a file and reads its number, priority
 * and what happens next, answers the engineer's question (which the engineer's task then shows), accepts the solution
 * and answers the survey, finds the case in the list; a form refuses bad input next to the field; a customer of
 * another company gets nothing of the case, from the list or by its URL. customer1 reads the company's monthly reports,
 * newest first, opens one and downloads its CSV, and gets nothing of another company's report by its URL.
 * The links of the closure request and the survey invitation, followed logged out, lead through the login to the
 * case's page with that form in focus.
 * The portal in German: login, list, the case form and its checks (the browser's, and the server's refusal next to
 * its field), a case's page with the history the server writes and a report, kept after a reload, and back in English
 * at a click; a customer whose e-mails are German finds it German until choosing otherwise. Each step is kept as a whole-page screenshot
 * on a desk-sized and a phone-sized window under {@code target/e2e/portal/}.
 */
class PortalBrowserTest extends BrowserTestSupport {

  static final Path SHOTS = Path.of("target", "e2e", "portal");
  static final Dimension DESK = new Dimension(1280, 900);
  static final Dimension PHONE = new Dimension(390, 844);

  @Autowired IdentityService identityService;
  @Autowired CustomerAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Inspections inspections;
  @Autowired MonthlyReports monthlyReports;
  @Autowired Outbox outbox;
  @Autowired MailTemplates mailTemplates;
  @Autowired io.casedesk.contracts.MailSenders mailSenders;

  private int step;

  PortalBrowserTest() {
    super("portal/");
  }

  /**
   * The list shows the newest cases first; other tests leave cases of the same company opened on later days of
   * their own clocks, so this customer's day starts after the newest of them.
   */
  @BeforeEach
  void startAfterTheNewestCase() {
    Instant newest = jdbc.sql("SELECT MAX(opened_at) FROM support_case").query(Timestamp.class).optional()
        .map(Timestamp::toInstant).orElse(T0);
    ClockUtil.setCurrentTime(Date.from(newest.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1))
        .plus(Duration.ofHours(9))));
  }

  @AfterEach
  void removeOtherCustomer() {
    if (identityService.createUserQuery().userId("othercustomer1").count() > 0) {
      identityService.deleteUser("othercustomer1");
    }
  }

  @Test
  void customerOpensACaseAnswersTheQuestionAcceptsTheSolutionAndAnswersTheSurvey() {
    browser.get(url("/portal/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    shot("login");
    logIn("customer1", "demo");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-cases")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Demo Customer Ltd"));
    shot("cases");

    // the form: a field left empty is refused next to it
    steps.click(By.cssSelector("a[data-nav=new]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-case-form")));
    wait.until(d -> browser.findElements(By.cssSelector("#new-impact option")).size() > 1);
    choose("new-contract", "CT-DEMO-1");
    steps.type(By.id("new-product"), "router-x");
    choose("new-category", "operational-problem");
    choose("new-impact", "high");
    choose("new-urgency", "high");
    steps.click(By.cssSelector("#new-case-form button[type=submit]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("new-subject-error"),
        "Please fill in this field."));
    assertThat(browser.findElement(By.id("new-subject")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the focus is on the field")
        .isEqualTo("new-subject");
    shot("new-case-refused", "new-subject");
    steps.type(By.id("new-subject"), "All sites lose packets");
    steps.type(By.id("new-description"), "Since 08:40 every site loses a third of its packets.");
    steps.type(By.id("new-phone"), "+36 1 234 5678");
    browser.findElement(By.id("new-files")).sendKeys(routerLog().toAbsolutePath().toString());
    shot("new-case-filled");
    steps.click(By.cssSelector("#new-case-form button[type=submit]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-opened")));
    String n = browser.findElement(By.id("opened-number")).getText();
    assertThat(n).matches("CS-\\d{4}-\\d{6}");
    assertThat(browser.findElement(By.id("opened-priority")).getText()).isEqualTo("P1 – critical");
    assertThat(browser.findElement(By.id("opened-next")).getText())
        .contains("our hotline will phone you at +36 1 234 5678 shortly to confirm its priority");
    assertThat(view(n).priority()).isEqualTo("P1");
    assertThat(view(n).channel()).isEqualTo("web");
    assertThat(browser.findElement(By.id("opened-next")).getText()).contains("Your file is kept with the case.");
    shot("opened");

    // the engineer asks a question; the customer answers it on the case's page
    work(n, "engineer1", "request-info", "Which firmware version runs on the router?");
    browser.get(url("/portal/#/cases/" + n));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-form")));
    assertThat(browser.findElement(By.cssSelector(".todo blockquote")).getText())
        .isEqualTo("Which firmware version runs on the router?");
    assertThat(browser.findElement(By.id("view-case")).getText()).contains("router.log");
    shot("question", "answer-form");
    steps.type(By.id("answer-text"), "Firmware 7.1.3 on all routers.");
    steps.click(By.cssSelector("#answer-form button[type=submit]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#view-case .flash"),
        "Your answer has been sent."));
    shot("answered");
    String task = task(n, "work-case").getId();
    NodeClient.Response engineersView = NodeClient.as("engineer1", "demo").get(url("/api/tasks/" + task + "/case"));
    assertThat(engineersView.status()).isEqualTo(200);
    assertThat(engineersView.body()).as("the engineer's task shows the answer")
        .contains("Firmware 7.1.3 on all routers.");

    // the engineer proposes a solution; the customer accepts it and answers the survey
    work(n, "engineer1", "solve", "Upgrade the firmware to 7.2; the packet loss is a known fault of 7.1.");
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("closure-form")));
    assertThat(browser.findElement(By.cssSelector(".todo blockquote")).getText()).startsWith("Upgrade the firmware");
    shot("solution", "closure-form");
    steps.click(By.cssSelector("#closure-form button[value=true]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-form")));
    assertThat(view(n).status().name()).isEqualTo("CLOSED");
    shot("survey", "survey-form");
    steps.click(By.cssSelector("#survey-form button[type=submit]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("survey-score-error"), "Please choose one."));
    shot("survey-refused", "survey-form");
    choose("survey-score", "5");
    steps.type(By.id("survey-comment"), "Quick and clear.");
    steps.click(By.cssSelector("#survey-form button[type=submit]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("view-case"), "Your survey answer: 5 of 5"));
    assertThat(view(n).survey().score()).isEqualTo(5);
    String page = browser.findElement(By.id("view-case")).getText();
    assertThat(page).as("no user ids, no internal notes").doesNotContain("engineer1").doesNotContain("hotline1");
    shot("closed");

    // the list shows the case
    steps.click(By.cssSelector("a[data-nav=cases]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases-table"), n));
    By lastChange = By.cssSelector("[data-last-change='" + n + "']");
    wait.until(d -> d.findElement(lastChange).getText().matches(".*\\d.*"));
    shot("cases-after");
    // found by text with the status filter, missed by other text, opened by its number
    choose("filter-status", "CLOSED");
    wait.until(ExpectedConditions.urlContains("status=CLOSED"));
    steps.type(By.id("filter-q"), "LOSE PACKETS");
    steps.click(By.cssSelector("#cases-filter button[type=submit]"));
    wait.until(ExpectedConditions.urlContains("q=LOSE"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases-table"), n));
    shot("cases-search");
    steps.js("document.getElementById('filter-q').value = ''");
    steps.type(By.id("filter-q"), "no such words");
    steps.click(By.cssSelector("#cases-filter button[type=submit]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cases-empty")));
    steps.js("document.getElementById('filter-q').value = ''");
    steps.type(By.id("filter-q"), n.toLowerCase());
    steps.click(By.cssSelector("#cases-filter button[type=submit]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-title"), n));

    // the account: a password change with a wrong current password is refused next to that field
    steps.click(By.cssSelector("a[data-nav=account]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-form")));
    steps.type(By.id("pw-current"), "not-my-password");
    steps.type(By.id("pw-new"), "short");
    steps.type(By.id("pw-repeat"), "short");
    steps.click(By.cssSelector("#password-form button[type=submit]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pw-current-error"),
        "This is not your current password."));
    assertThat(browser.findElement(By.id("pw-new-error")).getText()).contains("Use at least 10 characters.");
    shot("password-refused");

    // a customer of another company: neither in the list nor by URL
    otherCustomer();
    steps.click(By.id("logout"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    logIn("othercustomer1", "other-company-password");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Other Corp"));
    // the list has loaded (its count is written) and holds only Other Corp's cases, if any
    wait.until(d -> String.valueOf(steps.js("return document.getElementById('page-info').textContent"))
        .startsWith("Page"));
    assertThat(browser.findElement(By.id("view-cases")).getText()).doesNotContain(n)
        .doesNotContain("All sites lose packets");
    shot("other-company-list");
    browser.get(url("/portal/#/cases/" + n));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-notfound")));
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("All sites lose packets")
        .doesNotContain("Firmware");
    Object status = steps.js("return fetch('/api/cases/" + n + "', {headers: {'X-Requested-With': 'XMLHttpRequest'}})"
        + ".then(r => r.status)");
    assertThat(((Number) status).intValue()).isEqualTo(404);
    Object files = steps.js("return fetch('/api/cases/" + n + "/attachments', {headers: {'X-Requested-With': "
        + "'XMLHttpRequest'}}).then(r => r.status)");
    assertThat(((Number) files).intValue()).as("nor its files").isEqualTo(404);
    shot("other-company-url");
  }

  @Test
  void customerReadsAndDownloadsTheCompanysMonthlyReportsAndNoOneElses() {
    step = 100; // this walk's screenshots after the first one's
    String n = open("high", "medium", "phone").caseNumber();
    YearMonth month = YearMonth.from(ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC));
    long earlier = monthlyReports.keep(monthlyReports.compile("Demo Customer Ltd", month.minusMonths(1)));
    long own = monthlyReports.keep(monthlyReports.compile("Demo Customer Ltd", month));
    long others = monthlyReports.keep(monthlyReports.compile("Other Corp", month));

    browser.get(url("/portal/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    logIn("customer1", "demo");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-cases")));
    steps.click(By.cssSelector("a[data-nav=reports]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reports-table")));
    List<String> links = browser.findElements(By.cssSelector("#reports-table tbody th a")).stream()
        .map(a -> a.getAttribute("href").replaceAll(".*#/reports/", "")).toList();
    assertThat(links).as("newest month first").containsSubsequence(String.valueOf(own), String.valueOf(earlier))
        .doesNotContain(String.valueOf(others));
    assertThat(browser.findElement(By.id("view-reports")).getText()).doesNotContain("Other Corp");
    shot("reports");

    steps.click(By.cssSelector("#reports-table a[href='#/reports/" + own + "']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-case-table")));
    String monthName = month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    assertThat(browser.findElement(By.id("report-title")).getText()).contains(monthName)
        .contains(String.valueOf(month.getYear()));
    assertThat(browser.findElement(By.id("report-case-table")).getText()).contains(n);
    assertThat(browser.findElement(By.id("report-cases")).getText()).contains("Opened in the month");
    assertThat(browser.findElement(By.cssSelector("a[data-nav=reports]")).getAttribute("aria-current"))
        .isEqualTo("page");
    shot("report");
    String download = browser.findElement(By.id("report-download")).getAttribute("href");
    assertThat(download).endsWith("/api/reports/monthly/" + own + ".csv");
    Object file = steps.js("return fetch(arguments[0]).then(r => r.status + ' '"
        + " + r.headers.get('Content-Disposition') + ' ' + r.headers.get('Content-Type'))", download);
    assertThat(String.valueOf(file)).startsWith("200 attachment;").contains("support-report-" + month + ".csv")
        .contains("text/csv");
    // the report's case opens the case's page
    steps.click(By.cssSelector("#report-case-table a[href='#/cases/" + n + "']"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-title"), n));

    // another company's report by its URL: not found, nothing of it shown
    browser.get(url("/portal/#/reports/" + others));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-notfound")));
    assertThat(browser.findElement(By.id("notfound-text")).getText())
        .isEqualTo("There is no such report among your company's reports.");
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Other Corp");
    Object status = steps.js("return fetch('/api/reports/monthly/" + others + ".csv').then(r => r.status)");
    assertThat(((Number) status).intValue()).isEqualTo(404);
    shot("report-of-another-company");
  }

  @Test
  void customerReadsTheCompanysInspectionReportAndItsLinkedCase() {
    step = 500; // this walk's screenshots after the others'
    String n = open("medium", "medium", "phone").caseNumber();
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
    Contract demo = contracts.find("CT-DEMO-1").orElseThrow();
    String number = inspections.open(demo, today);
    inspections.recordFinding(number, 0, new RegisteredSystem("router-x", "SN-R1", "Budapest"),
        new Inspections.FindingInput(true, true, true, "ok", "17.9.4a", "Fans, power and logs in order", null,
            "none"), "engineer1");
    inspections.recordFinding(number, 1, new RegisteredSystem("switch-y", "SN-S2", null),
        new Inspections.FindingInput(true, true, true, "fault", "9.3(2)", "Fan 2 fails under load",
            "Replace the fan tray", "case"), "engineer1");
    inspections.followUpCaseOpened(number, 1, n);
    inspections.completed(number);

    browser.get(url("/portal/#/inspections/" + number));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    assertThat(browser.findElement(By.id("login-next")).getText()).contains("the inspection report");
    logIn("customer1", "demo");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inspection-findings")));
    assertThat(browser.findElement(By.id("inspection-findings")).getText())
        .contains("router-x SN-R1", "In order", "switch-y SN-S2", "Fault", "Replace the fan tray", n);
    assertThat(browser.findElement(By.cssSelector("a[data-nav=inspections]")).getAttribute("aria-current"))
        .isEqualTo("page");
    shot("inspection");
    Object file = steps.js("return fetch(arguments[0]).then(r => r.status + ' ' + r.headers.get('Content-Type'))",
        browser.findElement(By.id("inspection-download")).getAttribute("href"));
    assertThat(String.valueOf(file)).startsWith("200").contains("text/csv");

    steps.click(By.cssSelector("a[data-nav=inspections]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inspections-table")));
    assertThat(browser.findElement(By.id("inspections-table")).getText()).contains("CT-DEMO-1",
        "1 in order, 0 to watch, 1 with a fault");
    shot("inspections");
    steps.click(By.cssSelector("#inspections-table a[href='#/inspections/" + number + "']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inspection-findings")));
    steps.click(By.cssSelector("#inspection-findings a[href='#/cases/" + n + "']"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-title"), n));

    otherCustomer();
    steps.click(By.id("logout"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    logIn("othercustomer1", "other-company-password");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Other Corp"));
    browser.get(url("/portal/#/inspections/" + number));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-notfound")));
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("switch-y", "Demo Customer");
    shot("inspection-of-another-company");
  }

  @Test
  void linksOfTheClosureAndSurveyMailsLeadALoggedOutCustomerThroughTheLoginToTheCasesForms() {
    step = 200; // this walk's screenshots after the others'
    String n = open("medium", "medium", "phone").caseNumber();
    work(n, "engineer1", "solve", "Restart the line card; the fault is cleared.");

    // the closure request's link, followed in a browser that is not logged in
    String closureLink = linkIn(NotificationKind.CLOSURE_REQUEST, n);
    assertThat(closureLink).isEqualTo(url("/portal/#/cases/" + n + "/closure"));
    browser.get(closureLink);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    assertThat(browser.findElement(By.id("login-next")).getText())
        .isEqualTo("After you log in, the proposed solution of case " + n + " opens.");
    shot("mail-link-login", "login-form");
    logIn("customer1", "demo");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("closure-form")));
    assertThat(browser.getCurrentUrl()).endsWith("/portal/#/cases/" + n + "/closure");
    assertThat(browser.findElement(By.id("case-title")).getText()).contains(n);
    assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the focus is on the solution")
        .isEqualTo("solution-title");
    shot("mail-link-closure", "closure-form");
    steps.click(By.cssSelector("#closure-form button[value=true]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-form")));
    assertThat(view(n).status().name()).isEqualTo("CLOSED");

    // the survey invitation's link, after logging out
    String surveyLink = linkIn(NotificationKind.SURVEY_INVITATION, n);
    assertThat(surveyLink).isEqualTo(url("/portal/#/cases/" + n + "/survey"));
    steps.click(By.id("logout"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    browser.get(surveyLink);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-next"),
        "After you log in, the survey of case " + n + " opens."));
    logIn("customer1", "demo");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-form")));
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("survey-title");
    shot("mail-link-survey", "survey-form");
    choose("survey-score", "4");
    steps.click(By.cssSelector("#survey-form button[type=submit]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("view-case"), "Your survey answer: 4 of 5"));
    assertThat(view(n).survey().score()).isEqualTo(4);

    // the same links once done: the page says there is nothing left to do
    browser.navigate().refresh();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#view-case .flash"),
        "You have already answered the survey of this case."));
    browser.get(closureLink);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#view-case .flash"),
        "This case is already closed; nothing is left to decide."));
    shot("mail-link-done");

    // another company's customer following the link gets nothing of the case
    otherCustomer();
    steps.click(By.id("logout"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    browser.get(surveyLink);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-next"), n));
    logIn("othercustomer1", "other-company-password");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-notfound")));
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("line card");
  }

  @Test
  void customerSwitchesThePortalToGermanAndTheBrowserKeepsIt() {
    step = 300; // this walk's screenshots after the others'
    String n = open("high", "medium", "phone").caseNumber();
    browser.get(url("/portal/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    steps.click(By.cssSelector("[data-lang=de]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-title"), "Bei Casedesk anmelden"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
    assertThat(browser.findElement(By.cssSelector("#login-form button[type=submit]")).getText()).isEqualTo("Anmelden");
    assertThat(browser.findElement(By.cssSelector("[data-lang=de]")).getAttribute("aria-pressed")).isEqualTo("true");
    shot("german-login", "login-form");
    logIn("customer1", "demo");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases-title"),
        "Die Fälle Ihres Unternehmens"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases-table"), n));
    assertThat(browser.findElement(By.id("nav")).getText()).contains("Ihre Fälle", "Fall eröffnen", "Berichte");
    assertThat(String.valueOf(steps.js("return document.getElementById('page-info').textContent")))
        .startsWith("Seite 1 von");
    assertThat(browser.getTitle()).isEqualTo("Ihre Fälle – Casedesk-Supportportal");
    shot("german-cases");

    // a browser's own checks, in German too
    steps.click(By.cssSelector("a[data-nav=new]"));
    wait.until(d -> browser.findElements(By.cssSelector("#new-impact option")).size() > 1);
    assertThat(browser.findElement(By.id("new-title")).getText()).isEqualTo("Fall eröffnen");
    assertThat(browser.findElement(By.id("new-impact")).getText()).contains("Hoch – ein Dienst ist ausgefallen");
    assertThat(browser.findElement(By.id("new-category")).getText()).contains("Betriebsproblem");
    steps.click(By.cssSelector("#new-case-form button[type=submit]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("new-subject-error"),
        "Bitte füllen Sie dieses Feld aus."));
    shot("german-new-case-refused", "new-subject");

    // the server's refusal, in German next to its field (the browser lets any phone number through)
    long casesBefore = jdbc.sql("SELECT COUNT(*) FROM support_case").query(Long.class).single();
    choose("new-contract", "CT-DEMO-1");
    steps.type(By.id("new-product"), "router-x");
    choose("new-category", "operational-problem");
    choose("new-impact", "medium");
    choose("new-urgency", "medium");
    steps.type(By.id("new-subject"), "Port 3 flattert");
    steps.type(By.id("new-phone"), "ruf mich an");
    steps.click(By.cssSelector("#new-case-form button[type=submit]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("new-phone-error"),
        "Muss eine Telefonnummer sein, z. B. +36 1 234 5678."));
    assertThat(browser.findElement(By.id("new-phone")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("new-phone");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM support_case").query(Long.class).single()).as("nothing opened")
        .isEqualTo(casesBefore);
    shot("german-new-case-refused-by-the-server", "new-phone");

    // the case's page; the choice survives a reload
    browser.get(url("/portal/#/cases/" + n));
    browser.navigate().refresh();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-title"), "Verlauf"));
    String page = browser.findElement(By.id("view-case")).getText();
    assertThat(page).contains("Priorität", "P2 – hoch", "Fall eröffnet", "Dateien", "Ihre Nachricht");
    assertThat(page).doesNotContain("History").doesNotContain("Your message");
    shot("german-case");

    // the history the server writes, in German: the engineer takes the case and asks a question
    work(n, "engineer1", "request-info", "Welche Firmware-Version läuft auf dem Router?");
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-form")));
    String history = browser.findElement(By.cssSelector("#view-case .timeline")).getText();
    assertThat(history).contains("Eröffnet über Telefon: Core router drops packets",
        "Priorität P2, Warteschlange Betriebsprobleme; erste Antwort fällig", "Zugewiesen an ",
        "Wartet auf Ihre Antwort", "Welche Firmware-Version läuft auf dem Router?");
    assertThat(history).doesNotContain("Opened by", "queue", "Assigned to", "Waiting for", "due ")
        .doesNotContain("engineer1");
    shot("german-case-history", "timeline-title");

    // the report page too
    long report = monthlyReports.keep(monthlyReports.compile("Demo Customer Ltd",
        YearMonth.from(ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC))));
    browser.get(url("/portal/#/reports/" + report));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-case-table")));
    assertThat(browser.findElement(By.id("report-title")).getText()).startsWith("Support-Bericht ");
    assertThat(browser.findElement(By.id("report-cases")).getText()).contains("Im Monat eröffnet");

    // and back to English, at once
    steps.click(By.cssSelector("[data-lang=en]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-title"), "Support report "));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(browser.findElement(By.id("nav")).getText()).contains("Your cases", "Open a case", "Reports");
  }

  @Test
  void aCustomerWhoseEmailsAreInGermanFindsThePortalInGermanUntilChoosingOtherwise() {
    step = 400; // this walk's screenshots after the others'
    TestCustomers.create(identityService, accounts, "kunde1", "Karla", "Kunde", "karla.kunde@demo.example",
        "kunde-password-1", "Demo Customer Ltd");
    var senders = mailSenders.of("CT-DEMO-1");
    mailSenders.putContact("CT-DEMO-1", "karla.kunde@demo.example", "de");
    try {
      browser.get(url("/portal/"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
      assertThat(browser.findElement(By.id("login-title")).getText()).as("an English browser")
          .isEqualTo("Log in to Casedesk");
      logIn("kunde1", "kunde-password-1");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases-title"),
          "Die Fälle Ihres Unternehmens"));
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
      shot("german-by-the-emails-language");
      // the reader's own choice wins, and the browser keeps it
      steps.click(By.cssSelector("[data-lang=en]"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases-title"), "Your company's cases"));
      browser.navigate().refresh();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases-title"), "Your company's cases"));
    } finally {
      mailSenders.replace("CT-DEMO-1", senders);
      identityService.deleteUser("kunde1");
    }
  }

  /** The portal link of the case's latest mail of this kind, as the customer's mail shows it. */
  private String linkIn(NotificationKind kind, String caseNumber) {
    var message = outbox.ofCase(caseNumber).stream().filter(m -> m.kind() == kind).reduce((a, b) -> b).orElseThrow();
    Map<String, Object> data;
    try {
      data = new com.fasterxml.jackson.databind.ObjectMapper().readValue(message.payload(),
          new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    String text = mailTemplates.render(kind, caseNumber, data, "en", url("/")).text();
    var link = java.util.regex.Pattern.compile("http://\\S+/portal/\\S+").matcher(text);
    assertThat(link.find()).as("a portal link in %s", text).isTrue();
    return link.group();
  }

  private static Path routerLog() {
    try {
      Path file = Files.createTempDirectory("portal-").resolve("router.log");
      Files.writeString(file, "08:40:12 port 3 down\n08:40:15 port 3 up\n");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void logIn(String user, String password) {
    steps.type(By.id("login-username"), user);
    steps.type(By.id("login-password"), password);
    steps.click(By.cssSelector("#login-form button[type=submit]"));
  }

  private void choose(String select, String value) {
    steps.js("const s = document.getElementById(arguments[0]); s.value = arguments[1];"
        + " s.dispatchEvent(new Event('change', {bubbles: true}))", select, value);
  }

  private void otherCustomer() {
    TestCustomers.create(identityService, accounts, "othercustomer1", "Olga", "Other", null, "other-company-password",
        "Other Corp");
  }

  /** The whole page, on a desk-sized and a phone-sized window, scrolled to {@code elementId} if given. */
  private void shot(String name, String... elementId) {
    step++;
    for (var size : List.of(Map.entry("desk", DESK), Map.entry("phone", PHONE))) {
      browser.manage().window().setSize(size.getValue());
      Path file = SHOTS.resolve("%02d-%s-%s.png".formatted(step, name, size.getKey()));
      wholePage(file, elementId.length > 0 ? elementId[0] : null);
    }
    browser.manage().window().setSize(DESK);
  }

  @SuppressWarnings("unchecked")
  private void wholePage(Path file, String elementId) {
    Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
    double width = ((Number) content.get("width")).doubleValue();
    double height = Math.min(((Number) content.get("height")).doubleValue(), 6000);
    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
