package io.casedesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.NodeClient;
import io.casedesk.support.TestCustomers;
import io.casedesk.reporting.MonthlyReports;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer portal's session login, as its pages use it: a CSRF token first, the login form, the Casedesk API with
 * the session and the token, the password, the logout; and everything a customer of one company must not get.
 */
class PortalSessionTest extends CaseTestSupport {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired io.casedesk.mail.MailProperties mail;
  @Autowired MonthlyReports monthlyReports;
  @Autowired io.casedesk.contracts.CustomerAccounts accounts;
  @Autowired io.casedesk.contracts.MailSenders mailSenders;

  @AfterEach
  void demoPasswordAgain() {
    var user = identityService.createUserQuery().userId("customer1").singleResult();
    user.setPassword("demo");
    identityService.saveUser(user);
  }

  @Test
  void customerLogsInWorksThroughTheApiWithTheTokenAndLogsOut() {
    NodeClient browser = NodeClient.browser().withHeader("X-Requested-With", "XMLHttpRequest");
    NodeClient.Response page = browser.get(url("/portal/"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<form").contains("Casedesk");
    NodeClient.Response nobody = browser.get(url("/portal/api/me"));
    assertThat(nobody.status()).isEqualTo(401);
    assertThat(nobody.json().path("detail").asText()).contains("Log in");
    assertThat(browser.cookie("SESSION")).as("an anonymous page load stores no session").isNull();

    // a login form another site posts has no token: refused, nobody logged in
    assertThat(login(browser, null, "customer1", "demo").status()).isEqualTo(403);
    String token = browser.get(url("/portal/api/csrf")).json().path("token").asText();
    assertThat(token).isNotBlank();
    NodeClient.Response wrong = login(browser, token, "customer1", "dmeo");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().path("detail").asText()).isEqualTo("Wrong user name or password.");
    NodeClient.Response staff = login(browser, token, "engineer1", "demo");
    assertThat(staff.status()).as("%s", staff).isEqualTo(403);
    assertThat(staff.json().path("detail").asText()).contains("for customers");
    assertThat(browser.get(url("/portal/api/me")).status()).isEqualTo(401);

    String before = browser.cookie("SESSION");
    NodeClient.Response signedIn = login(browser, token, "customer1", "demo");
    assertThat(signedIn.status()).as("%s", signedIn).isEqualTo(200);
    assertThat(browser.cookie("SESSION")).as("a new session id at login").isNotEqualTo(before);
    NodeClient.Response me = browser.get(url("/portal/api/me"));
    assertThat(me.status()).as("%s", me).isEqualTo(200);
    assertThat(me.json().path("userId").asText()).isEqualTo("customer1");
    assertThat(me.json().path("company").asText()).isEqualTo("Demo Customer Ltd");
    String sessionToken = me.json().path("csrf").path("token").asText();
    assertThat(sessionToken).as("the login gives the session a token of its own").isNotEqualTo(token);
    NodeClient.Response choices = browser.get(url("/portal/api/choices"));
    assertThat(choices.json().path("impacts").toString()).contains("high");

    // the API, with the portal's session: reads as the customer; changes only with the session's token
    Map<String, Object> newCase = newCase();
    NodeClient.Response forged = browser.postJson(url("/api/cases"), newCase);
    assertThat(forged.status()).as("%s", forged).isEqualTo(403);
    assertThat(forged.json().path("detail").asText()).contains("X-XSRF-TOKEN");
    browser.withHeader("X-XSRF-TOKEN", sessionToken);
    NodeClient.Response opened = browser.postJson(url("/api/cases"), newCase);
    assertThat(opened.status()).as("%s", opened).isEqualTo(201);
    String n = opened.json().path("caseNumber").asText();
    assertThat(opened.json().path("priority").asText()).isEqualTo("P3");
    assertThat(opened.json().path("company").asText()).isEqualTo("Demo Customer Ltd");
    assertThat(browser.get(url("/api/cases?size=50")).body()).contains(n);
    assertThat(browser.postJson(url("/api/cases/" + n + "/messages"), Map.of("text", "Here is the log"))
        .status()).isEqualTo(202);
    assertThat(cases.view(n, ENGINEER).timeline()).anyMatch(e -> e.kind() == CaseEventKind.CUSTOMER_MESSAGE
        && e.detail().contains("Here is the log") && "customer1".equals(e.actor()));
    // a field the API refuses is named in the problem, for the page to show next to it
    newCase.put("impact", "catastrophic");
    NodeClient.Response refused = browser.postJson(url("/api/cases"), newCase);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("errors").toString()).contains("\"field\":\"impact\"");

    // the engine REST still asks for its own credentials
    assertThat(browser.get(url("/engine-rest/task")).status()).isEqualTo(401);

    browser.withHeader("X-XSRF-TOKEN", null);
    assertThat(browser.postJson(url("/portal/api/logout"), Map.of()).status()).as("logout without the token")
        .isEqualTo(403);
    assertThat(browser.get(url("/portal/api/me")).status()).isEqualTo(200);
    browser.withHeader("X-XSRF-TOKEN", sessionToken);
    assertThat(browser.postJson(url("/portal/api/logout"), Map.of()).status()).isEqualTo(204);
    assertThat(browser.get(url("/portal/api/me")).status()).isEqualTo(401);
    assertThat(browser.get(url("/api/cases/" + n)).status()).as("logged out").isEqualTo(401);
  }

