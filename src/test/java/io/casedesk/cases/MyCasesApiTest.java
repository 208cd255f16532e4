package io.casedesk.cases;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.security.DemoUsers;
import io.casedesk.security.IdentityBootstrap;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * "My cases": the hotline finds the cases it opened (also those started with the start form in Tasklist), an
 * engineer the cases they own, with those waiting for the customer marked; customers stay within their company.
 */
class MyCasesApiTest extends CaseTestSupport {

  static final String OPEN_STATUSES = "OPEN,IN_PROGRESS,WAITING_CUSTOMER,RMA_PENDING,RESOLVED";

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired CustomerAccounts customerAccounts;

  /** Users of this test class alone, so that their lists hold only what this test made. */
  String hotline;
  String engineer;

  @BeforeEach
  void ownUsers() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    hotline = "hotline-" + suffix;
    engineer = "engineer-" + suffix;
    identity.ensureUser(hotline, "Hanna", "Hotline", DemoUsers.PASSWORD, Set.of("hotline"));
    identity.ensureUser(engineer, "Emil", "Engineer", DemoUsers.PASSWORD, Set.of("engineers"));
    identity.ensureUser("customer9", "Other", "Customer", DemoUsers.PASSWORD, Set.of("customers"));
    customerAccounts.link("customer9", "Other Corp");
  }

  @Test
  void theHotlineListsExactlyTheCasesItOpenedWithTheStartFormOrTheApi() {
    var started = as(http, hotline).postForEntity("/engine-rest/process-definition/key/case-handling/submit-form",
        Map.of("variables", startForm("Printer queue stuck")), JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    // what Tasklist's start request answers: the new instance, whose business key is the case number
    String fromForm = started.getBody().path("businessKey").asText();
    assertThat(fromForm).matches("CS-2026-\\d{6}");
    assertThat(instance(fromForm).getId()).isEqualTo(started.getBody().path("id").asText());

    ClockUtil.setCurrentTime(Date.from(T0.plusSeconds(60)));
    var opened = as(http, hotline).postForEntity("/api/cases", CaseApiTest.newCase("low", "low"), JsonNode.class);
    String fromApi = opened.getBody().path("caseNumber").asText();
    String someoneElses = open("low", "low", "phone").caseNumber(); // by hotline1

    JsonNode mine = as(http, hotline).getForEntity("/api/cases?openedBy=me", JsonNode.class).getBody();

    assertThat(mine.path("items").findValuesAsText("caseNumber")).containsExactly(fromApi, fromForm);
    assertThat(mine.path("total").asLong()).isEqualTo(2);
    JsonNode phoneCase = mine.path("items").get(1);
    assertThat(phoneCase.path("subject").asText()).isEqualTo("Printer queue stuck");
    assertThat(phoneCase.path("company").asText()).isEqualTo("Demo Customer Ltd");
    assertThat(phoneCase.path("status").asText()).isEqualTo("OPEN");
    assertThat(phoneCase.path("priority").asText()).isEqualTo("P4");
    assertThat(phoneCase.path("queue").asText()).isEqualTo("general-questions");
    assertThat(phoneCase.path("openedBy").asText()).isEqualTo(hotline);
    assertThat(Instant.parse(phoneCase.path("openedAt").asText())).isEqualTo(T0);
    // the same list by the user id, for a supervisor; hotline1's case is in neither
    JsonNode bySupervisor = as(http, "supervisor1").getForEntity("/api/cases?openedBy=" + hotline, JsonNode.class)
        .getBody();
    assertThat(bySupervisor.path("items").findValuesAsText("caseNumber")).containsExactly(fromApi, fromForm)
        .doesNotContain(someoneElses);
  }

  @Test
  void anEngineerListsTheOpenCasesTheyOwnWithThoseWaitingForTheCustomerMarked() {
    String asked = open("medium", "medium", "phone").caseNumber();
    String proposed = open("medium", "low", "phone").caseNumber();
    String working = open("low", "low", "phone").caseNumber();
    String closed = open("low", "medium", "phone").caseNumber();
    String othersCase = open("low", "high", "phone").caseNumber();
    work(othersCase, "engineer1", "note", "Looking into it");
    work(working, engineer, "note", "Collected the logs");
    work(closed, engineer, "solve", "Restarted the service");
    cases.answerClosure(closed, true, "Works again", CUSTOMER);

    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofMinutes(20))));
    work(asked, engineer, "request-info", "Which firmware runs on the router?");
    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofMinutes(30))));
    work(proposed, engineer, "solve", "Replace the patch cable on port 3");

    JsonNode page = as(http, engineer).getForEntity("/api/cases?engineer=me&status=" + OPEN_STATUSES, JsonNode.class)
        .getBody();

    assertThat(page.path("items").findValuesAsText("caseNumber")).containsExactlyInAnyOrder(asked, proposed, working);
    Map<String, JsonNode> byNumber = new LinkedHashMap<>();
    page.path("items").forEach(item -> byNumber.put(item.path("caseNumber").asText(), item));
    assertThat(byNumber.get(asked).path("status").asText()).isEqualTo("WAITING_CUSTOMER");
    assertThat(Instant.parse(byNumber.get(asked).path("waitingSince").asText()))
        .isEqualTo(T0.plus(Duration.ofMinutes(20)));
    assertThat(byNumber.get(proposed).path("status").asText()).isEqualTo("RESOLVED");
    assertThat(Instant.parse(byNumber.get(proposed).path("waitingSince").asText()))
        .isEqualTo(T0.plus(Duration.ofMinutes(30)));
    assertThat(byNumber.get(working).path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(byNumber.get(working).hasNonNull("waitingSince")).isFalse();
    assertThat(byNumber.values()).allSatisfy(item -> assertThat(item.path("assignee").asText()).isEqualTo(engineer));

    // the status filter takes several values, repeated too; without it the closed case is listed as well
    JsonNode waiting = as(http, engineer)
        .getForEntity("/api/cases?engineer=me&status=WAITING_CUSTOMER&status=RESOLVED", JsonNode.class).getBody();
    assertThat(waiting.path("items").findValuesAsText("caseNumber")).containsExactlyInAnyOrder(asked, proposed);
    JsonNode all = as(http, engineer).getForEntity("/api/cases?engineer=me", JsonNode.class).getBody();
    assertThat(all.path("items").findValuesAsText("caseNumber")).containsExactlyInAnyOrder(asked, proposed, working,
        closed);
  }

  @Test
  void aCustomerCannotWidenTheirViewWithTheNewFilters() {
    String demoCase = open("low", "low", "phone").caseNumber(); // Demo Customer Ltd, opened by hotline1
    work(demoCase, "engineer1", "note", "Looking into it");

    for (String query : List.of("openedBy=hotline1", "engineer=engineer1", "openedBy=hotline1&customer=Demo Customer Ltd",
        "engineer=engineer1&status=" + OPEN_STATUSES)) {
      JsonNode other = as(http, "customer9").getForEntity("/api/cases?size=200&" + query, JsonNode.class).getBody();
      assertThat(other.path("items").findValuesAsText("caseNumber")).as(query).doesNotContain(demoCase);
      assertThat(other.path("items").findValuesAsText("company")).as(query).allMatch("Other Corp"::equals);
    }
    JsonNode own = as(http, "customer1").getForEntity("/api/cases?size=200&openedBy=hotline1", JsonNode.class)
        .getBody();
    assertThat(own.path("items").findValuesAsText("caseNumber")).contains(demoCase);
    assertThat(own.path("items").findValuesAsText("company")).containsOnly("Demo Customer Ltd");
    assertThat(own.path("items")).as("user ids stay internal").allMatch(item -> !item.hasNonNull("openedBy"));
    // "me" is the customer: they opened none of these
    JsonNode openedByMe = as(http, "customer1").getForEntity("/api/cases?size=200&openedBy=me", JsonNode.class)
        .getBody();
    assertThat(openedByMe.path("items").findValuesAsText("caseNumber")).doesNotContain(demoCase);
  }

  @Test
  void aBadFilterValueIsA400NamingTheParameter() {
    assertBadParameter("/api/cases?status=OPEN,WAITING", "status", "WAITING");
    assertBadParameter("/api/cases?openedBy=me and you", "openedBy", "me and you");
    assertBadParameter("/api/cases?engineer=<script>", "engineer", "<script>");
    assertBadParameter("/api/cases?engineer=", "engineer", "''");
  }

  private void assertBadParameter(String url, String parameter, String mentioned) {
    var response = as(http, engineer).getForEntity(url, JsonNode.class);
    assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().path("errors").findValuesAsText("field")).as(url).containsExactly(parameter);
    assertThat(response.getBody().path("detail").asText()).as(url).contains(parameter).contains(mentioned);
  }

  private static Map<String, Object> startForm(String subject) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("channel", Map.of("value", "phone"));
    form.put("callerName", Map.of("value", "Margaret Hamilton"));
    form.put("callerCompany", Map.of("value", "Demo Customer Ltd"));
    form.put("callerPhone", Map.of("value", "+36 1 555 0199"));
    form.put("contractId", Map.of("value", "CT-DEMO-1"));
    form.put("product", Map.of("value", "router-x"));
    form.put("category", Map.of("value", "general-question"));
    form.put("impact", Map.of("value", "low"));
    form.put("urgency", Map.of("value", "low"));
    form.put("subject", Map.of("value", subject));
    return form;
  }
}
