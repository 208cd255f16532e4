package io.casedesk.cases;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.security.IdentityBootstrap;
import io.casedesk.support.CaseTestSupport;
import io.casedesk.security.DemoUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class CaseApiTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired CustomerAccounts customerAccounts;

  @BeforeEach
  void otherCompanysCustomer() {
    identity.ensureUser("customer9", "Other", "Customer", DemoUsers.PASSWORD, Set.of("customers"));
    customerAccounts.link("customer9", "Other Corp");
  }

  static Map<String, Object> newCase(String impact, String urgency) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("callerName", "Grace Hopper");
    body.put("callerCompany", "Demo Customer Ltd");
    body.put("callerPhone", "+36 1 555 0100");
    body.put("callerEmail", "grace@demo.example");
    body.put("product", "router-x");
    body.put("category", "operational-problem");
    body.put("impact", impact);
    body.put("urgency", urgency);
    body.put("subject", "All sites down");
    body.put("description", "Nothing answers since 08:55");
    return body;
  }

  @Test
  void customerOpensACaseOverRest() {
    var response = as(http, "customer1").postForEntity("/api/cases", newCase("high", "high"), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = response.getBody();
    String n = body.path("caseNumber").asText();
    assertThat(n).matches("CS-\\d{4}-\\d{6}");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + n);
    assertThat(body.path("priority").asText()).isEqualTo("P1");
    assertThat(body.path("queue").asText()).isEqualTo("operational-problems");
    assertThat(body.path("status").asText()).isEqualTo("OPEN");
    assertThat(body.path("channel").asText()).isEqualTo("web");
    assertThat(body.path("contractId").asText()).as("the customer's valid contract").isEqualTo("CT-DEMO-1");
    assertThat(Instant.parse(body.path("sla").path("firstResponseDue").asText())).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(Instant.parse(body.path("sla").path("resolutionDue").asText())).isEqualTo(T0.plus(Duration.ofHours(4)));
    // opened on the web as P1: the hotline phones the customer to confirm
    assertThat(task(n, "confirm-priority")).isNotNull();
  }

  @Test
  void requiredTextsOfSpacesAreRefusedNamingTheField() {
    Map<String, Object> body = newCase("high", "high");
    body.put("subject", "   ");
    body.put("callerName", "\t\n");
    var open = as(http, "hotline1").postForEntity("/api/cases", body, JsonNode.class);
    assertThat(open.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(open.getBody().path("errors").findValuesAsText("field")).containsExactly("callerName", "subject");

    String n = open("high", "medium", "phone").caseNumber();
    int before = view(n).timeline().size();
    for (var call : List.of(List.of("/messages", "text", "    "), List.of("/escalation", "reason", "\n\t"),
        List.of("/emergency", "description", " "), List.of("/messages", "text", "\u00A0\u00A0 "))) {
      Map<String, Object> request = new LinkedHashMap<>();
      request.put(call.get(1), call.get(2));
      request.put("criterion", "Media involved");
      var response = as(http, "hotline1").postForEntity("/api/cases/" + n + call.get(0), request, JsonNode.class);
      assertThat(response.getStatusCode()).as(call.get(0)).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody().path("errors").findValuesAsText("field")).as(call.get(0))
          .containsExactly(call.get(1));
    }
    assertThat(view(n).timeline()).as("nothing recorded").hasSize(before);

    body = newCase("high", "high");
    body.put("callerPhone", "call me");
    var phone = as(http, "hotline1").postForEntity("/api/cases", body, JsonNode.class);
    assertThat(phone.getBody().path("errors").path(0).path("message").asText())
        .isEqualTo("must be a phone number such as +36 1 234 5678");
  }

  @Test
  void staffCaseWhoseCompanyIsNotTheContractsIsRefusedNamingTheCompany() {
    Map<String, Object> body = newCase("high", "high");
    body.put("contractId", "CT-DEMO-1");
    body.put("callerCompany", "Other Corp");
    String previous = open("low", "low", "phone").caseNumber();
    long before = cases.search(new CaseRepository.CaseFilter(null, null, null, null), 0, 1, ENGINEER).total();

    var refused = as(http, "hotline1").postForEntity("/api/cases", body, JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("errors")).singleElement().satisfies(e -> {
      assertThat(e.path("field").asText()).isEqualTo("callerCompany");
      assertThat(e.path("message").asText()).isEqualTo("contract CT-DEMO-1 belongs to Demo Customer Ltd, not Other Corp");
    });
    assertThat(cases.search(new CaseRepository.CaseFilter(null, null, null, null), 0, 1, ENGINEER).total())
        .isEqualTo(before);

    body.put("callerCompany", " DEMO customer ltd  ");
    var opened = as(http, "hotline1").postForEntity("/api/cases", body, JsonNode.class);
    assertThat(opened.getStatusCode()).as("companies compare ignoring case and spaces").isEqualTo(HttpStatus.CREATED);
    assertThat(opened.getBody().path("company").asText()).isEqualTo("Demo Customer Ltd");
    assertThat(sequenceOf(opened.getBody().path("caseNumber").asText())).as("the refusal took no case number")
        .isEqualTo(sequenceOf(previous) + 1);
  }

  private static int sequenceOf(String caseNumber) {
    return Integer.parseInt(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
  }

  @Test
  void invalidCaseIsRefusedWithAProblemNamingTheFields() {
    Map<String, Object> body = newCase("catastrophic", "high");
    body.remove("callerName");
    body.put("callerEmail", "not-an-address");
    long before = cases.search(new CaseRepository.CaseFilter(null, null, null, null), 0, 1, ENGINEER).total();

    var response = as(http, "hotline1").postForEntity("/api/cases", body, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("callerName", "impact", "callerEmail");
    assertThat(cases.search(new CaseRepository.CaseFilter(null, null, null, null), 0, 1, ENGINEER).total())
        .as("nothing half-written").isEqualTo(before);
  }

  @Test
  void textLongerThanAProcessVariableHoldsIsRefusedNotFailed() {
    // Camunda keeps string variables in a 4000-character column: longer ones must be a 400, never a 500
    Map<String, Object> body = newCase("low", "low");
    body.put("description", "x".repeat(4001));
    var response = as(http, "hotline1").postForEntity("/api/cases", body, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("errors").findValuesAsText("field")).containsExactly("description");
  }

  @Test
  void unreadableBodyIsABadRequest() {
    var response = as(http, "hotline1").postForEntity("/api/cases",
        new org.springframework.http.HttpEntity<>("{\"callerName\": ", jsonHeaders()), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void unknownCaseIsNotFound() {
    var response = as(http, "engineer1").getForEntity("/api/cases/CS-1999-999999", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void customersSeeOnlyTheirCompanysCases() {
    String n = open("medium", "medium", "phone").caseNumber();

    assertThat(as(http, "customer1").getForEntity("/api/cases/" + n, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // another company's case answers as one that does not exist
    assertThat(as(http, "customer9").getForEntity("/api/cases/" + n, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(http, "customer9").postForEntity("/api/cases/" + n + "/messages", Map.of("text", "hi"),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    JsonNode otherList = as(http, "customer9").getForEntity("/api/cases?size=200", JsonNode.class).getBody();
    assertThat(otherList.path("items").findValuesAsText("caseNumber")).doesNotContain(n);
    JsonNode ownList = as(http, "customer1").getForEntity("/api/cases?size=200", JsonNode.class).getBody();
    assertThat(ownList.path("items").findValuesAsText("company")).containsOnly("Demo Customer Ltd");
  }

  @Test
  void textSearchFindsNumberSubjectAndDescriptionIgnoringCaseWithinTheCustomersCompany() {
    String marker = "Qx" + System.nanoTime();
    CaseView bySubject = cases.open(new CaseRequests.OpenCase("Ada Lovelace", "Demo Customer Ltd", "+36 1 234 5678",
        "ada@demo.example", null, "CT-DEMO-1", "router-x", "operational-problem", "low", "low",
        "Fan noise " + marker, "Loud since Monday", "phone"), HOTLINE);
    CaseView byDescription = cases.open(new CaseRequests.OpenCase("Ada Lovelace", "Demo Customer Ltd",
        "+36 1 234 5678", "ada@demo.example", null, "CT-DEMO-1", "router-x", "operational-problem", "low", "low",
        "Slow links", "Seen with 100% load, see " + marker.toLowerCase(), "phone"), HOTLINE);

    assertThat(found("customer1", marker.toUpperCase())).as("subject and description, any case")
        .containsExactlyInAnyOrder(bySubject.caseNumber(), byDescription.caseNumber());
    assertThat(found("customer1", bySubject.caseNumber().toLowerCase())).containsExactly(bySubject.caseNumber());
    assertThat(found("engineer1", "100% load, see " + marker)).as("% is a character, not a wildcard")
        .containsExactly(byDescription.caseNumber());
    assertThat(found("engineer1", "100_ load")).as("_ is a character, not a wildcard").isEmpty();
    assertThat(found("customer9", marker)).as("another company's customer").isEmpty();
  }

  private List<String> found(String user, String text) {
    JsonNode page = as(http, user).getForEntity("/api/cases?size=50&q={q}", JsonNode.class, text).getBody();
    return page.path("items").findValuesAsText("caseNumber");
  }

  @Test
  void customersDoNotSeeInternalNotes() {
    String n = open("medium", "medium", "phone").caseNumber();
    work(n, "engineer1", "note", "Customer's config is a mess");
    JsonNode asCustomer = as(http, "customer1").getForEntity("/api/cases/" + n, JsonNode.class).getBody();
    assertThat(asCustomer.path("timeline").findValuesAsText("kind")).doesNotContain("WORK_ACTION");
    JsonNode asEngineer = as(http, "engineer1").getForEntity("/api/cases/" + n, JsonNode.class).getBody();
    assertThat(asEngineer.path("timeline").findValuesAsText("kind")).contains("WORK_ACTION");
  }

  @Test
  void auditorsReadButDoNotAct() {
    String n = open("medium", "medium", "phone").caseNumber();
    assertThat(as(http, "auditor1").getForEntity("/api/cases/" + n, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as(http, "auditor1").postForEntity("/api/cases/" + n + "/escalation", Map.of("reason", "x"),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, "auditor1").postForEntity("/api/cases", newCase("low", "low"), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void listFiltersByPriorityAndStatus() {
    String p1 = open("high", "high", "phone").caseNumber();
    String p4 = open("low", "low", "phone").caseNumber();
    JsonNode page = as(http, "supervisor1").getForEntity("/api/cases?priority=P1&status=OPEN&size=200", JsonNode.class)
        .getBody();
    List<String> numbers = page.path("items").findValuesAsText("caseNumber");
    assertThat(numbers).contains(p1).doesNotContain(p4);
    assertThat(page.path("items").findValuesAsText("priority")).containsOnly("P1");
    assertThat(as(http, "supervisor1").getForEntity("/api/cases?status=NOPE", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void closureOfACaseWithoutProposedSolutionIsAConflict() {
    String n = open("medium", "medium", "phone").caseNumber();
    var response = as(http, "customer1").postForEntity("/api/cases/" + n + "/closure", Map.of("accept", true),
        JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void surveyScoreOutOfRangeIsRefused() {
    String n = open("medium", "medium", "phone").caseNumber();
    var response = as(http, "customer1").postForEntity("/api/cases/" + n + "/survey", Map.of("score", 9),
        JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("errors").findValuesAsText("field")).containsExactly("score");
  }

  @Test
  void refusalsAskedInGermanNameTheFieldsAndReadGermanEnglishWithout() {
    Map<String, Object> body = newCase("catastrophic", "high");
    body.put("subject", " ");
    body.put("callerPhone", "call me");

    JsonNode german = inLanguage("de", "customer1", HttpMethod.POST, "/api/cases", body).getBody();
    assertThat(german.path("title").asText()).isEqualTo("Ungültige Anfrage");
    assertThat(german.path("detail").asText()).isEqualTo("Ungültige Felder: callerPhone, impact, subject");
    assertThat(german.path("errors").findValuesAsText("field")).as("the fields keep their names")
        .containsExactly("callerPhone", "impact", "subject");
    assertThat(german.path("errors").path(0).size()).as("a field and its message, nothing else").isEqualTo(2);
    assertThat(german.path("errors").findValuesAsText("message")).satisfiesExactly(
        phone -> assertThat(phone).isEqualTo("muss eine Telefonnummer sein, z. B. +36 1 234 5678"),
        impact -> assertThat(impact).matches("muss einer der Werte .*high.* sein"),
        subject -> assertThat(subject).isEqualTo("darf nicht leer sein"));

    JsonNode english = inLanguage(null, "customer1", HttpMethod.POST, "/api/cases", body).getBody();
    assertThat(english.path("title").asText()).isEqualTo("Invalid request");
    assertThat(english.path("errors").findValuesAsText("message")).satisfiesExactly(
        phone -> assertThat(phone).isEqualTo("must be a phone number such as +36 1 234 5678"),
        impact -> assertThat(impact).matches("must be one of .*high.*"),
        subject -> assertThat(subject).isEqualTo("must not be blank"));
    assertThat(inLanguage("fr", "customer1", HttpMethod.POST, "/api/cases", body).getBody().path("title").asText())
        .as("a language without words of its own gets English").isEqualTo("Invalid request");

    // a refusal the service words: the solution to decide on, a case that is not the customer's
    String n = open("medium", "medium", "phone").caseNumber();
    var conflict = inLanguage("de-DE,de;q=0.9,en;q=0.5", "customer1", HttpMethod.POST,
        "/api/cases/" + n + "/closure", Map.of("accept", true));
    assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(conflict.getBody().path("title").asText()).isEqualTo("Konflikt");
    assertThat(conflict.getBody().path("detail").asText())
        .isEqualTo("Für Fall " + n + " wartet kein Lösungsvorschlag auf Ihre Bestätigung (Status OPEN)");
    assertThat(inLanguage("de", "customer9", HttpMethod.GET, "/api/cases/" + n, null).getBody().path("detail")
        .asText()).isEqualTo("Fall " + n + " nicht gefunden");
    assertThat(inLanguage(null, "customer9", HttpMethod.GET, "/api/cases/" + n, null).getBody().path("detail")
        .asText()).isEqualTo("Case " + n + " not found");
  }

  @Test
  void theCustomersTimelineReadsGermanForDeWhileStaffReadItAsWritten() {
    String n = open("medium", "medium", "phone").caseNumber();
    work(n, "engineer1", "request-info", "Which firmware version runs on the router?");

    JsonNode german = inLanguage("de", "customer1", HttpMethod.GET, "/api/cases/" + n, null).getBody();
    assertThat(details(german, "OPENED")).singleElement().asString().startsWith("Eröffnet über Telefon: ");
    assertThat(details(german, "TRIAGED")).singleElement().asString()
        .matches("Priorität P\\d, Warteschlange Betriebsprobleme; erste Antwort fällig \\S+, Lösung fällig \\S+");
    assertThat(details(german, "ASSIGNED")).singleElement().asString().startsWith("Zugewiesen an ")
        .doesNotContain("engineer1");
    assertThat(details(german, "SLA_PAUSED")).containsExactly("Wartet auf Ihre Antwort");
    assertThat(details(german, "INFORMATION_REQUESTED")).as("what people wrote stays as written")
        .containsExactly("Which firmware version runs on the router?");

    JsonNode english = inLanguage(null, "customer1", HttpMethod.GET, "/api/cases/" + n, null).getBody();
    assertThat(details(english, "OPENED")).singleElement().asString().startsWith("Opened by phone: ");
    assertThat(details(english, "SLA_PAUSED")).containsExactly("Waiting for the customer");
    JsonNode staff = inLanguage("de", "engineer1", HttpMethod.GET, "/api/cases/" + n, null).getBody();
    assertThat(details(staff, "TRIAGED")).as("the desk's timeline stays as written").singleElement().asString()
        .matches("Priority P\\d, queue operational-problems; .*");
  }

  private static List<String> details(JsonNode caseView, String kind) {
    List<String> details = new java.util.ArrayList<>();
    caseView.path("timeline").forEach(e -> {
      if (e.path("kind").asText().equals(kind)) {
        details.add(e.path("detail").asText());
      }
    });
    return details;
  }

  /** A call as {@code user} asking for {@code language} (Accept-Language; none when null). */
  private org.springframework.http.ResponseEntity<JsonNode> inLanguage(String language, String user, HttpMethod method,
      String path, Object body) {
    var headers = jsonHeaders();
    if (language != null) {
      headers.set(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return as(http, user).exchange(path, method, new org.springframework.http.HttpEntity<>(body, headers),
        JsonNode.class);
  }

  @Test
  void apiIsPublishedAsOpenApi() {
    assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    JsonNode docs = as(http, "engineer1").getForEntity("/v3/api-docs", JsonNode.class).getBody();
    assertThat(docs.path("paths").has("/api/cases")).isTrue();
    assertThat(docs.path("paths").has("/api/cases/{caseNumber}/escalation")).isTrue();
  }

  private static org.springframework.http.HttpHeaders jsonHeaders() {
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
