package io.casedesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.CasedeskApplication;
import io.casedesk.cases.SupportCaseService;
import io.casedesk.security.CurrentUser;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * The knowledge base on the embedded H2 default ({@code mvn spring-boot:run}): V16 makes its tables without the
 * PostgreSQL indexes, and the portable search ranks articles and closed cases. Runs in a JVM of its own (tag h2).
 */
@Tag("h2")
class KnowledgeOnH2Test {

  @TempDir Path dataDir;

  @Test
  void aSolvedCaseIsPublishedAndFoundOnH2() {
    try (ConfigurableApplicationContext server = new SpringApplicationBuilder(CasedeskApplication.class)
        .profiles("test", "demo")
        .run("--casedesk.data-dir=" + dataDir, "--casedesk.admin.password=h2-secret", "--server.port=0")) {
      assertThat(server.getBean(TextSearch.class)).isInstanceOf(PortableTextSearch.class);
      TestRestTemplate hotline = client(server, "hotline1");
      JsonNode opened = hotline.postForObject("/api/cases", Map.of("callerName", "Ada", "callerEmail",
          "ada@demo.example", "contractId", "CT-DEMO-1", "product", "router-x", "category", "operational-problem",
          "impact", "low", "urgency", "low", "subject", "Kryptonic switch loses its configuration",
          "description", "After a power cut the kryptonic switch boots with an empty configuration",
          "channel", "phone"), JsonNode.class);
      String n = opened.path("caseNumber").asText();
      TaskService tasks = server.getBean(TaskService.class);
      Task work = tasks.createTaskQuery().processInstanceBusinessKey(n).taskDefinitionKey("work-case").singleResult();
      tasks.claim(work.getId(), "engineer1");
      tasks.complete(work.getId(), Map.of("workAction", "solve", "actionNote",
          "Saved the running configuration to the startup configuration"));
      server.getBean(SupportCaseService.class).answerClosure(n, true, "Thanks",
          new CurrentUser("customer1", Set.of("customers")));

      long id = server.getBean(ArticleRepository.class).fromCase(n).get(0).id();
      Task proposal = tasks.createTaskQuery().processInstanceBusinessKey("KB-" + id).singleResult();
      tasks.complete(proposal.getId(), Map.of("proposalAction", "submit"));
      Task review = tasks.createTaskQuery().processInstanceBusinessKey("KB-" + id).singleResult();
      tasks.claim(review.getId(), "supervisor1");
      tasks.complete(review.getId(), Map.of("reviewDecision", "publish", "visibility", "customer"));

      JsonNode found = client(server, "customer1").getForObject("/api/articles?q=kryptonic switch configuration lost",
          JsonNode.class);
      assertThat(found.path(0).path("id").asLong()).isEqualTo(id);
      assertThat(found.path(0).path("rank").asDouble()).isPositive();
      JsonNode search = client(server, "engineer1").getForObject("/api/articles/search?q=kryptonic power cut",
          JsonNode.class);
      assertThat(search.path("articles").path(0).path("id").asLong()).isEqualTo(id);
      assertThat(search.path("cases").path(0).path("caseNumber").asText()).isEqualTo(n);
    }
  }

  private static TestRestTemplate client(ConfigurableApplicationContext server, String user) {
    int port = ((WebServerApplicationContext) server).getWebServer().getPort();
    TestRestTemplate client = new TestRestTemplate().withBasicAuth(user, "demo");
    client.setUriTemplateHandler(new DefaultUriBuilderFactory("http://localhost:" + port));
    return client;
  }
}
