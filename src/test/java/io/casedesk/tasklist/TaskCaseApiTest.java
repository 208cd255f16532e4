package io.casedesk.tasklist;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.cases.CaseRequests;
import io.casedesk.complaints.ComplaintRequests;
import io.casedesk.complaints.ComplaintService;
import io.casedesk.mail.Attachments;
import io.casedesk.mail.ParsedMail;
import io.casedesk.notification.NotificationKind;
import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.NodeClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code /api/tasks/{taskId}/case}, what Tasklist's case panel reads with the agent's login, and the notes it adds:
 * the engine decides who reads the task, the case API what of the case they read.
 */
class TaskCaseApiTest extends CaseTestSupport {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired Attachments attachments;
  @Autowired ComplaintService complaints;

  @Test
  void engineerReadsTheCaseOfTheirWorkTask() {
    String n = open("high", "medium", "phone").caseNumber();
    attachments.add(n, new ParsedMail.Attachment("router-log.txt", "text/plain",
        "%LINK-3-UPDOWN".getBytes(StandardCharsets.UTF_8)), "test-" + n);

    JsonNode body = get("engineer1", task(n, "work-case").getId()).getBody();

    JsonNode theCase = body.path("case");
    assertThat(theCase.path("caseNumber").asText()).isEqualTo(n);
    assertThat(theCase.path("subject").asText()).isEqualTo("Core router drops packets");
    assertThat(theCase.path("description").asText()).isEqualTo("Since 08:40 all sites lose packets");
    assertThat(theCase.path("company").asText()).isEqualTo("Demo Customer Ltd");
    assertThat(theCase.path("priority").asText()).isEqualTo("P2");
    assertThat(theCase.path("serviceLevel").asText()).isEqualTo("gold");
    assertThat(theCase.path("sla").path("firstResponseDue").isTextual()).isTrue();
    assertThat(theCase.path("caller").path("name").asText()).isEqualTo("Ada Lovelace");
    assertThat(theCase.path("caller").path("phone").asText()).isEqualTo("+36 1 234 5678");
    assertThat(theCase.path("caller").path("email").asText()).isEqualTo("ada@demo.example");
    assertThat(body.path("task").path("name").asText()).isEqualTo("Work the case");
    assertThat(body.path("call").isMissingNode()).as("working a case is no call").isTrue();
    assertThat(body.path("customerAnswer").isMissingNode()).isTrue();
    assertThat(body.path("mayAddNote").asBoolean()).isTrue();
    assertThat(body.path("mayChangeGroups").asBoolean()).as("engineers work tasks, they do not re-route them").isFalse();
    assertThat(as(http, "engineer1").postForEntity("/engine-rest/task/" + task(n, "work-case").getId()
        + "/identity-links", Map.of("groupId", "sales", "type", "candidate"), String.class).getStatusCode())
        .as("which is why Tasklist's group field is not offered to them").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("supervisor1", task(n, "work-case").getId()).getBody().path("mayChangeGroups").asBoolean()).isTrue();
    JsonNode file = body.path("attachments").path(0);
    assertThat(file.path("fileName").asText()).isEqualTo("router-log.txt");
    ResponseEntity<String> download = as(http, "engineer1").getForEntity(file.path("href").asText(), String.class);
    assertThat(download.getBody()).isEqualTo("%LINK-3-UPDOWN");
  }

  @Test
  void customersAndUnknownTasksGetNotFound() {
    String n = open("high", "medium", "phone").caseNumber();
    String taskId = task(n, "work-case").getId();

    assertThat(get("customer1", taskId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("analyst1", taskId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("engineer1", "no-such-task").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(http, "customer1").postForEntity("/api/tasks/" + taskId + "/notes", Map.of("text", "Hello"),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/api/tasks/" + taskId + "/case", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // the case tab's request after the Tasklist session ended: no basic-auth challenge, so no browser login prompt
    var headers = new org.springframework.http.HttpHeaders();
    headers.set("X-Requested-With", "XMLHttpRequest");
    ResponseEntity<String> ended = http.exchange("/api/tasks/" + taskId + "/case", org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(headers), String.class);
    assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(ended.getHeaders().get("WWW-Authenticate")).isNull();
  }

  @Test
  void auditorReadsTheCaseButAddsNoNote() {
    String n = open("high", "medium", "phone").caseNumber();
    String taskId = task(n, "work-case").getId();
    int events = view(n).timeline().size();

    ResponseEntity<JsonNode> read = get("auditor1", taskId);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody().path("case").path("caseNumber").asText()).isEqualTo(n);
    assertThat(read.getBody().path("mayAddNote").asBoolean()).isFalse();

    ResponseEntity<JsonNode> note = as(http, "auditor1").postForEntity("/api/tasks/" + taskId + "/notes",
        Map.of("text", "Looks fine to me"), JsonNode.class);
    assertThat(note.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(view(n).timeline()).hasSize(events);
  }

  @Test
  void aTaskOfNoCaseHasNoCase() {
    String complaintId = complaints.open(new ComplaintRequests.OpenComplaint(null, "phone", null,
        "Nobody answers the phone at night", "Grace Hopper", "grace@demo.example", "+36 1 555 0000",
        "Demo Customer Ltd"), HOTLINE).complaintId();
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(complaintId)
        .taskDefinitionKey("classify-complaint").singleResult().getId();

    ResponseEntity<JsonNode> read = get("hotline1", taskId);

    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody().path("case").isMissingNode()).isTrue();
    assertThat(read.getBody().path("task").path("name").asText()).isEqualTo("Classify complaint");
    assertThat(as(http, "hotline1").postForEntity("/api/tasks/" + taskId + "/notes", Map.of("text", "Called"),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void anRmaTaskShowsItsCase() {
    String n = open("medium", "medium", "phone", "hardware-fault", "CT-DEMO-1").caseNumber();
    work(n, "engineer1", "hardware", "Line card LC-3 dead, LEDs off");
    var rmaTask = taskService.createTaskQuery().taskDefinitionKey("fill-rma-request")
        .processVariableValueEquals("caseNumber", n).singleResult();

    JsonNode body = get("engineer1", rmaTask.getId()).getBody();

    assertThat(body.path("case").path("caseNumber").asText()).isEqualTo(n);
    assertThat(body.path("case").path("status").asText()).isEqualTo("RMA_PENDING");
    assertThat(body.path("case").path("rmas").path(0).path("id").asText()).startsWith("RMA-");
    assertThat(body.path("task").path("processName").asText()).isNotBlank();
  }

  @Test
  void theDutyManagersCallBackShowsWhomToCallAndWhy() {
    String n = open("high", "medium", "phone").caseNumber();
    cases.requestDutyManager(n, "Nobody has called us back in two hours", CUSTOMER);

    JsonNode body = get("manager1", task(n, "call-back-customer").getId()).getBody();

    JsonNode call = body.path("call");
    assertThat(call.path("name").asText()).isEqualTo("Ada Lovelace");
    assertThat(call.path("phone").asText()).isEqualTo("+36 1 234 5678");
    assertThat(call.path("email").asText()).isEqualTo("ada@demo.example");
    assertThat(call.path("reason").asText())
        .isEqualTo("Asked for the duty manager: \"Nobody has called us back in two hours\". Call back with an action plan.");
  }

  @Test
  void theHotlinesPriorityCallAndTheSalesFollowUpSayWhy() {
    String p1 = open("high", "high", "web").caseNumber();
    JsonNode confirm = get("hotline1", task(p1, "confirm-priority").getId()).getBody().path("call");
    assertThat(confirm.path("phone").asText()).isEqualTo("+36 1 234 5678");
    assertThat(confirm.path("reason").asText()).isEqualTo(
        "The desk gave this web case P1 from impact high and urgency high. Confirm the priority with the caller.");

    String noContract = cases.open(new CaseRequests.OpenCase("Alan Turing", "Nowhere Ltd", "+44 20 7946 0000",
        "alan@nowhere.example", null, "CT-NONE", "router-x", "operational-problem", "low", "low",
        "Question about routing", null, "phone"), HOTLINE).caseNumber();
    JsonNode sales = get("sales1", task(noContract, "sales-follow-up").getId()).getBody().path("call");
    assertThat(sales.path("name").asText()).isEqualTo("Alan Turing");
    assertThat(sales.path("reason").asText()).startsWith("No valid contract: ").contains("CT-NONE");
  }

  @Test
  void aWorkTaskCreatedByTheCustomersAnswerShowsTheAnswer() {
    String n = open("high", "medium", "phone").caseNumber();
    later(Duration.ofMinutes(10));
    work(n, "engineer1", "request-info", "Which firmware runs on the router?");
    later(Duration.ofHours(2));
    cases.postMessage(n, "Firmware 17.3.2, upgraded last week", CUSTOMER);
    later(Duration.ofMinutes(5));

    JsonNode answer = get("engineer1", task(n, "work-case").getId()).getBody().path("customerAnswer");

    assertThat(answer.path("kind").asText()).isEqualTo("ANSWER");
    assertThat(answer.path("text").asText()).isEqualTo("Firmware 17.3.2, upgraded last week");
    assertThat(answer.path("question").asText()).isEqualTo("Which firmware runs on the router?");

    // the engineer goes on: the next work task was not created by the customer
    later(Duration.ofMinutes(5));
    work(n, "engineer1", "note", "Known bug in 17.3.2, looking for the fix");
    assertThat(get("engineer1", task(n, "work-case").getId()).getBody().path("customerAnswer").isMissingNode()).isTrue();

    // a rejected solution
    later(Duration.ofMinutes(5));
    work(n, "engineer1", "solve", "Upgrade to 17.3.4");
    later(Duration.ofHours(1));
    cases.answerClosure(n, false, "17.3.4 is not certified for our network", CUSTOMER);
    JsonNode rejected = get("engineer1", task(n, "work-case").getId()).getBody().path("customerAnswer");
    assertThat(rejected.path("kind").asText()).isEqualTo("SOLUTION_REJECTED");
    assertThat(rejected.path("text").asText()).isEqualTo("17.3.4 is not certified for our network");
    assertThat(rejected.path("question").asText()).contains("Upgrade to 17.3.4");
  }

  @Test
  void aShiftHandOffListsItsHotCases() {
    var turnover = managementService.createJobQuery().processDefinitionKey("shift-handoff").timers().list().stream()
        .filter(j -> j.getProcessInstanceId() == null).findFirst().orElseThrow();
    ClockUtil.setCurrentTime(Date.from(turnover.getDuedate().toInstant().minus(Duration.ofMinutes(30))));
    String hot = open("high", "high", "phone").caseNumber();
    ClockUtil.setCurrentTime(turnover.getDuedate());
    managementService.executeJob(turnover.getId());
    var notes = taskService.createTaskQuery().processDefinitionKey("shift-handoff").taskDefinitionKey("add-shift-notes")
        .orderByTaskCreateTime().desc().list().get(0);

    JsonNode body = get(notes.getAssignee(), notes.getId()).getBody();

    assertThat(body.path("case").isMissingNode()).isTrue();
    assertThat(StreamSupport.stream(body.path("cases").spliterator(), false).map(c -> c.path("caseNumber").asText()))
        .contains(hot);
  }

  @Test
  void aNoteIsInternalUnlessMarkedForTheCustomer() {
    String n = open("high", "medium", "phone").caseNumber();
    String taskId = task(n, "work-case").getId();

    ResponseEntity<JsonNode> internal = as(http, "engineer1").postForEntity("/api/tasks/" + taskId + "/notes",
        Map.of("text", "  Customer prefers calls after 14:00  "), JsonNode.class);
    assertThat(internal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<JsonNode> external = as(http, "engineer1").postForEntity("/api/tasks/" + taskId + "/notes",
        Map.of("text", "We are looking at the router logs now", "forCustomer", true), JsonNode.class);
    assertThat(external.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    assertThat(external.getBody().path("internalKinds").toString()).as("the panel marks internal events")
        .contains("\"INTERNAL_NOTE\"").contains("\"WORK_ACTION\"").doesNotContain("AGENT_MESSAGE");
    List<String> staffSees = kinds(external.getBody().path("case").path("timeline"), "INTERNAL_NOTE", "AGENT_MESSAGE");
    assertThat(staffSees).containsExactly("INTERNAL_NOTE: Customer prefers calls after 14:00",
        "AGENT_MESSAGE: We are looking at the router logs now");
    JsonNode customerView = as(http, "customer1").getForEntity("/api/cases/" + n, JsonNode.class).getBody();
    assertThat(kinds(customerView.path("timeline"), "INTERNAL_NOTE", "AGENT_MESSAGE"))
        .containsExactly("AGENT_MESSAGE: We are looking at the router logs now");
    assertThat(notifications(n, NotificationKind.AGENT_MESSAGE)).singleElement()
        .satisfies(m -> assertThat(m.recipient()).isEqualTo("ada@demo.example"));
    assertThat(events(n, io.casedesk.cases.CaseEventKind.INTERNAL_NOTE)).singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo("engineer1"));
  }

  @Test
  void aBlankNoteIsRefusedNamingText() {
    String n = open("high", "medium", "phone").caseNumber();
    String taskId = task(n, "work-case").getId();
    int events = view(n).timeline().size();

    ResponseEntity<JsonNode> blank = as(http, "engineer1").postForEntity("/api/tasks/" + taskId + "/notes",
        Map.of("text", "   ", "forCustomer", true), JsonNode.class);

    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(blank.getBody().path("errors").path(0).path("field").asText()).isEqualTo("text");
    assertThat(view(n).timeline()).hasSize(events);
    assertThat(notifications(n, NotificationKind.AGENT_MESSAGE)).isEmpty();
  }

  @Test
  void readsSideBySideWithTheTasklistLoginKeepTheAgentLoggedIn() throws Exception {
    String n = open("high", "medium", "phone").caseNumber();
    String taskId = task(n, "work-case").getId();
    NodeClient browser = NodeClient.loggedIntoWebapp(url(""), "tasklist", "engineer1", "demo");
    String cookies = "SESSION=" + browser.cookie("SESSION") + "; XSRF-TOKEN=" + browser.cookie("XSRF-TOKEN");

    // the case tab and the case header of Tasklist read at the same moment
    HttpClient client = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> reads = java.util.stream.IntStream.range(0, 3)
        .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(URI.create(url("/api/tasks/" + taskId + "/case")))
            .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString())).toList();
    for (var read : reads) {
      HttpResponse<String> response = read.get();
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().allValues("Set-Cookie")).as("the session keeps its id").isEmpty();
    }
    HttpResponse<String> tasklist = client.send(HttpRequest.newBuilder(
        URI.create(url("/camunda/api/admin/auth/user/default"))).header("Cookie", cookies).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(tasklist.statusCode()).as("still logged into Tasklist").isEqualTo(200);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private ResponseEntity<JsonNode> get(String user, String taskId) {
    return as(http, user).getForEntity("/api/tasks/" + taskId + "/case", JsonNode.class);
  }

  private static List<String> kinds(JsonNode timeline, String... kinds) {
    List<String> wanted = List.of(kinds);
    return StreamSupport.stream(timeline.spliterator(), false)
        .filter(e -> wanted.contains(e.path("kind").asText()))
        .map(e -> e.path("kind").asText() + ": " + e.path("detail").asText()).toList();
  }

  private static void later(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }
}
