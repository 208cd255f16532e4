package io.casedesk.contracts;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CasedeskTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@CasedeskTest
class ContractApiTest {

  static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  @Autowired TestRestTemplate http;

  @Test
  void salesCreatesAContractThatStaffThenRead() {
    String id = newId();
    Map<String, Object> body = contract(id, "Acme " + id);
    body.remove("coverageCalendar");
    body.put("systems", List.of(Map.of("product", "router-x", "serialNumber", "SN-42", "site", "Lyon")));

    ResponseEntity<JsonNode> created = as(http, "sales1").postForEntity("/api/contracts", body, JsonNode.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getLocation()).isNotNull();
    assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/contracts/" + id);
    assertThat(created.getBody().path("coverageCalendar").asText()).isEqualTo("24x7");

    ResponseEntity<JsonNode> read = as(http, "engineer1").getForEntity(created.getHeaders().getLocation(), JsonNode.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode contract = read.getBody();
    assertThat(contract.path("id").asText()).isEqualTo(id);
    assertThat(contract.path("company").asText()).isEqualTo("Acme " + id);
    assertThat(contract.path("serviceLevel").asText()).isEqualTo("gold");
    assertThat(contract.path("coverageCalendar").asText()).isEqualTo("24x7");
    assertThat(contract.path("validFrom").asText()).isEqualTo("2026-01-01");
    assertThat(contract.path("validTo").asText()).isEqualTo("2026-12-31");
    assertThat(contract.path("systems")).hasSize(1);
    assertThat(contract.path("systems").get(0).path("product").asText()).isEqualTo("router-x");
    assertThat(contract.path("systems").get(0).path("serialNumber").asText()).isEqualTo("SN-42");
    assertThat(contract.path("systems").get(0).path("site").asText()).isEqualTo("Lyon");

    for (String reader : List.of("admin", "hotline1", "supervisor1", "manager1", "rmadesk1", "auditor1")) {
      assertThat(as(http, reader).getForEntity("/api/contracts/" + id, JsonNode.class).getStatusCode())
          .as(reader).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void managerReplacesAContract() {
    String id = created(contract(newId(), "Replace Corp"));
    Map<String, Object> replacement = contract(null, "Replace Corp International");
    replacement.put("serviceLevel", "bronze");
    replacement.put("coverageCalendar", "8x5");
    replacement.put("validTo", "2027-06-30");
    replacement.put("systems", List.of(Map.of("product", "switch-y"), Map.of("product", "printer-z")));

    ResponseEntity<JsonNode> replaced = put(as(http, "manager1"), "/api/contracts/" + id, replacement);

    assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode contract = as(http, "admin").getForObject("/api/contracts/" + id, JsonNode.class);
    assertThat(contract.path("company").asText()).isEqualTo("Replace Corp International");
    assertThat(contract.path("serviceLevel").asText()).isEqualTo("bronze");
    assertThat(contract.path("coverageCalendar").asText()).isEqualTo("8x5");
    assertThat(contract.path("validTo").asText()).isEqualTo("2027-06-30");
    assertThat(contract.path("systems").findValuesAsText("product")).containsExactly("switch-y", "printer-z");

    // a second replacement without systems removes them
    replacement.remove("systems");
    put(as(http, "manager1"), "/api/contracts/" + id, replacement);
    assertThat(as(http, "admin").getForObject("/api/contracts/" + id, JsonNode.class).path("systems")).isEmpty();
  }

  @Test
  void invalidContractIsRefusedWithAProblemNamingEveryField() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", "bad id");
    body.put("company", " ");
    body.put("serviceLevel", "platinum");
    body.put("coverageCalendar", "9x5");
    body.put("validFrom", "2026-02-01");
    body.put("validTo", "2026-01-31");
    body.put("systems", List.of(Map.of("product", "router-x"), Map.of("product", "")));

    ResponseEntity<JsonNode> response = as(http, "admin").postForEntity("/api/contracts", body, JsonNode.class);

    assertProblem(response, HttpStatus.BAD_REQUEST);
    assertThat(fields(response.getBody()))
        .containsOnlyKeys("id", "company", "serviceLevel", "coverageCalendar", "validTo", "systems[1].product");
    assertThat(fields(response.getBody()).get("serviceLevel")).isEqualTo("must be one of gold, silver, bronze");
    assertThat(fields(response.getBody()).get("validTo")).isEqualTo("must not be before validFrom");
    assertThat(response.getBody().path("detail").asText()).contains("serviceLevel", "validTo");
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    ResponseEntity<JsonNode> response =
        as(http, "admin").postForEntity("/api/contracts", Map.of("company", "No Dates Ltd"), JsonNode.class);

    assertProblem(response, HttpStatus.BAD_REQUEST);
    assertThat(fields(response.getBody())).containsOnlyKeys("id", "serviceLevel", "validFrom", "validTo");
  }

  @Test
  void mistypedJsonNamesTheField() {
    Map<String, Object> body = contract(newId(), "Typo Ltd");
    body.put("validFrom", "2026-13-01");

    ResponseEntity<JsonNode> badDate = as(http, "admin").postForEntity("/api/contracts", body, JsonNode.class);

    assertProblem(badDate, HttpStatus.BAD_REQUEST);
    assertThat(fields(badDate.getBody())).containsOnlyKeys("validFrom");
    assertThat(fields(badDate.getBody()).get("validFrom")).contains("2026-13-01", "date");

    body.put("validFrom", "2026-01-01");
    body.put("systems", List.of(Map.of("product", "router-x"), Map.of("product", List.of("a", "b"))));
    ResponseEntity<JsonNode> badProduct = as(http, "admin").postForEntity("/api/contracts", body, JsonNode.class);

    assertProblem(badProduct, HttpStatus.BAD_REQUEST);
    assertThat(fields(badProduct.getBody())).containsOnlyKeys("systems[1].product");
    assertThat(as(http, "admin").getForEntity("/api/contracts/" + body.get("id"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void malformedJsonIsABadRequestProblem() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> response = as(http, "admin").postForEntity("/api/contracts",
        new HttpEntity<>("{\"id\": \"CT-X\", \"company\": ", headers), JsonNode.class);

    assertProblem(response, HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("detail").asText()).startsWith("The request body is not valid JSON");
    assertThat(response.getBody().path("errors").isArray()).isTrue();
  }

  @Test
  void bodyIdMustMatchThePath() {
    String id = created(contract(newId(), "Path Ltd"));

    ResponseEntity<JsonNode> response =
        put(as(http, "admin"), "/api/contracts/" + id, contract("CT-SOMETHING-ELSE", "Path Ltd"));

    assertProblem(response, HttpStatus.BAD_REQUEST);
    assertThat(fields(response.getBody())).containsOnlyKeys("id");
  }

  @Test
  void unknownContractIsNotFound() {
    ResponseEntity<JsonNode> read = as(http, "admin").getForEntity("/api/contracts/CT-NOPE-404", JsonNode.class);
    assertProblem(read, HttpStatus.NOT_FOUND);
    assertThat(read.getBody().path("detail").asText()).isEqualTo("Contract CT-NOPE-404 not found");

    ResponseEntity<JsonNode> replace =
        put(as(http, "admin"), "/api/contracts/CT-NOPE-404", contract(null, "Ghost Ltd"));
    assertProblem(replace, HttpStatus.NOT_FOUND);
    assertThat(as(http, "admin").getForEntity("/api/contracts/CT-NOPE-404", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void existingIdIsAConflictAndKeepsTheFirstContract() {
    String id = created(contract(newId(), "First Ltd"));

    ResponseEntity<JsonNode> again =
        as(http, "admin").postForEntity("/api/contracts", contract(id, "Second Ltd"), JsonNode.class);

    assertProblem(again, HttpStatus.CONFLICT);
    assertThat(again.getBody().path("detail").asText()).isEqualTo("Contract " + id + " already exists");
    assertThat(as(http, "admin").getForObject("/api/contracts/" + id, JsonNode.class).path("company").asText())
        .isEqualTo("First Ltd");
  }

  @Test
  void engineersMayReadButNotWrite() {
    String id = newId();
    ResponseEntity<JsonNode> create =
        as(http, "engineer1").postForEntity("/api/contracts", contract(id, "Engineer Ltd"), JsonNode.class);
    assertProblem(create, HttpStatus.FORBIDDEN);
    assertThat(as(http, "admin").getForEntity("/api/contracts/" + id, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // refused before anything else: no list of fields to fix for someone who may not write at all
    ResponseEntity<JsonNode> invalid =
        as(http, "engineer1").postForEntity("/api/contracts", Map.of("company", ""), JsonNode.class);
    assertProblem(invalid, HttpStatus.FORBIDDEN);

    String existing = created(contract(newId(), "Stays Ltd"));
    ResponseEntity<JsonNode> replace =
        put(as(http, "engineer1"), "/api/contracts/" + existing, contract(null, "Changed Ltd"));
    assertProblem(replace, HttpStatus.FORBIDDEN);
    assertThat(as(http, "admin").getForObject("/api/contracts/" + existing, JsonNode.class).path("company").asText())
        .isEqualTo("Stays Ltd");

    for (String writer : List.of("hotline1", "auditor1", "customer1", "analyst1")) {
      assertThat(as(http, writer).postForEntity("/api/contracts", contract(newId(), "X Ltd"), String.class)
          .getStatusCode()).as(writer).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void analystsMayNotRead() {
    assertProblem(as(http, "analyst1").getForEntity("/api/contracts/CT-DEMO-1", JsonNode.class), HttpStatus.FORBIDDEN);
    assertProblem(as(http, "analyst1").getForEntity("/api/contracts", JsonNode.class), HttpStatus.FORBIDDEN);
  }

  @Test
  void customerReadsOnlyTheirOwnCompanysContracts() {
    ResponseEntity<JsonNode> own = as(http, "customer1").getForEntity("/api/contracts/CT-DEMO-1", JsonNode.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody().path("company").asText()).isEqualTo("Demo Customer Ltd");

    ResponseEntity<JsonNode> other = as(http, "customer1").getForEntity("/api/contracts/CT-DEMO-2", JsonNode.class);
    assertProblem(other, HttpStatus.NOT_FOUND); // as a contract that does not exist
    assertThat(other.getBody().toString()).doesNotContain("router-x").doesNotContain("Other Corp");
  }

  @Test
  void customerListIsFilteredToTheirCompany() {
    JsonNode list = as(http, "customer1").getForObject("/api/contracts", JsonNode.class);
    assertThat(list.findValuesAsText("id")).contains("CT-DEMO-1").doesNotContain("CT-DEMO-2");
    assertThat(list.findValuesAsText("company")).containsOnly("Demo Customer Ltd");

    assertThat(as(http, "customer1").getForObject("/api/contracts?company=Other Corp", JsonNode.class)).isEmpty();
  }

  @Test
  void staffListAllOrFilterByCompanyIgnoringCase() {
    String id = created(contract(newId(), "Filter Ltd " + suffix()));
    String company = as(http, "admin").getForObject("/api/contracts/" + id, JsonNode.class).path("company").asText();

    JsonNode all = as(http, "hotline1").getForObject("/api/contracts", JsonNode.class);
    assertThat(all.findValuesAsText("id")).contains("CT-DEMO-1", "CT-DEMO-2", id);

    JsonNode filtered = as(http, "hotline1")
        .getForObject("/api/contracts?company={company}", JsonNode.class, company.toUpperCase());
    assertThat(filtered.findValuesAsText("id")).containsExactly(id);
  }

  @Test
  void anonymousCallerMustAuthenticate() {
    assertThat(http.getForEntity("/api/contracts", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isNotNull();
    assertThat(response.getHeaders().getContentType().isCompatibleWith(PROBLEM))
        .as("Content-Type %s", response.getHeaders().getContentType()).isTrue();
    assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
    assertThat(response.getBody().path("title").asText()).isNotBlank();
    assertThat(response.getBody().path("detail").asText()).isNotBlank();
  }

  /** field -> message of a 400 problem's errors, failing on a field named twice. */
  static Map<String, String> fields(JsonNode problem) {
    assertThat(problem.path("errors").isArray()).as("errors in %s", problem).isTrue();
    Map<String, String> fields = new HashMap<>();
    List<String> names = new ArrayList<>();
    problem.path("errors").forEach(error -> {
      names.add(error.path("field").asText());
      fields.put(error.path("field").asText(), error.path("message").asText());
    });
    assertThat(names).doesNotHaveDuplicates();
    return fields;
  }

  private String created(Map<String, Object> body) {
    ResponseEntity<JsonNode> response = as(http, "admin").postForEntity("/api/contracts", body, JsonNode.class);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    return response.getBody().path("id").asText();
  }

  private static ResponseEntity<JsonNode> put(TestRestTemplate client, String url, Object body) {
    return client.exchange(url, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
  }

  static Map<String, Object> contract(String id, String company) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (id != null) {
      body.put("id", id);
    }
    body.put("company", company);
    body.put("serviceLevel", "gold");
    body.put("coverageCalendar", "24x7");
    body.put("validFrom", "2026-01-01");
    body.put("validTo", "2026-12-31");
    return body;
  }

  static String newId() {
    return "CT-A-" + suffix();
  }

  static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
