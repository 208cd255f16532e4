package io.casedesk.changes;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.cases.CaseRequests;
import io.casedesk.cases.CaseStatus;
import io.casedesk.contracts.Contract;
import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.mail.OutboxSender;
import io.casedesk.notification.NotificationKind;
import io.casedesk.security.DemoUsers;
import io.casedesk.security.IdentityBootstrap;
import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code /api/changes} on PostgreSQL with the whole server: a change raised from a case goes through the expert
 * group's review, the customer's approval, its window and its report, which reaches the customer's mailbox
 * (GreenMail), and the case closes; who sees, raises and approves what, and what is refused.
 */
class ChangeApiTest extends CaseTestSupport {

  static final Instant WINDOW_START = T0.plus(Duration.ofDays(3));

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired CustomerAccounts customerAccounts;
  @Autowired ChangeRepository changeRepository;
  @Autowired ChangeTimeline changeTimeline;
  @Autowired OutboxSender outboxSender;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void otherCompanysCustomer() {
    identity.ensureUser("customer9", "Other", "Customer", DemoUsers.PASSWORD, Set.of("customers"));
    customerAccounts.link("customer9", "Other Corp");
  }

  /** A case being worked, its caller with a mailbox of their own. */
  String caseBeingWorked(String email) {
    String company = contracts.find("CT-DEMO-1").map(Contract::company).orElseThrow();
    String n = cases.open(new CaseRequests.OpenCase("Ada Lovelace", company, "+36 1 234 5678", email, "1 Main Street",
        "CT-DEMO-1", "router-x", "operational-problem", "medium", "medium", "Core router reloads",
        "Reloads every night", "phone"), HOTLINE).caseNumber();
    assertThat(task(n, "work-case")).as("work task of " + n).isNotNull();
    return n;
  }

