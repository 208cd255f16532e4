package io.casedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.CasedeskApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

/**
 * The server as README's run command starts it: embedded H2 in a file under CASEDESK_DATA_DIR. Started twice
 * on the same folder, it keeps its data and deploys nothing new. Runs in a JVM of its own (tag h2).
 */
@Tag("h2")
class EmbeddedH2ServerTest {

  @TempDir Path dataDir;

  @Test
  void startsOnH2KeepsDataAcrossRestartAndCreatesNoNewVersions() {
    String firstDeployment;
    String caseNumber;
    long firstDefinitions;
    try (ConfigurableApplicationContext server = start()) {
      TestRestTemplate http = new TestRestTemplate();
      String base = "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();

      assertThat(http.getForEntity(base + "/engine-rest/process-definition", String.class).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(http.withBasicAuth("admin", "h2-secret")
          .getForEntity(base + "/engine-rest/decision-definition", String.class).getBody())
          .contains("case-priority");
      assertThat(http.getForEntity(base + "/actuator/health", String.class).getBody()).contains("\"UP\"");

      // the case API works on H2 as on PostgreSQL
      var opened = http.withBasicAuth("hotline1", "demo").postForEntity(base + "/api/cases", Map.of(
          "callerName", "Ada", "callerEmail", "ada@demo.example", "contractId", "CT-DEMO-1", "product", "router-x",
          "category", "operational-problem", "impact", "high", "urgency", "high", "subject", "Down", "channel", "phone"),
          JsonNode.class);
      assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(opened.getBody().path("priority").asText()).isEqualTo("P1");
      caseNumber = opened.getBody().path("caseNumber").asText();
      assertThat(http.withBasicAuth("engineer1", "demo").getForEntity(base + "/api/cases/CS-1999-000001", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(http.withBasicAuth("hotline1", "demo").postForEntity(base + "/api/cases", Map.of("impact", "huge"),
          String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

      firstDeployment = latestDeploymentId(server);
      firstDefinitions = definitionCount(server);
    }
    assertThat(Files.exists(dataDir.resolve("casedesk.mv.db"))).isTrue();

    try (ConfigurableApplicationContext restarted = start()) {
      assertThat(latestDeploymentId(restarted)).isEqualTo(firstDeployment);
      assertThat(definitionCount(restarted)).isEqualTo(firstDefinitions);
      String base = "http://localhost:" + ((WebServerApplicationContext) restarted).getWebServer().getPort();
      var kept = new TestRestTemplate().withBasicAuth("engineer1", "demo")
          .getForEntity(base + "/api/cases/" + caseNumber, JsonNode.class);
      assertThat(kept.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(kept.getBody().path("status").asText()).isEqualTo("OPEN");
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(CasedeskApplication.class)
        .profiles("test", "demo")
        .run("--casedesk.data-dir=" + dataDir, "--casedesk.admin.password=h2-secret", "--server.port=0");
  }

  private static String latestDeploymentId(ConfigurableApplicationContext context) {
    return context.getBean(RepositoryService.class).createDeploymentQuery().deploymentName("casedesk")
        .orderByDeploymentTime().desc().listPage(0, 1).get(0).getId();
  }

  private static long definitionCount(ConfigurableApplicationContext context) {
    RepositoryService repository = context.getBean(RepositoryService.class);
    return repository.createProcessDefinitionQuery().count() + repository.createDecisionDefinitionQuery().count();
  }
}
