package io.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.NodeClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loading the webapps' pages and files, the report page and the health check without a login writes no row of
 * SPRING_SESSION; the session starts with the webapps' first API call, and logging in still works.
 */
class AnonymousSessionsTest extends CaseTestSupport {

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void anonymousPageLoadsStoreNoSession() {
    List<String> pages = List.of("/", "/camunda/", "/camunda/app/tasklist/", "/camunda/app/tasklist/default/",
        "/camunda/app/cockpit/", "/camunda/app/cockpit/default/", "/camunda/app/admin/", "/camunda/app/admin/default/",
        "/camunda/app/welcome/", "/camunda/app/welcome/default/", "/camunda/app/tasklist/scripts/config.js",
        "/camunda/app/cockpit/scripts/config.js", "/camunda/lib/deps.js", "/camunda/favicon.ico", "/reports",
        "/reports/", "/reports/reports.js", "/actuator/health", "/camunda/app/nothing-here");
    long before = sessions();
    for (String page : pages) {
      NodeClient.Response response = NodeClient.browser().get(url(page));
      assertThat(response.status()).as(page).isLessThan(500);
      assertThat(sessions()).as("after %s", page).isEqualTo(before);
    }
  }

  @Test
  void aVisitorLogsInAfterThePageLoad() {
    NodeClient browser = NodeClient.loggedIntoWebapp(url(""), "tasklist", "engineer1", "demo");
    NodeClient.Response who = browser.get(url("/camunda/api/admin/auth/user/default"));
    assertThat(who.status()).as("%s", who).isEqualTo(200);
    assertThat(who.json().path("userId").asText()).isEqualTo("engineer1");
    // a page loaded with a session keeps using it
    assertThat(browser.get(url("/camunda/app/tasklist/default/")).status()).isEqualTo(200);
    assertThat(browser.get(url("/camunda/api/admin/auth/user/default")).status()).isEqualTo(200);
  }

  private long sessions() {
    return jdbc.queryForObject("SELECT count(*) FROM spring_session", Long.class);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