  @Test
  void aCustomerGetsNothingOfAnotherCompanysCase() {
    String other = open("low", "low", "phone", "operational-problem", "CT-DEMO-2").caseNumber();
    NodeClient browser = loggedIn("customer1", "demo");
    NodeClient.Response read = browser.get(url("/api/cases/" + other));
    assertThat(read.status()).as("as if there were none").isEqualTo(404);
    assertThat(read.body()).doesNotContain("Other Corp").doesNotContain("Core router");
    assertThat(browser.get(url("/api/cases/" + other + "/attachments")).status()).isEqualTo(404);
    assertThat(browser.postJson(url("/api/cases/" + other + "/messages"), Map.of("text", "hello")).status())
        .isEqualTo(404);
    assertThat(browser.postJson(url("/api/cases/" + other + "/closure"), Map.of("accept", true)).status())
        .isEqualTo(404);
    assertThat(browser.get(url("/api/cases?size=200")).body()).doesNotContain(other).doesNotContain("Other Corp");
    assertThat(cases.view(other, ENGINEER).timeline()).noneMatch(e -> e.kind() == CaseEventKind.CUSTOMER_MESSAGE);
    // when a case last changed: the company's own case has a time, another's is left out as an unknown one is
    String own = open("low", "low", "phone").caseNumber();
    NodeClient.Response changes = browser.get(url("/portal/api/last-changes?cases=" + own + "," + other
        + ",CS-1999-000001"));
    assertThat(changes.status()).as("%s", changes).isEqualTo(200);
    assertThat(changes.json().has(own)).isTrue();
    assertThat(changes.json().size()).isEqualTo(1);
  }