  JsonNode raiseFromCase(String caseNumber) {
    var response = as(http, "engineer1").postForEntity("/api/changes",
        Map.of("caseNumber", caseNumber, "title", "Upgrade IOS to fix CSCxy12345"), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return response.getBody();
  }

  Task changeTask(String id, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(key).singleResult();
  }

  List<Task> reviewTasks(String id) {
    return taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("review-plan")
        .orderByTaskAssignee().asc().list();
  }

  void submitPlan(String id) {
    Map<String, Object> plan = new HashMap<>();
    plan.put("planAction", "submit");
    plan.put("planWhat", "IOS 15.2(4)M7 to 15.2(4)M11 on core-1");
    plan.put("planWhy", "Fixes CSCxy12345 (nightly reloads)");
    plan.put("planRisk", "Ten minutes without routing during the reload");
    plan.put("planRollback", "Boot the previous image from flash");
    plan.put("windowStart", WINDOW_START.toString());
    plan.put("windowEnd", WINDOW_START.plus(Duration.ofHours(4)).toString());
    taskService.complete(changeTask(id, "write-plan").getId(), plan);
  }

  void review(String id, String expert, String verdict, String comment) {
    Task task = reviewTasks(id).stream().filter(t -> expert.equals(t.getAssignee())).findFirst().orElseThrow();
    taskService.complete(task.getId(), Map.of("verdict", verdict, "reviewComment", comment));
  }

  void everyExpertApproves(String id) {
    for (Task task : reviewTasks(id)) {
      review(id, task.getAssignee(), "approve", "Looks right");
    }
  }

  ChangeRequest change(String id) {
    return changeRepository.get(id);
  }

  int changeCount() {
    return jdbc.sql("SELECT COUNT(*) FROM change_request").query(Integer.class).single();
  }

  @Test
  void aBugFixFromACaseIsReviewedApprovedCarriedOutReportedAndClosesTheCase() throws Exception {
    String email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.example";
    String n = caseBeingWorked(email);
    JsonNode raised = raiseFromCase(n);
    String id = raised.path("id").asText();
    assertThat(raised.path("status").asText()).isEqualTo("PLANNING");
    assertThat(raised.path("origin").asText()).isEqualTo("CASE");
    assertThat(raised.path("chargeable").asBoolean()).as("a bug fix is free").isFalse();
    assertThat(changeTask(id, "write-plan").getAssignee()).as("the raising engineer writes the plan")
        .isEqualTo("engineer1");

    submitPlan(id);
    assertThat(reviewTasks(id)).extracting(Task::getAssignee).containsExactly("expert1", "expert2", "expert3");
    everyExpertApproves(id);

    assertThat(change(id).status()).isEqualTo(ChangeStatus.AWAITING_APPROVAL);
    assertThat(outbox.ofCase(id)).extracting(m -> m.kind()).contains(NotificationKind.CHANGE_APPROVAL_REQUEST);
    var approved = as(http, "customer1").postForEntity("/api/changes/" + id + "/approval",
        Map.of("approve", true, "comment", "Saturday night is fine"), JsonNode.class);
    assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(approved.getBody().path("status").asText()).isEqualTo("SCHEDULED");

    assertThat(changeTask(id, "implement-change")).as("not before the window").isNull();
    windowOpens(id);
    assertThat(change(id).status()).isEqualTo(ChangeStatus.IN_IMPLEMENTATION);
    taskService.complete(changeTask(id, "implement-change").getId(), Map.of("implementationOutcome", "completed",
        "implementationNote", "Reloaded at 22:07"));
    taskService.complete(changeTask(id, "write-report").getId(),
        Map.of("implementationReport", "Upgraded core-1 to 15.2(4)M11 at 22:07; routing back at 22:16."));

    assertThat(change(id).status()).isEqualTo(ChangeStatus.COMPLETED);
    assertThat(view(n).status()).as("the case it fixes").isEqualTo(CaseStatus.CLOSED);
    assertThat(events(n, io.casedesk.cases.CaseEventKind.WORK_ACTION)).extracting(e -> e.detail())
        .contains("Change " + id + " raised: Upgrade IOS to fix CSCxy12345",
            "Change " + id + " done: it is the case's solution, and the case closes");
    assertThat(changeTimeline.of(id)).extracting(ChangeTimeline.ChangeEvent::kind)
        .contains(ChangeEventKind.RAISED, ChangeEventKind.PLAN_SUBMITTED, ChangeEventKind.EXPERT_APPROVED,
            ChangeEventKind.CUSTOMER_APPROVED, ChangeEventKind.REPORT_SENT, ChangeEventKind.CASE_CLOSED);
    assertThat(changeTimeline.intact(id)).isTrue();

    drainOutbox();
    List<MimeMessage> mails = TestMailServer.mailsTo(email);
    assertThat(mails).extracting(MimeMessage::getSubject)
        .contains("[" + id + "] Implementation report: Upgrade IOS to fix CSCxy12345",
            "[" + id + "] Please approve the planned change: Upgrade IOS to fix CSCxy12345");
    MimeMessage report = mails.stream().filter(m -> subject(m).contains("Implementation report")).findFirst()
        .orElseThrow();
    assertThat(TestMailServer.textOf(report)).contains("was carried out in its window",
        "Upgraded core-1 to 15.2(4)M11 at 22:07");
  }

  @Test
  void twoExpertsApproveOneRejectsAndThePlanReturnsToItsAuthorWithTheComment() {
    String id = raiseFromCase(caseBeingWorked("ada@demo.example")).path("id").asText();
    submitPlan(id);

    review(id, "expert1", "approve", "Fine");
    review(id, "expert2", "approve", "Fine");
    review(id, "expert3", "reject", "M11 has a known memory leak; take M12");

    assertThat(change(id).status()).isEqualTo(ChangeStatus.PLANNING);
    Task plan = changeTask(id, "write-plan");
    assertThat(plan.getAssignee()).isEqualTo("engineer1");
    assertThat(taskService.getVariable(plan.getId(), "reviewComments"))
        .isEqualTo("expert3 rejected: M11 has a known memory leak; take M12");
    JsonNode view = as(http, "expert1").getForEntity("/api/changes/" + id, JsonNode.class).getBody();
    assertThat(view.path("reviews").findValuesAsText("verdict")).containsExactly("approve", "approve", "reject");

    submitPlan(id);
    assertThat(reviewTasks(id)).as("a new round for every expert").hasSize(3);
    assertThat(change(id).reviewRound()).isEqualTo(2);
  }

  @Test
  void aCustomersUpgradeIsQuotedBySalesBeforeTheCustomerApproves() {
    var response = as(http, "customer1").postForEntity("/api/changes",
        Map.of("title", "Upgrade the branch routers to IOS XE 17", "description", "New features"), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = response.getBody().path("id").asText();
    assertThat(response.getBody().path("origin").asText()).isEqualTo("CUSTOMER");
    assertThat(response.getBody().path("chargeable").asBoolean()).isTrue();
    taskService.claim(changeTask(id, "write-plan").getId(), "engineer1");
    submitPlan(id);
    everyExpertApproves(id);

    assertThat(change(id).status()).isEqualTo(ChangeStatus.QUOTING);
    Task quote = changeTask(id, "quote-upgrade");
    assertThat(taskService.getIdentityLinksForTask(quote.getId())).extracting(l -> l.getGroupId()).contains("sales");
    var early = as(http, "customer1").postForEntity("/api/changes/" + id + "/approval", Map.of("approve", true),
        JsonNode.class);
    assertThat(early.getStatusCode()).as("nothing to approve before the quote").isEqualTo(HttpStatus.CONFLICT);

    taskService.complete(quote.getId(), Map.of("quoteReference", "QT-2026-0042", "quotePrice", "EUR 1,200.00"));
    JsonNode view = as(http, "customer1").getForEntity("/api/changes/" + id, JsonNode.class).getBody();
    assertThat(view.path("status").asText()).isEqualTo("AWAITING_APPROVAL");
    assertThat(view.path("quote").path("price").asText()).isEqualTo("EUR 1,200.00");
    assertThat(view.path("reviews")).as("the experts' verdicts are for staff").isEmpty();
  }

  @Test
  void customersSeeTheirOwnCompanysChangesOnly() {
    String id = raiseFromCase(caseBeingWorked("ada@demo.example")).path("id").asText();

    for (String user : List.of("customer1", "engineer1", "expert2", "auditor1", "admin")) {
      assertThat(as(http, user).getForEntity("/api/changes/" + id, JsonNode.class).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.OK);
    }
    var other = as(http, "customer9").getForEntity("/api/changes/" + id, JsonNode.class);
    assertThat(other.getStatusCode()).as("as a change that does not exist").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(other.getBody().path("detail").asText()).isEqualTo("Change " + id + " not found");
    assertThat(as(http, "customer9").getForEntity("/api/changes", JsonNode.class).getBody().findValuesAsText("id"))
        .doesNotContain(id);
    assertThat(as(http, "customer1").getForEntity("/api/changes", JsonNode.class).getBody().findValuesAsText("id"))
        .contains(id);
    assertThat(as(http, "analyst1").getForEntity("/api/changes", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/changes", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void refusedCallsChangeNothing() {
    String n = caseBeingWorked("ada@demo.example");
    int before = changeCount();

    var noTitle = as(http, "engineer1").postForEntity("/api/changes", Map.of("caseNumber", n), JsonNode.class);
    assertThat(noTitle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noTitle.getBody().path("errors").findValuesAsText("field")).containsExactly("title");
    var noCase = as(http, "engineer1").postForEntity("/api/changes", Map.of("title", "Upgrade"), JsonNode.class);
    assertThat(noCase.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noCase.getBody().path("errors").findValuesAsText("field")).containsExactly("caseNumber");
    for (String user : List.of("auditor1", "expert1", "analyst1")) {
      assertThat(as(http, user).postForEntity("/api/changes", Map.of("caseNumber", n, "title", "Upgrade"),
          JsonNode.class).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(as(http, "customer9").postForEntity("/api/changes", Map.of("caseNumber", n, "title", "Upgrade"),
        JsonNode.class).getStatusCode()).as("another company's case").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(changeCount()).isEqualTo(before);

    String id = raiseFromCase(n).path("id").asText();
    var notYet = as(http, "customer1").postForEntity("/api/changes/" + id + "/approval", Map.of("approve", true),
        JsonNode.class);
    assertThat(notYet.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(notYet.getBody().path("detail").asText())
        .isEqualTo("Change " + id + " is not waiting for your approval (status PLANNING)");
    var noAnswer = as(http, "customer1").postForEntity("/api/changes/" + id + "/approval", Map.of("comment", "?"),
        JsonNode.class);
    assertThat(noAnswer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noAnswer.getBody().path("errors").findValuesAsText("field")).containsExactly("approve");
    assertThat(as(http, "auditor1").postForEntity("/api/changes/" + id + "/approval", Map.of("approve", true),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(change(id).status()).isEqualTo(ChangeStatus.PLANNING);
  }

  @Test
  void expertsWorkTheirReviewsThroughTheEngineRestAndReadNoCase() {
    String n = caseBeingWorked("ada@demo.example");
    String id = raiseFromCase(n).path("id").asText();
    submitPlan(id);

    JsonNode tasks = as(http, "expert1").getForEntity("/engine-rest/task?processInstanceBusinessKey=" + id,
        JsonNode.class).getBody();
    assertThat(tasks.findValuesAsText("assignee")).contains("expert1", "expert2", "expert3");
    JsonNode caseTasks = as(http, "expert1").getForEntity("/engine-rest/task?processInstanceBusinessKey=" + n,
        JsonNode.class).getBody();
    assertThat(caseTasks).as("no task of a case").isEmpty();
    assertThat(as(http, "expert1").getForEntity("/engine-rest/filter", JsonNode.class).getBody()
        .findValuesAsText("name")).contains("Plans to review");
    assertThat(as(http, "expert1").getForEntity("/api/cases/" + n, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    String own = reviewTasks(id).stream().filter(t -> "expert1".equals(t.getAssignee())).findFirst().orElseThrow()
        .getId();
    var submitted = as(http, "expert1").postForEntity("/engine-rest/task/" + own + "/submit-form",
        Map.of("variables", Map.of("verdict", Map.of("value", "approve"), "reviewComment", Map.of("value", "Fine"))),
        String.class);
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String others = reviewTasks(id).stream().filter(t -> "expert2".equals(t.getAssignee())).findFirst().orElseThrow()
        .getId();
    var notTheirs = as(http, "expert1").postForEntity("/engine-rest/task/" + others + "/submit-form",
        Map.of("variables", Map.of("verdict", Map.of("value", "approve"), "reviewComment", Map.of("value", "x"))),
        String.class);
    assertThat(notTheirs.getStatusCode()).as("another expert's review").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(reviewTasks(id)).extracting(Task::getAssignee).containsExactly("expert2", "expert3");
  }

  @Test
  void anInspectionFindingRaisesAChangeThroughTheService() {
    String id = changeService().raiseFromInspection("Demo Customer Ltd", "ops@demo.example",
        "Replace the end-of-life supervisor engine", "Inspection 2026-03: EoL hardware", true, "engineer1");

    assertThat(change(id).origin()).isEqualTo(ChangeOrigin.INSPECTION);
    assertThat(change(id).chargeable()).isTrue();
    assertThat(changeTask(id, "write-plan")).isNotNull();
  }

  @Autowired ChangeService changeService;

  ChangeService changeService() {
    return changeService;
  }

  /** Moves the clock to the window's start and runs the change's timer that falls due. */
  void windowOpens(String id) {
    String pi = change(id).processInstanceId();
    Job timer = managementService.createJobQuery().processInstanceId(pi).timers().list().stream()
        .filter(j -> j.getDuedate().toInstant().equals(WINDOW_START)).findFirst().orElseThrow();
    ClockUtil.setCurrentTime(Date.from(WINDOW_START));
    managementService.executeJob(timer.getId());
  }

  void drainOutbox() {
    for (int i = 0; i < 1000 && outboxSender.drain() > 0; i++) {
      // next batch
    }
  }

  static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
