package io.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.NodeClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page inside the webapps (a Tasklist plugin, the report page) calls the Casedesk API with the webapps' own
 * login: reads with the session alone, changes only with the session's CSRF token, and nothing once logged out.
 */
class WebappSessionApiTest extends CaseTestSupport {

  @LocalServerPort int port;

  @Test
  void theTasklistLoginReadsTheApiAndChangesItOnlyWithItsCsrfToken() {
    String n = open("low", "low", "phone").caseNumber();
    assertThat(NodeClient.browser().get(url("/api/cases/" + n)).status()).as("no login yet").isEqualTo(401);

    NodeClient browser = logIn("engineer1");
    NodeClient.Response read = browser.get(url("/api/cases/" + n));
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    assertThat(read.json().path("caseNumber").asText()).isEqualTo(n);

    // a page of another site can make the browser send the cookie, but cannot read the token
    NodeClient.Response forged = browser.postJson(url("/api/cases/" + n + "/messages"), Map.of("text", "forged"));
    assertThat(forged.status()).as("%s", forged).isEqualTo(403);
    assertThat(forged.json().path("detail").asText()).contains("X-XSRF-TOKEN");
    assertThat(messages(n)).isZero();

    browser.withCsrfHeader(true);
    NodeClient.Response written = browser.postJson(url("/api/cases/" + n + "/messages"),
        Map.of("text", "We replaced the cable, please check"));
    assertThat(written.status()).as("%s", written).isEqualTo(202);
    assertThat(messages(n)).isEqualTo(1);

    // the session is for the API and the report page; the engine REST still asks for credentials
    assertThat(browser.get(url("/engine-rest/task")).status()).isEqualTo(401);

    assertThat(browser.postForm(url("/camunda/api/admin/auth/user/default/logout"), Map.of()).status()).isEqualTo(200);
    assertThat(browser.get(url("/api/cases/" + n)).status()).as("logged out").isEqualTo(401);
  }

  @Test
  void credentialsSentWithARequestWinOverTheSession() {
    NodeClient browser = logIn("engineer1");
    NodeClient wrong = NodeClient.as("engineer1", "not-the-password");
    assertThat(wrong.get(url("/api/cases")).status()).isEqualTo(401);
    assertThat(browser.get(url("/api/cases")).status()).isEqualTo(200);
  }

  @Test
  void aSessionReadsOnlyWhatItsUserMayRead() {
    String n = open("low", "low", "phone", "operational-problem", "CT-DEMO-2").caseNumber();
    NodeClient customer = logIn("customer1");
    assertThat(customer.get(url("/api/cases/" + n)).status()).as("another company's case: as if there were none")
        .isEqualTo(404);
  }

  private long messages(String caseNumber) {
    return cases.view(caseNumber, ENGINEER).timeline().stream()
        .filter(e -> e.kind() == CaseEventKind.AGENT_MESSAGE || e.kind() == CaseEventKind.CUSTOMER_MESSAGE).count();
  }

  /** Logged into the webapps, then calling the API with the session's cookie alone, as a forged request would. */
  private NodeClient logIn(String user) {
    return NodeClient.loggedIntoWebapp(url(""), "welcome", user, "demo").withCsrfHeader(false);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
