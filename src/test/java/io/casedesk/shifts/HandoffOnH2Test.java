package io.casedesk.shifts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.CasedeskApplication;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.DefaultUriBuilderFactory;

/** The hand-off tables and queries on the embedded H2 default. Runs in a JVM of its own (tag h2). */
@Tag("h2")
class HandoffOnH2Test {

  @TempDir Path dataDir;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aTurnoverOnH2KeepsAHandoffReportListingTheOpenP1() {
    try (ConfigurableApplicationContext server = new SpringApplicationBuilder(CasedeskApplication.class)
        .profiles("test", "demo")
        .run("--casedesk.data-dir=" + dataDir, "--casedesk.admin.password=h2-secret", "--server.port=0")) {
      var opened = client(server, "hotline1").postForEntity("/api/cases", Map.of(
          "callerName", "Ada", "callerEmail", "ada@demo.example", "contractId", "CT-DEMO-1", "product", "router-x",
          "category", "operational-problem", "impact", "high", "urgency", "high", "subject", "Down",
          "channel", "phone"), JsonNode.class);
      assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      String p1 = opened.getBody().path("caseNumber").asText();

      ManagementService management = server.getBean(ManagementService.class);
      Job turnover = management.createJobQuery().processDefinitionKey("shift-handoff").timers().singleResult();
      ClockUtil.setCurrentTime(turnover.getDuedate());
      management.executeJob(turnover.getId());

      TaskService tasks = server.getBean(TaskService.class);
      Task notes = tasks.createTaskQuery().processDefinitionKey("shift-handoff").singleResult();
      tasks.complete(notes.getId(), Map.of("outgoingNotes", "Quiet night"));
      Task acknowledge = tasks.createTaskQuery().processDefinitionKey("shift-handoff").singleResult();
      tasks.complete(acknowledge.getId(), Map.of("handoffAcknowledged", true));

      JsonNode listed = client(server, "manager1").getForObject("/api/handoffs?from="
          + turnover.getDuedate().toInstant().minusSeconds(1), JsonNode.class);
      assertThat(listed.findValuesAsText("hotIssues")).containsExactly("1");
      JsonNode handoff = client(server, "manager1").getForObject("/api/handoffs/" + listed.get(0).path("id").asLong(),
          JsonNode.class);
      assertThat(handoff.path("report").path("hotIssues").findValuesAsText("caseNumber")).containsExactly(p1);
      assertThat(handoff.path("notes").path("text").asText()).isEqualTo("Quiet night");
      assertThat(handoff.path("acknowledgement").path("by").asText()).isEqualTo("manager1");
    }
  }

  private static TestRestTemplate client(ConfigurableApplicationContext server, String user) {
    int port = ((WebServerApplicationContext) server).getWebServer().getPort();
    TestRestTemplate client = new TestRestTemplate().withBasicAuth(user, "demo");
    client.setUriTemplateHandler(new DefaultUriBuilderFactory("http://localhost:" + port));
    return client;
  }
}
