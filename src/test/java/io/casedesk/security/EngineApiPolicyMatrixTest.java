package io.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.security.EngineApiEndpoints.Endpoint;
import io.casedesk.support.CasedeskTest;
import io.casedesk.support.NodeClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The role x endpoint matrix of the security model, replayed over HTTP: every endpoint the engine REST and the
 * webapps offer ({@link EngineApiEndpoints}), for every role, on both surfaces (HTTP basic on {@code /engine-rest},
 * the webapps' login on {@code /camunda/api}). A call the policy refuses answers 403 from the gate (header
 * {@link EngineApiGate#REFUSED_BY}); a call it allows reaches the engine, which may still refuse or find nothing.
 * Every id is one that does not exist, so an allowed call changes nothing; administrators, who may call anything,
 * are probed with reads only.
 */
@CasedeskTest
class EngineApiPolicyMatrixTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** demo user -> their group, and the webapp they log into ({@code null}: none). */
  private static final List<Role> ROLES = List.of(
      new Role("hotline1", CasedeskGroups.HOTLINE, "tasklist"),
      new Role("engineer1", CasedeskGroups.ENGINEERS, "tasklist"),
      new Role("supervisor1", CasedeskGroups.SUPERVISORS, "cockpit"),
      new Role("manager1", CasedeskGroups.MANAGERS, "tasklist"),
      new Role("rmadesk1", CasedeskGroups.RMA_DESK, "tasklist"),
      new Role("sales1", CasedeskGroups.SALES, "tasklist"),
      new Role("auditor1", CasedeskGroups.AUDITORS, "cockpit"),
      new Role("analyst1", CasedeskGroups.ANALYSTS, "cockpit"),
      new Role("customer1", CasedeskGroups.CUSTOMERS, null),
      new Role("admin", CasedeskGroups.ADMINS, "admin"));

  record Role(String user, String group, String webapp) {}

  @LocalServerPort int port;

  @TestFactory
  Stream<DynamicTest> engineRestWithHttpBasic() {
    List<Endpoint> endpoints = new ArrayList<>(EngineApiEndpoints.engineRest());
    return ROLES.stream().map(role -> DynamicTest.dynamicTest(role.user() + " on /engine-rest", () -> {
      String auth = "Basic " + Base64.getEncoder().encodeToString((role.user() + ":demo")
          .getBytes(StandardCharsets.UTF_8));
      List<String> wrong = new ArrayList<>();
      for (Endpoint endpoint : endpoints) {
        probe(role, endpoint, "/engine-rest", Map.of("Authorization", auth), wrong);
      }
      assertThat(wrong).as(role.user() + ": calls the gate answered against the policy").isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> webappsApiWithTheWebappsLogin() {
    List<Endpoint> engine = new ArrayList<>(EngineApiEndpoints.engineRest());
    List<Endpoint> plugins = new ArrayList<>(EngineApiEndpoints.webapps());
    return ROLES.stream().filter(r -> r.webapp() != null)
        .map(role -> DynamicTest.dynamicTest(role.user() + " in " + role.webapp(), () -> {
          NodeClient browser = NodeClient.loggedIntoWebapp(url(""), role.webapp(), role.user(), "demo");
          Map<String, String> headers = Map.of(
              "Cookie", "SESSION=" + browser.cookie("SESSION") + "; XSRF-TOKEN=" + browser.cookie("XSRF-TOKEN"),
              "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"), "Origin", url(""));
          List<String> wrong = new ArrayList<>();
          for (Endpoint endpoint : engine) {
            probe(role, endpoint, "/camunda/api/engine/engine/default", headers, wrong);
          }
          for (Endpoint endpoint : plugins) {
            if (!endpoint.template().contains("/logout")) {
              probe(role, new Endpoint(endpoint.method(), endpoint.template().replace("{engine}", "default")
                  .replace("{processEngineName}", "default")), "/camunda/api", headers, wrong);
            }
          }
          assertThat(wrong).as(role.user() + ": calls the gate answered against the policy").isEmpty();
        }));
  }

  private void probe(Role role, Endpoint endpoint, String root, Map<String, String> headers, List<String> wrong) {
    String path = endpoint.samplePath();
    var rule = EngineApiPolicy.ruleFor(endpoint.method(), path).orElseThrow();
    boolean allowed = EngineApiPolicy.allows(rule, role.user(), Set.of(role.group()), "no-such-id");
    boolean read = Set.of("GET", "OPTIONS", "HEAD").contains(endpoint.method());
    if (allowed && !read && (role.group().equals(CasedeskGroups.ADMINS) || !path.contains("no-such-id"))
        && !rule.methods().contains("GET")) {
      return; // an allowed change with nothing to aim at: it might really change something
    }
    // one row at most: an administrator's GET /history/detail would otherwise read all the suite left behind
    HttpResponse<String> response = send(endpoint.method(), url(root + path + "?firstResult=0&maxResults=1"), headers);
    boolean refused = response.statusCode() == 403 && response.headers().firstValue(EngineApiGate.REFUSED_BY)
        .filter("engine-api-policy"::equals).isPresent();
    if (refused == allowed) {
      wrong.add(endpoint + " -> " + response.statusCode() + (allowed ? " refused, policy allows" : " not refused")
          + " (" + rule.pattern() + ")");
    }
  }

  private static HttpResponse<String> send(String method, String url, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
    headers.forEach(request::header);
    if (Set.of("GET", "DELETE", "OPTIONS", "HEAD").contains(method)) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + url, e);
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
