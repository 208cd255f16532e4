package io.casedesk.rma;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CasedeskTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code /api/spares}: the spare stock per depot, and issuing parts without ever going below zero. */
@CasedeskTest
class SpareApiTest {

  @Autowired TestRestTemplate http;
  @Autowired SpareStock spares;

  final String part = "PSU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  ResponseEntity<JsonNode> put(String user, String depot, String partNumber, Object body) {
    return as(http, user).exchange("/api/spares/" + depot + "/" + partNumber, HttpMethod.PUT, new HttpEntity<>(body),
        JsonNode.class);
  }

  @Test
  void rmaDeskAddsAndSetsStockAndStaffReadIt() {
    var created = as(http, "rmadesk1").postForEntity("/api/spares",
        Map.of("depot", "BUD-1", "partNumber", part, "description", "Power supply", "quantity", 4), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getLocation()).hasToString("/api/spares/BUD-1/" + part);
    assertThat(created.getBody().path("quantity").asInt()).isEqualTo(4);
    assertThat(created.getBody().path("updatedBy").asText()).isEqualTo("rmadesk1");

    var again = as(http, "rmadesk1").postForEntity("/api/spares",
        Map.of("depot", "BUD-1", "partNumber", part, "quantity", 1), JsonNode.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    var set = put("admin", "BUD-1", part, Map.of("quantity", 0));
    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(set.getBody().path("quantity").asInt()).isZero();
    assertThat(set.getBody().path("description").asText()).as("kept when not given").isEqualTo("Power supply");
    assertThat(put("rmadesk1", "VIE-1", part, Map.of("quantity", 2)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    JsonNode byPart = as(http, "engineer1").getForEntity("/api/spares?part=" + part, JsonNode.class).getBody();
    assertThat(byPart.findValuesAsText("depot")).containsExactly("BUD-1", "VIE-1");
    JsonNode byBoth = as(http, "auditor1").getForEntity("/api/spares?part=" + part + "&depot=VIE-1", JsonNode.class)
        .getBody();
    assertThat(byBoth).singleElement().satisfies(line -> assertThat(line.path("quantity").asInt()).isEqualTo(2));
    assertThat(as(http, "hotline1").getForEntity("/api/spares/VIE-1/" + part, JsonNode.class).getBody()
        .path("quantity").asInt()).isEqualTo(2);
  }

  @Test
  void onlyTheRmaDeskAndAdministratorsChangeStockAndCustomersSeeNone() {
    for (String user : new String[] {"engineer1", "supervisor1", "auditor1", "customer1", "sales1"}) {
      assertThat(put(user, "BUD-1", part, Map.of("quantity", 1)).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(as(http, user).postForEntity("/api/spares", Map.of("depot", "BUD-1", "partNumber", part,
          "quantity", 1), JsonNode.class).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(put("engineer1", "BUD-1", part, Map.of("quantity", -1)).getStatusCode())
        .as("no rights: 403 before any validation").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, "customer1").getForEntity("/api/spares", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(spares.find("BUD-1", part)).isEmpty();
  }

  @Test
  void invalidStockIsRefusedNamingTheFields() {
    var created = as(http, "rmadesk1").postForEntity("/api/spares",
        Map.of("depot", "x", "partNumber", "no spaces allowed", "quantity", -1), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(created.getBody().path("errors").findValuesAsText("field"))
        .containsExactly("depot", "partNumber", "quantity");

    var set = put("rmadesk1", "BUD-1", part, Map.of("quantity", 1_000_001));
    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(set.getBody().path("errors").findValuesAsText("field")).containsExactly("quantity");
    var missing = put("rmadesk1", "BUD-1", part, Map.of("description", "no quantity"));
    assertThat(missing.getBody().path("errors").findValuesAsText("field")).containsExactly("quantity");
    var badPath = put("rmadesk1", "B", part, Map.of("quantity", 1));
    assertThat(badPath.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badPath.getBody().path("errors").findValuesAsText("field")).containsExactly("depot");
    assertThat(spares.find("BUD-1", part)).isEmpty();
  }

  @Test
  void unknownStockLineIsNotFound() {
    var response = as(http, "engineer1").getForEntity("/api/spares/BUD-1/" + part, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody().path("detail").asText()).isEqualTo("Depot BUD-1 does not stock part " + part);
  }

  @Test
  void concurrentIssuesNeverTakeTheStockBelowZero() throws Exception {
    spares.set(new SpareStock.Line("BUD-1", part, null, 3, "rmadesk1", null));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> issues = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        issues.add(() -> spares.issue("BUD-1", part, "rmadesk1"));
      }
      long issued = 0;
      for (Future<Boolean> result : pool.invokeAll(issues, 60, TimeUnit.SECONDS)) {
        issued += result.get() ? 1 : 0;
      }
      assertThat(issued).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
    assertThat(spares.find("BUD-1", part).orElseThrow().quantity()).isZero();
    assertThat(spares.issue("BUD-1", part, "rmadesk1")).isFalse();
  }
}
