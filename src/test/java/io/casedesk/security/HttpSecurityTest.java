package io.casedesk.security;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CasedeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@CasedeskTest
class HttpSecurityTest {

  @Autowired TestRestTemplate http;

  @Test
  void anonymousEngineRestCallIsRefused() {
    var response = http.getForEntity("/engine-rest/process-definition", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void wrongPasswordIsRefusedAndLocksNobodyOut() {
    var response = http.withBasicAuth("admin", "not-the-password")
        .getForEntity("/engine-rest/process-definition", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // one wrong password delays nobody (LoginThrottleTest: only repeated ones, from that address)
    assertThat(as(http, "admin").getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void authenticatedUserListsDeployedDefinitions() {
    var response = as(http, "admin").getForEntity("/engine-rest/decision-definition", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().findValuesAsText("key")).contains("case-priority");
  }

  @Test
  void engineAuthorizationsApplyToRestCalls() {
    // the policy lets staff list definitions; the engine shows each only what it grants: customers are refused the
    // engine REST altogether (README "Security model"), and sales, who read decisions, see no deployment
    var asCustomer = as(http, "customer1").getForEntity("/engine-rest/decision-definition", JsonNode.class);
    assertThat(asCustomer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var asSales = as(http, "sales1").getForEntity("/engine-rest/process-instance?processDefinitionKey=rma",
        JsonNode.class);
    assertThat(asSales.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as(http, "analyst1").getForEntity("/engine-rest/task", JsonNode.class).getBody()).isEmpty();
  }

  @Test
  void domainApiNeedsAuthentication() {
    assertThat(http.getForEntity("/api/cases", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void healthIsPublicAndReportsEngineAndDatabase() {
    var response = http.getForEntity("/actuator/health", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("status").asText()).isEqualTo("UP");
    assertThat(response.getBody().path("components").path("db").path("status").asText()).isEqualTo("UP");
    assertThat(response.getBody().path("components").path("processEngine").path("status").asText())
        .isEqualTo("UP");
  }

  @Test
  void metricsNeedAuthentication() {
    assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    var metrics = as(http, "admin").getForEntity("/actuator/prometheus", String.class);
    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");
  }

  @Test
  void metricsAreForAdminsAndMonitoringOnly() {
    assertThat(as(http, "monitor1").getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    for (String user : new String[] {"customer1", "engineer1", "supervisor1", "auditor1", "analyst1"}) {
      assertThat(as(http, user).getForEntity("/actuator/prometheus", String.class).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void tasklistIsServed() {
    var response = http.getForEntity("/camunda/app/tasklist/", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsIgnoringCase("tasklist");
  }

  @Test
  void webappsApiIsLeftToTheWebapps() {
    // the webapps load their plugins before login and log in through their own API, not with HTTP basic
    var plugin = http.getForEntity("/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js", String.class);
    assertThat(plugin.getStatusCode()).isEqualTo(HttpStatus.OK);
    var user = http.getForEntity("/camunda/api/admin/auth/user/default", String.class);
    assertThat(user.getHeaders().getFirst("WWW-Authenticate")).isNull();
  }
}