  @Test
  void customerReadsAndDownloadsTheirCompanysMonthlyReportsOnly() {
    long january = monthlyReports.keep(monthlyReports.compile("Demo Customer Ltd", YearMonth.of(2025, 1)));
    long february = monthlyReports.keep(monthlyReports.compile("Demo Customer Ltd", YearMonth.of(2025, 2)));
    long others = monthlyReports.keep(monthlyReports.compile("Other Corp", YearMonth.of(2025, 2)));
    NodeClient browser = loggedIn("customer1", "demo");

    NodeClient.Response list = browser.get(url("/api/reports/monthly"));
    assertThat(list.status()).as("%s", list).isEqualTo(200);
    assertThat(list.json().findValuesAsText("customer")).as("the company's own only").containsOnly("Demo Customer Ltd");
    List<String> ids = list.json().findValuesAsText("id");
    assertThat(ids).contains(String.valueOf(january), String.valueOf(february)).doesNotContain(String.valueOf(others));
    assertThat(ids.indexOf(String.valueOf(february))).as("newest month first")
        .isLessThan(ids.indexOf(String.valueOf(january)));
    List<String> months = list.json().findValuesAsText("month");
    assertThat(months).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    NodeClient.Response report = browser.get(url("/api/reports/monthly/" + february));
    assertThat(report.status()).as("%s", report).isEqualTo(200);
    assertThat(report.json().path("report").path("month").asText()).isEqualTo("2025-02");
    assertThat(report.json().path("report").has("figures")).isTrue();
    NodeClient.Response csv = browser.get(url("/api/reports/monthly/" + february + ".csv"));
    assertThat(csv.status()).as("%s", csv).isEqualTo(200);
    assertThat(csv.body()).startsWith("section,figure,value");

    // another company's report: 404 by URL, JSON or CSV, as one that does not exist; asking by name is refused
    for (String path : List.of("/api/reports/monthly/" + others, "/api/reports/monthly/" + others + ".csv",
        "/api/reports/monthly/999999999")) {
      NodeClient.Response refused = browser.get(url(path));
      assertThat(refused.status()).as("%s %s", path, refused).isEqualTo(404);
      assertThat(refused.body()).doesNotContain("Other Corp").doesNotContain("2025-02");
    }
    NodeClient.Response byName = browser.get(url("/api/reports/monthly?customer=Other%20Corp"));
    assertThat(byName.status()).isEqualTo(403);
    assertThat(byName.json().has("id")).isFalse();
    assertThat(byName.body()).doesNotContain("2025-02");
    assertThat(browser.get(url("/api/reports/cases?from=2025-02-01&to=2025-03-01")).json().path("customer").asText())
        .as("the live figures too are the company's own").isEqualTo("Demo Customer Ltd");

    // without the portal's session nothing is read; with it, nothing changes without the token either
    browser.withHeader("X-XSRF-TOKEN", null);
    assertThat(browser.delete(url("/api/reports/monthly/" + february)).status()).isEqualTo(403);
    assertThat(NodeClient.browser().withHeader("X-Requested-With", "XMLHttpRequest")
        .get(url("/api/reports/monthly/" + february + ".csv")).status()).isEqualTo(401);
  }

  @Test
  void customerAddsFilesToTheirCaseWithinTheLimitOnly() {
    String own = open("low", "low", "phone").caseNumber();
    String other = open("low", "low", "phone", "operational-problem", "CT-DEMO-2").caseNumber();
    NodeClient browser = loggedIn("customer1", "demo");
    byte[] log = "08:40 link down\n08:41 link up\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    NodeClient.Response added = browser.postFile(url("/api/cases/" + own + "/attachments"), "files", "router.log",
        "text/plain", log);
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    assertThat(added.json().findValuesAsText("fileName")).containsExactly("router.log");
    long id = added.json().get(0).path("id").asLong();
    assertThat(browser.get(url("/api/cases/" + own + "/attachments/" + id)).body()).contains("08:40 link down");
    assertThat(cases.view(own, CUSTOMER).timeline()).anyMatch(e -> e.kind() == CaseEventKind.ATTACHMENT_ADDED
        && e.detail().startsWith("router.log"));

