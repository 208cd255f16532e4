package io.casedesk.problems;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.audit.AuditVerifier;
import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseView;
import io.casedesk.notification.NotificationKind;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Problem management through the API: a supervisor opens a problem and links cases, engineers find the root cause
 * and document the known error, whose workaround then shows with every linked case for staff (never for the
 * customer); the fix tells the linked open cases' engineers; who may do what; refused calls change nothing.
 */
class ProblemApiTest extends CaseTestSupport {

  static final String WORKAROUND = "Restart the BGP daemon nightly until firmware 4.2.1";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;
  @Autowired AuditVerifier verifier;

  static Map<String, Object> problem(String title, List<String> caseNumbers) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("description", "Several customers' core routers drop packets since the 4.2 upgrade");
    body.put("caseNumbers", caseNumbers);
    return body;
  }

  JsonNode openProblem(List<String> caseNumbers) {
    var response = as(http, "supervisor1").postForEntity("/api/problems",
        problem("Core routers drop packets after firmware 4.2", caseNumbers), JsonNode.class);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
    return response.getBody();
  }

  /** Completes the problem's task as the user would in Tasklist (signed in). */
  void completeAs(String user, String group, String problemNumber, String taskKey, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(problemNumber).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey + " of " + problemNumber).isNotNull();
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.claim(task.getId(), user);
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  void knownError(String number) {
    completeAs("engineer1", "engineers", number, "find-root-cause",
        Map.of("rootCause", "Firmware 4.2 leaks memory in the BGP daemon"));
    completeAs("engineer1", "engineers", number, "document-known-error", Map.of("workaround", WORKAROUND));
  }

  /** The engineer claims the case's work task in Tasklist: the case is theirs. */
  void claim(String caseNumber, String engineer) {
    taskService.claim(task(caseNumber, "work-case").getId(), engineer);
    assertThat(view(caseNumber).assignee()).isEqualTo(engineer);
  }

  long problemCount() {
    return jdbc.sql("SELECT COUNT(*) FROM problem").query(Long.class).single();
  }

  @Test
  void aProblemLinkingThreeCasesShowsItsWorkaroundWithEachToStaffOnly() {
    String a = open("high", "medium", "phone").caseNumber();
    String b = open("medium", "medium", "web").caseNumber();
    String c = open("low", "low", "email").caseNumber();
    claim(a, "engineer1"); // engineer1 works case a

    JsonNode opened = openProblem(List.of(a, b));
    String number = opened.path("problemNumber").asText();
    assertThat(number).matches("PB-2026-\\d{6}");
    assertThat(opened.path("status").asText()).isEqualTo("INVESTIGATING");
    assertThat(opened.path("openedBy").asText()).isEqualTo("supervisor1");
    var linked = as(http, "supervisor1").postForEntity("/api/problems/" + number + "/cases",
        Map.of("caseNumbers", List.of(c)), JsonNode.class);
    assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(linked.getBody().path("cases").findValuesAsText("caseNumber")).containsExactly(a, b, c);
    assertThat(view(c).problems()).extracting(CaseView.Problem::number, CaseView.Problem::status,
        CaseView.Problem::workaround).containsExactly(org.assertj.core.groups.Tuple.tuple(number, "INVESTIGATING", null));

    knownError(number);

    for (String n : List.of(a, b, c)) {
      JsonNode caseView = as(http, "engineer1").getForEntity("/api/cases/" + n, JsonNode.class).getBody();
      assertThat(caseView.path("problems").get(0).path("number").asText()).as(n).isEqualTo(number);
      assertThat(caseView.path("problems").get(0).path("status").asText()).as(n).isEqualTo("KNOWN_ERROR");
      assertThat(caseView.path("problems").get(0).path("workaround").asText()).as(n).isEqualTo(WORKAROUND);
      assertThat(caseView.path("timeline").findValuesAsText("kind")).as(n)
          .contains("PROBLEM_LINKED", "PROBLEM_KNOWN_ERROR");
      JsonNode customerView = as(http, "customer1").getForEntity("/api/cases/" + n, JsonNode.class).getBody();
      assertThat(customerView.has("problems")).as("the customer hears of it from the engineer").isFalse();
      assertThat(customerView.path("timeline").findValuesAsText("kind")).as(n)
          .doesNotContain("PROBLEM_LINKED", "PROBLEM_KNOWN_ERROR");
      assertThat(customerView.toString()).doesNotContain(number).doesNotContain("BGP");
    }
    // the engineer who works a case gets the workaround by e-mail; an unclaimed case's queue group does
    assertThat(notifications(a, NotificationKind.PROBLEM_WORKAROUND))
        .extracting(m -> m.recipient()).containsExactly("engineer1");
    assertThat(notifications(b, NotificationKind.PROBLEM_WORKAROUND))
        .extracting(m -> m.recipient()).containsExactly("engineers");

    JsonNode problem = as(http, "auditor1").getForEntity("/api/problems/" + number, JsonNode.class).getBody();
    assertThat(problem.path("status").asText()).isEqualTo("KNOWN_ERROR");
    assertThat(problem.path("rootCause").asText()).isEqualTo("Firmware 4.2 leaks memory in the BGP daemon");
    assertThat(problem.path("workaround").asText()).isEqualTo(WORKAROUND);
    assertThat(problem.path("timeline").findValuesAsText("kind")).containsExactly("OPENED", "CASE_LINKED",
        "CASE_LINKED", "CASE_LINKED", "ROOT_CAUSE_RECORDED", "KNOWN_ERROR_PUBLISHED");
    assertThat(problem.path("timeline").get(5).path("actor").asText()).isEqualTo("engineer1");
  }

  @Test
  void theFixTellsTheEngineersOfTheLinkedOpenCasesAndTheSupervisorCloses() {
    String a = open("high", "medium", "phone").caseNumber();
    String b = open("medium", "medium", "web").caseNumber();
    claim(a, "engineer1");
    String number = openProblem(List.of(a, b)).path("problemNumber").asText();
    knownError(number);

    completeAs("engineer1", "engineers", number, "fix-problem", Map.of("fixDescription", "Firmware 4.2.1 released"));

    assertThat(events(a, CaseEventKind.PROBLEM_FIXED)).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains(number, "Firmware 4.2.1 released"));
    assertThat(events(b, CaseEventKind.PROBLEM_FIXED)).hasSize(1);
    assertThat(notifications(a, NotificationKind.PROBLEM_FIXED)).extracting(m -> m.recipient())
        .containsExactly("engineer1");
    assertThat(notifications(b, NotificationKind.PROBLEM_FIXED)).extracting(m -> m.recipient())
        .containsExactly("engineers");
    assertThat(view(a).problems().get(0).fix()).isEqualTo("Firmware 4.2.1 released");
    Task close = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    assertThat(close.getTaskDefinitionKey()).isEqualTo("close-problem");
    assertThat(taskService.getIdentityLinksForTask(close.getId())).extracting(l -> l.getGroupId())
        .containsExactly("supervisors");

    completeAs("supervisor1", "supervisors", number, "close-problem", Map.of("closureNote", "Quiet for a week"));

    JsonNode closed = as(http, "manager1").getForEntity("/api/problems/" + number, JsonNode.class).getBody();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("closedBy").asText()).isEqualTo("supervisor1");
    assertThat(closed.path("closureNote").asText()).isEqualTo("Quiet for a week");
    String c = open("low", "low", "web").caseNumber();
    var late = as(http, "supervisor1").postForEntity("/api/problems/" + number + "/cases",
        Map.of("caseNumbers", List.of(c)), JsonNode.class);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(view(c).problems()).isEmpty();
  }

  @Test
  void aRootCauseNotFoundInFiveDaysTellsTheSupervisors() {
    String a = open("medium", "medium", "phone").caseNumber();
    String number = openProblem(List.of(a)).path("problemNumber").asText();

    advanceTo(number, T0.plus(Duration.ofDays(5)).plusSeconds(1));

    assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE kind = 'PROBLEM_OVERDUE' AND recipient = 'supervisors'"
        + " AND payload LIKE :n").param("n", "%" + number + "%").query(Long.class).single()).isEqualTo(1);
    JsonNode problem = as(http, "supervisor1").getForEntity("/api/problems/" + number, JsonNode.class).getBody();
    assertThat(problem.path("timeline").findValuesAsText("kind")).contains("STEP_OVERDUE");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult()
        .getTaskDefinitionKey()).isEqualTo("find-root-cause");
  }

  @Test
  void theProblemsTimelineIsAHashChainTheAuditCheckWalks() {
    String a = open("medium", "medium", "phone").caseNumber();
    String number = openProblem(List.of(a)).path("problemNumber").asText();
    knownError(number);
    assertThat(verifier.verify().intact()).isTrue();
    Map<String, Object> event = jdbc.sql("SELECT id, detail FROM problem_event WHERE problem_number = :n AND seq = 3")
        .param("n", number).query().singleRow();
    long id = ((Number) event.get("id")).longValue();
    try {
      jdbc.sql("UPDATE problem_event SET detail = 'nothing to see' WHERE id = :id").param("id", id).update();

      var report = verifier.verify();
      assertThat(report.intact()).isFalse();
      assertThat(report.firstBrokenLink().caseNumber()).isEqualTo(number);
      assertThat(report.firstBrokenLink().eventId()).isEqualTo(id);
      assertThat(report.firstBrokenLink().reason()).contains("altered");
    } finally {
      jdbc.sql("UPDATE problem_event SET detail = :d WHERE id = :id").param("d", event.get("detail"))
          .param("id", id).update();
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    String a = open("medium", "medium", "phone").caseNumber();
    long before = problemCount();

    var empty = as(http, "supervisor1").postForEntity("/api/problems", Map.of(), JsonNode.class);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(empty.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("title",
        "description");

    var badCases = as(http, "supervisor1").postForEntity("/api/problems",
        problem(" ", List.of(a, "42", "CS-1999-999999")), JsonNode.class);
    assertThat(badCases.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badCases.getBody().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("title", "caseNumbers[1]");

    var unknownCase = as(http, "supervisor1").postForEntity("/api/problems",
        problem("Drops", List.of(a, "CS-1999-999999")), JsonNode.class);
    assertThat(unknownCase.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownCase.getBody().path("errors").findValuesAsText("field")).containsExactly("caseNumbers[1]");
    assertThat(problemCount()).as("nothing opened").isEqualTo(before);
    assertThat(view(a).timeline()).extracting(e -> e.kind()).doesNotContain(CaseEventKind.PROBLEM_LINKED);

    String number = openProblem(List.of(a)).path("problemNumber").asText();
    String b = open("low", "low", "web").caseNumber();
    var again = as(http, "supervisor1").postForEntity("/api/problems/" + number + "/cases",
        Map.of("caseNumbers", List.of(b, a)), JsonNode.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().path("detail").asText()).contains(a);
    assertThat(view(b).problems()).as("all or nothing").isEmpty();
    var noCases = as(http, "supervisor1").postForEntity("/api/problems/" + number + "/cases",
        Map.of("caseNumbers", List.of()), JsonNode.class);
    assertThat(noCases.getBody().path("errors").findValuesAsText("field")).containsExactly("caseNumbers");
    assertThat(as(http, "supervisor1").postForEntity("/api/problems/PB-1999-999999/cases",
        Map.of("caseNumbers", List.of(b)), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(http, "supervisor1").exchange("/api/problems/" + number + "/cases/" + b, HttpMethod.DELETE, null,
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    var unlinked = as(http, "manager1").exchange("/api/problems/" + number + "/cases/" + a, HttpMethod.DELETE, null,
        JsonNode.class);
    assertThat(unlinked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(unlinked.getBody().path("cases").size()).isZero();
    assertThat(view(a).problems()).isEmpty();
    assertThat(events(a, CaseEventKind.PROBLEM_UNLINKED)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"engineer1", "hotline1", "auditor1", "customer1", "sales1", "rmadesk1", "analyst1"})
  void onlySupervisorsManagersAndAdministratorsOpenProblemsAndLinkCases(String user) {
    String a = open("medium", "medium", "phone").caseNumber();
    String number = openProblem(List.of()).path("problemNumber").asText();
    long before = problemCount();

    assertThat(as(http, user).postForEntity("/api/problems", problem("Drops", List.of(a)), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, user).postForEntity("/api/problems/" + number + "/cases",
        Map.of("caseNumbers", List.of(a)), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(problemCount()).isEqualTo(before);
    assertThat(view(a).problems()).isEmpty();
  }

  @Test
  void engineersReadTheProblemsOfTheCasesTheyWorkOthersReadNone() {
    String a = open("medium", "medium", "phone").caseNumber();
    String b = open("medium", "medium", "phone").caseNumber();
    claim(a, "engineer1");
    String mine = openProblem(List.of(a)).path("problemNumber").asText();
    String other = openProblem(List.of(b)).path("problemNumber").asText();

    assertThat(as(http, "engineer1").getForEntity("/api/problems/" + mine, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as(http, "engineer1").getForEntity("/api/problems/" + other, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode list = as(http, "engineer1").getForEntity("/api/problems?limit=200", JsonNode.class).getBody();
    assertThat(list.findValuesAsText("problemNumber")).contains(mine).doesNotContain(other);
    JsonNode all = as(http, "auditor1").getForEntity("/api/problems?status=INVESTIGATING&limit=200", JsonNode.class)
        .getBody();
    assertThat(all.findValuesAsText("problemNumber")).contains(mine, other);
    for (String user : List.of("customer1", "hotline1", "sales1", "analyst1")) {
      assertThat(as(http, user).getForEntity("/api/problems/" + mine, JsonNode.class).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(as(http, user).getForEntity("/api/problems", JsonNode.class).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void aRedFlagsAcceptedRootCauseReviewMayOpenAProblemLinkedToItsCase() {
    String n = open("high", "high", "phone").caseNumber();
    var declared = as(http, "supervisor1").postForEntity("/api/cases/" + n + "/emergency",
        Map.of("criterion", "Media involved", "description", "A TV crew is at the head office"), JsonNode.class);
    assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String rf = declared.getBody().path("redFlagNumber").asText();
    complete(rf, "lead-recovery", Map.of("progressNote", "Rebooted", "restored", true));
    complete(rf, "write-root-cause-report", Map.of("rootCause", "Firmware 4.2 leaks memory",
        "correctiveActions", "Upgrade to 4.2.1"));

    complete(rf, "review-root-cause-report", Map.of("reportAccepted", true, "openProblem", true));

    CaseView.Problem problem = view(n).problems().get(0);
    assertThat(problem.title()).startsWith("Red flag " + rf);
    JsonNode full = as(http, "manager1").getForEntity("/api/problems/" + problem.number(), JsonNode.class).getBody();
    assertThat(full.path("redFlagNumber").asText()).isEqualTo(rf);
    assertThat(full.path("description").asText()).contains("Firmware 4.2 leaks memory");
    assertThat(full.path("cases").findValuesAsText("caseNumber")).containsExactly(n);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(problem.number()).singleResult()
        .getTaskDefinitionKey()).isEqualTo("find-root-cause");
  }

  @Test
  void theCaseReportCountsProblemsAndCasesPerProblem() {
    // Other Corp's cases: no other test of the suite links them to a problem
    String a = open("medium", "medium", "phone", "operational-problem", "CT-DEMO-2").caseNumber();
    String b = open("medium", "medium", "phone", "operational-problem", "CT-DEMO-2").caseNumber();
    String c = open("medium", "medium", "phone", "operational-problem", "CT-DEMO-2").caseNumber();
    String first = openProblem(List.of(a, b, c)).path("problemNumber").asText();
    openProblem(List.of(a));
    knownError(first);
    completeAs("engineer1", "engineers", first, "fix-problem", Map.of("fixDescription", "4.2.1"));
    completeAs("supervisor1", "supervisors", first, "close-problem", Map.of());

    String period = "?from=2026-03-02&to=2026-03-03&customer=Other Corp";
    JsonNode problems = as(http, "manager1").getForEntity("/api/reports/cases" + period, JsonNode.class).getBody()
        .path("problems");
    assertThat(problems.path("opened").asLong()).isEqualTo(2);
    assertThat(problems.path("closed").asLong()).isEqualTo(1);
    assertThat(problems.path("openNow").asLong()).isEqualTo(1);
    assertThat(problems.path("casesPerProblem").asDouble()).as("three cases and one").isEqualTo(2.0);
    assertThat(as(http, "manager1").getForEntity("/api/reports/cases.csv" + period, String.class).getBody())
        .contains("problems,opened,2", "problems,closed,1", "problems,open now,1", "problems,cases per problem,2.0");
    JsonNode customers = as(http, "customer1").getForEntity("/api/reports/cases?from=2026-03-02&to=2026-03-03",
        JsonNode.class).getBody();
    assertThat(customers.has("opened")).isTrue();
    assertThat(customers.has("problems")).as("a customer hears of a problem from the engineer").isFalse();
    assertThat(as(http, "customer1").getForEntity("/api/reports/cases.csv?from=2026-03-02&to=2026-03-03",
        String.class).getBody()).doesNotContain("\nproblems,");
  }
}
