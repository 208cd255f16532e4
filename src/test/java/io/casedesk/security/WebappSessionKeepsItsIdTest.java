package io.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.NodeClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Tasklist plugin calls the API while Tasklist calls its own: the webapps' session keeps its id, so neither
 * logs the agent out (each API call made with the session used to give it a new id, and Tasklist's requests still
 * under way with the old one answered 401 and sent the agent to the login page).
 */
class WebappSessionKeepsItsIdTest extends CaseTestSupport {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @Test
  void apiCallsWithTheSessionNeitherRenewNorEndIt() throws Exception {
    NodeClient browser = NodeClient.browser();
    browser.withCsrfHeader(true);
    assertThat(browser.get(url("/camunda/app/tasklist/default/")).status()).isEqualTo(200);
    // as Tasklist starts: asking who is logged in starts the session (the page load stores none)
    browser.get(url("/camunda/api/admin/auth/user/default"));
    assertThat(browser.postForm(url("/camunda/api/admin/auth/user/default/login/tasklist"),
        Map.of("username", "hotline1", "password", "demo")).status()).isEqualTo(200);
    // as Tasklist starts: one request that gives the session its CSRF token, then many side by side
    assertThat(browser.get(url("/camunda/api/engine/engine/default/task?maxResults=1")).status()).isEqualTo(200);
    String cookie = "SESSION=" + browser.cookie("SESSION") + "; XSRF-TOKEN=" + browser.cookie("XSRF-TOKEN");

    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      List<Future<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        String path = i % 2 == 0 ? "/api/cases?openedBy=me&size=1" : "/camunda/api/engine/engine/default/task?maxResults=1";
        calls.add(threads.submit(() -> HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie)
            .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString())));
      }
      for (Future<HttpResponse<String>> call : calls) {
        HttpResponse<String> response = call.get();
        assertThat(response.statusCode()).as("%s", response.uri()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).as("%s", response.uri())
            .noneMatch(c -> c.startsWith("SESSION="));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
