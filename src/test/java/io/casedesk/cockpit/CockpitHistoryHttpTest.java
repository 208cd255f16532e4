package io.casedesk.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.NodeClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The Cockpit history plugin over plain HTTP: its files are served where Cockpit's config.js points, and the engine
 * REST calls it makes with an auditor's Cockpit session succeed, while the operations Cockpit offers are refused.
 */
class CockpitHistoryHttpTest extends CaseTestSupport {

  private static final String SCRIPTS = "/camunda/app/cockpit/scripts/";
  private static final String ENGINE = "/camunda/api/engine/engine/default/";
  private static final DateTimeFormatter ENGINE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  @Test
  void configAndPluginFilesAreServedAsJavaScript() {
    var config = http.getForEntity(SCRIPTS + "config.js", String.class);
    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(config.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/javascript"))).isTrue();
    assertThat(config.getBody()).contains("'scripts/casedesk-history/plugin.js'")
        .as("Cockpit's default settings stay, commented out").contains("// historicActivityInstanceMetrics: {");

    for (String module : new String[] {"plugin.js", "common.js", "search.js", "instance.js",
        "vendor/bpmn-js-18.31.1/bpmn-navigated-viewer.production.min.js"}) {
      var file = http.getForEntity(SCRIPTS + "casedesk-history/" + module, String.class);
      assertThat(file.getStatusCode()).as(module).isEqualTo(HttpStatus.OK);
      assertThat(file.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/javascript")))
          .as(module + " is JavaScript, as an ES module import needs").isTrue();
    }
    var css = http.getForEntity(SCRIPTS + "casedesk-history/history.css", String.class);
    assertThat(css.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/css"))).isTrue();
  }

  @Test
  void auditorReadsTheHistoryOfAFinishedCaseButChangesNothing() {
    String n = open("medium", "medium", "phone").caseNumber();
    work(n, "engineer1", "solve", "Upgraded firmware to 7.2");
    cases.answerClosure(n, true, "Thanks", CUSTOMER);
    advanceBy(n, Duration.ofDays(14));
    String running = open("low", "low", "phone").caseNumber();
    String runningId = instance(running).getId();

    NodeClient auditor = cockpitSession("auditor1");
    JsonNode found = read(auditor, "history/process-instance?processDefinitionKey=case-handling"
        + "&processInstanceBusinessKeyLike=%25" + n + "%25&completed=true");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).path("state").asText()).isEqualTo("COMPLETED");
    String id = found.get(0).path("id").asText();
    String definitionId = found.get(0).path("processDefinitionId").asText();

    assertThat(read(auditor, "process-definition/" + definitionId + "/xml").path("bpmn20Xml").asText())
        .contains("id=\"work-case\"");
    assertThat(read(auditor, "history/activity-instance?sortBy=occurrence&sortOrder=asc&processInstanceId=" + id)
        .findValuesAsText("activityId")).contains("work-case", "close-case");
    assertThat(read(auditor, "history/detail?deserializeValues=false&processInstanceId=" + id)
        .findValuesAsText("variableName")).contains("caseNumber", "workAction");
    assertThat(read(auditor, "history/job-log?processInstanceId=" + id)).isNotEmpty();
    read(auditor, "history/user-operation?processInstanceId=" + id);
    read(auditor, "history/incident?processInstanceId=" + id);
    assertThat(read(auditor, "history/variable-instance?deserializeValues=false&variableName=caseNumber&variableValue="
        + n).findValuesAsText("processInstanceId")).contains(id);

    // refused by the engine's authorizations, not by the CSRF filter: the same session's POST query passes it
    NodeClient.Response query = auditor.postJson(url(ENGINE + "history/process-instance"),
        Map.of("processInstanceBusinessKey", n));
    assertThat(query.status()).as("POST query: %s", query).isEqualTo(200);
    assertRefused(auditor.delete(url(ENGINE + "history/process-instance/" + id)), "DELETE_HISTORY");
    assertRefused(auditor.delete(url(ENGINE + "process-instance/" + runningId)), "DELETE");
    assertRefused(auditor.postJson(url(ENGINE + "process-instance/" + runningId + "/modification"), Map.of(
        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "work-case")))), "UPDATE");
    assertRefused(auditor.putJson(url(ENGINE + "process-instance/" + runningId + "/suspended"),
        Map.of("suspended", true)), "SUSPEND");
    assertThat(read(auditor, "history/process-instance?processInstanceBusinessKey=" + n)).hasSize(1);
    assertThat(instance(running)).isNotNull();
  }

  /**
   * What the pages ask to tell a closed case in its reopening window from a running one: the diagram marks the step
   * (casedesk.historyState = closed), the instances waiting there, and the due date of the timer that ends the wait.
   */
  @Test
  void auditorTellsAClosedCaseInItsReopeningWindowFromARunningOne() {
    String closed = open("medium", "medium", "phone").caseNumber();
    work(closed, "engineer1", "solve", "Upgraded firmware to 7.2");
    cases.answerClosure(closed, true, "Thanks", CUSTOMER);
    String closedId = instance(closed).getId();
    String runningId = instance(open("low", "low", "phone").caseNumber()).getId();

    NodeClient auditor = cockpitSession("auditor1");
    String definitionId = instance(closed).getProcessDefinitionId();
    assertThat(read(auditor, "process-definition/" + definitionId + "/xml").path("bpmn20Xml").asText())
        .containsPattern("<bpmn:eventBasedGateway id=\"reopen-window\"[^>]*>\\s*<bpmn:extensionElements>\\s*"
            + "<camunda:properties>\\s*<camunda:property name=\"casedesk.historyState\" value=\"closed\" />");

    NodeClient.Response waiting = auditor.postJson(url(ENGINE + "history/process-instance"), Map.of(
        "processInstanceIds", List.of(closedId, runningId), "activeActivityIdIn", List.of("reopen-window")));
    assertThat(waiting.status()).as("%s", waiting).isEqualTo(200);
    assertThat(waiting.json().findValuesAsText("id")).containsExactly(closedId);

    // (a job query with activityId and processInstanceIds makes Camunda 7.24 write broken SQL: HTTP 500)
    NodeClient.Response timers = auditor.postJson(url(ENGINE + "job"), Map.of("timers", true,
        "processInstanceIds", List.of(closedId)));
    assertThat(timers.status()).as("%s", timers).isEqualTo(200);
    List<String> reopenWindow = read(auditor, "job-definition?activityIdIn=reopen-window-passed")
        .findValuesAsText("id");
    List<JsonNode> ending = new ArrayList<>();
    timers.json().forEach(job -> {
      if (reopenWindow.contains(job.path("jobDefinitionId").asText())) {
        ending.add(job);
      }
    });
    assertThat(ending).hasSize(1);
    assertThat(OffsetDateTime.parse(ending.get(0).path("dueDate").asText(), ENGINE_TIME).toInstant())
        .as("14 days after the closure").isEqualTo(T0.plus(Duration.ofDays(14)));
  }

  private static void assertRefused(NodeClient.Response response, String permission) {
    assertThat(response.status()).as("%s", response).isEqualTo(403);
    assertThat(response.json().path("type").asText()).isEqualTo("AuthorizationException");
    // refused by the security model's allow-list before the engine runs (it names its rule), or by the engine
    if (!response.json().has("rule")) {
      assertThat(response.json().path("message").asText()).contains(permission);
    }
  }

  private NodeClient cockpitSession(String user) {
    return NodeClient.loggedIntoWebapp(url(""), "cockpit", user, "demo");
  }

  private JsonNode read(NodeClient session, String path) {
    NodeClient.Response response = session.get(url(ENGINE + path));
    assertThat(response.status()).as("GET %s: %s", path, response).isEqualTo(200);
    return response.json();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
