package io.casedesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.CasedeskApplication;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * The contract tables and queries on the embedded H2 default, with the demo data, across a restart: the SQL is
 * portable and the demo seed creates nothing twice. Runs in a JVM of its own (tag h2).
 */
@Tag("h2")
class ContractsOnH2Test {

  @TempDir Path dataDir;

  @Test
  void contractsWorkOnH2AndDemoDataIsSeededOnce() {
    try (ConfigurableApplicationContext server = start()) {
      TestRestTemplate admin = client(server, "admin", "h2-secret");
      TestRestTemplate customer = client(server, "customer1", "demo");

      assertThat(customer.getForObject("/api/contracts", JsonNode.class).findValuesAsText("id"))
          .containsExactly("CT-DEMO-1");

      Map<String, Object> contract = Map.of("id", "CT-H2-1", "company", "H2 Systems", "serviceLevel", "silver",
          "validFrom", "2026-01-01", "validTo", "2026-12-31",
          "systems", List.of(Map.of("product", "router-x", "serialNumber", "SN-1")));
      assertThat(admin.postForEntity("/api/contracts", contract, JsonNode.class).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
      Map<String, Object> replacement = Map.of("company", "H2 Systems", "serviceLevel", "gold",
          "validFrom", "2026-01-01", "validTo", "2027-12-31", "systems", List.of(Map.of("product", "switch-y")));
      ResponseEntity<JsonNode> replaced = admin.exchange("/api/contracts/CT-H2-1", HttpMethod.PUT,
          new HttpEntity<>(replacement), JsonNode.class);
      assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);

      JsonNode byCompany = admin.getForObject("/api/contracts?company=h2 systems", JsonNode.class);
      assertThat(byCompany.findValuesAsText("id")).containsExactly("CT-H2-1");
      assertThat(byCompany.get(0).path("systems").findValuesAsText("product")).containsExactly("switch-y");

      EntitlementService entitlements = server.getBean(EntitlementService.class);
      Instant at = Instant.parse("2027-06-01T10:00:00Z");
      assertThat(entitlements.check("CT-H2-1", "SWITCH-Y", at).entitled()).isTrue();
      assertThat(entitlements.check("CT-H2-1", "router-x", at).reason())
          .isEqualTo("Product router-x is not registered under contract CT-H2-1");
      assertThat(entitlements.validContractOf("H2 SYSTEMS", "switch-y", at).map(Contract::id)).contains("CT-H2-1");

      CustomerAccounts accounts = server.getBean(CustomerAccounts.class);
      accounts.link("h2-user", "H2 Systems");
      accounts.link("h2-user", "Other Corp");
      assertThat(accounts.companyOf("h2-user")).contains("Other Corp");
    }

    try (ConfigurableApplicationContext restarted = start()) {
      JsonNode all = client(restarted, "admin", "h2-secret").getForObject("/api/contracts", JsonNode.class);
      assertThat(all.findValuesAsText("id")).containsExactly("CT-DEMO-1", "CT-DEMO-2", "CT-H2-1");
      assertThat(restarted.getBean(CustomerAccounts.class).companyOf("customer1")).contains("Demo Customer Ltd");
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(CasedeskApplication.class)
        .profiles("test", "demo")
        .run("--casedesk.data-dir=" + dataDir, "--casedesk.admin.password=h2-secret", "--server.port=0");
  }

  private static TestRestTemplate client(ConfigurableApplicationContext server, String user, String password) {
    int port = ((WebServerApplicationContext) server).getWebServer().getPort();
    TestRestTemplate client = new TestRestTemplate().withBasicAuth(user, password);
    client.setUriTemplateHandler(new DefaultUriBuilderFactory("http://localhost:" + port));
    return client;
  }
}