    NodeClient.Response tooLarge = browser.postFile(url("/api/cases/" + own + "/attachments"), "files", "dump.bin",
        "application/octet-stream", new byte[(int) mail.maxAttachmentSize().toBytes() + 1]);
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.json().path("errors").toString()).contains("\"field\":\"files\"")
        .contains("dump.bin is").contains("larger than the limit of");
    NodeClient.Response empty = browser.postFile(url("/api/cases/" + own + "/attachments"), "files", "empty.txt",
        "text/plain", new byte[0]);
    assertThat(empty.json().path("errors").toString()).contains("empty.txt is empty");

    NodeClient.Response elsewhere = browser.postFile(url("/api/cases/" + other + "/attachments"), "files",
        "router.log", "text/plain", log);
    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(browser.get(url("/api/cases/" + own + "/attachments")).json().size()).as("only the one file")
        .isEqualTo(1);
    browser.withHeader("X-XSRF-TOKEN", null);
    assertThat(browser.postFile(url("/api/cases/" + own + "/attachments"), "files", "x.log", "text/plain", log)
        .status()).as("without the token").isEqualTo(403);
  }

  @Test
  void wrongPasswordsAreThrottledAsAtEveryOtherLogin() {
    // a user id of its own: the wait it causes affects no other test's user
    NodeClient browser = NodeClient.browser();
    String token = browser.get(url("/portal/api/csrf")).json().path("token").asText();
    for (int i = 0; i < 5; i++) {
      assertThat(login(browser, token, "portal-throttle-probe", "wrong" + i).status()).isEqualTo(401);
    }
    NodeClient.Response throttled = login(browser, token, "portal-throttle-probe", "wrong");
    assertThat(throttled.status()).as("%s", throttled).isEqualTo(429);
    assertThat(throttled.json().path("detail").asText()).startsWith("Too many failed logins for this user");
  }

  @Test
  void aLoginFromAnotherSitesPageIsRefused() {
    NodeClient browser = NodeClient.browser();
    String token = browser.get(url("/portal/api/csrf")).json().path("token").asText();
    browser.withHeader("Origin", "https://evil.example");
    assertThat(login(browser, token, "customer1", "demo").status()).isEqualTo(403);
  }

  @Test
  void customerChangesTheirPasswordOnlyWithTheCurrentOneAndAGoodNewOne() {
    NodeClient browser = loggedIn("customer1", "demo");
    NodeClient.Response wrongCurrent = browser.postJson(url("/portal/api/password"),
        Map.of("currentPassword", "nope", "newPassword", "long enough 42", "repeatPassword", "long enough 42"));
    assertThat(wrongCurrent.status()).isEqualTo(400);
    assertThat(wrongCurrent.json().path("errors").toString()).contains("currentPassword")
        .doesNotContain("newPassword");
    NodeClient.Response weak = browser.postJson(url("/portal/api/password"),
        Map.of("currentPassword", "demo", "newPassword", "short", "repeatPassword", "short"));
    assertThat(weak.json().path("errors").toString()).contains("newPassword").contains("at least 10");
    NodeClient.Response blank = browser.postJson(url("/portal/api/password"),
        Map.of("currentPassword", "demo", "newPassword", "   ", "repeatPassword", "   "));
    assertThat(blank.json().path("errors").toString()).contains("Enter a new password");
    NodeClient.Response differ = browser.postJson(url("/portal/api/password"),
        Map.of("currentPassword", "demo", "newPassword", "long enough 42", "repeatPassword", "long enough 43"));
    assertThat(differ.json().path("errors").toString()).contains("repeatPassword");
    assertThat(identityService.checkPassword("customer1", "demo")).as("nothing changed yet").isTrue();

    NodeClient.Response changed = browser.postJson(url("/portal/api/password"),
        Map.of("currentPassword", "demo", "newPassword", "long enough 42", "repeatPassword", "long enough 42"));
    assertThat(changed.status()).as("%s", changed).isEqualTo(204);
    assertThat(loggedIn("customer1", "long enough 42").get(url("/portal/api/me")).status()).isEqualTo(200);
    assertThat(identityService.checkPassword("customer1", "demo")).isFalse();
  }

  @Test
  void theLoginAndThePasswordFormRefuseInTheLanguageAskedFor() {
    NodeClient german = NodeClient.browser().withHeader("X-Requested-With", "XMLHttpRequest")
        .withHeader("Accept-Language", "de");
    String token = german.get(url("/portal/api/csrf")).json().path("token").asText();
    NodeClient.Response wrong = login(german, token, "customer1", "dmeo");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().path("detail").asText()).isEqualTo("Benutzername oder Passwort ist falsch.");
    NodeClient.Response staff = login(german, token, "engineer1", "demo");
    assertThat(staff.status()).isEqualTo(403);
    assertThat(staff.json().path("detail").asText()).startsWith("Das Portal ist für Kundenkonten.");

    NodeClient customer = loggedIn("customer1", "demo").withHeader("Accept-Language", "de");
    NodeClient.Response weak = customer.postJson(url("/portal/api/password"),
        Map.of("currentPassword", "demo", "newPassword", "short", "repeatPassword", "short"));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.json().path("title").asText()).isEqualTo("Ungültige Anfrage");
    assertThat(weak.json().path("errors")).singleElement().satisfies(e -> {
      assertThat(e.path("field").asText()).isEqualTo("newPassword");
      assertThat(e.path("message").asText()).isEqualTo("Verwenden Sie mindestens 10 Zeichen.");
    });
    NodeClient.Response english = customer.withHeader("Accept-Language", null).postJson(url("/portal/api/password"),
        Map.of("currentPassword", "demo", "newPassword", "short", "repeatPassword", "short"));
    assertThat(english.json().path("errors").path(0).path("message").asText())
        .isEqualTo("Use at least 10 characters.");
    assertThat(identityService.checkPassword("customer1", "demo")).isTrue();
  }

  @Test
  void whoIsLoggedInTellsTheLanguageOfTheCustomersEmails() {
    assertThat(loggedIn("customer1", "demo").get(url("/portal/api/me")).json().has("language"))
        .as("no language registered for the address").isFalse();
    TestCustomers.create(identityService, accounts, "kunde1", "Karla", "Kunde", "karla.kunde@demo.example",
        "kunde-password-1", "Demo Customer Ltd");
    var senders = mailSenders.of("CT-DEMO-1");
    mailSenders.putContact("CT-DEMO-1", "karla.kunde@demo.example", "de-AT");
    try {
      assertThat(loggedIn("kunde1", "kunde-password-1").get(url("/portal/api/me")).json().path("language").asText())
          .isEqualTo("de");
    } finally {
      mailSenders.replace("CT-DEMO-1", senders);
      identityService.deleteUser("kunde1");
    }
  }

  private Map<String, Object> newCase() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("callerName", "Ada Lovelace");
    body.put("callerEmail", "ada@demo.example");
    body.put("callerPhone", "+36 1 234 5678");
    body.put("contractId", "CT-DEMO-1");
    body.put("product", "router-x");
    body.put("category", "operational-problem");
    body.put("impact", "medium");
    body.put("urgency", "medium");
    body.put("subject", "Port 3 flaps");
    body.put("description", "Since this morning");
    body.put("channel", "web");
    return body;
  }

  private NodeClient loggedIn(String user, String password) {
    NodeClient browser = NodeClient.browser().withHeader("X-Requested-With", "XMLHttpRequest");
    String token = browser.get(url("/portal/api/csrf")).json().path("token").asText();
    NodeClient.Response response = login(browser, token, user, password);
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return browser.withHeader("X-XSRF-TOKEN", browser.get(url("/portal/api/me")).json().path("csrf").path("token")
        .asText());
  }

  private NodeClient.Response login(NodeClient browser, String token, String user, String password) {
    browser.withHeader("X-XSRF-TOKEN", token);
    NodeClient.Response response = browser.postForm(url("/portal/api/login"),
        Map.of("username", user, "password", password));
    browser.withHeader("X-XSRF-TOKEN", null);
    return response;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
