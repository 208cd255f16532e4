package io.casedesk.cases;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.complaints.ComplaintEventKind;
import io.casedesk.notification.Notification.RecipientType;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Outbox;
import io.casedesk.process.Actors;
import io.casedesk.security.IdentityBootstrap;
import io.casedesk.security.PersonNames;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * What is internal stays internal: which timeline events a customer sees, kind by kind, and that a customer never
 * reads a user id or a note written for the desk, while staff still read everything.
 */
class CustomerVisibilityTest extends CaseTestSupport {

  private static final boolean SHOWN = true;
  private static final boolean HIDDEN = false;

  /**
   * Every kind of the case timeline (which also carries the RMA and red-flag steps) and whether customers see it.
   * A new kind fails {@link #everyCaseEventKindIsDecided} until it is added here.
   */
  private static final Map<CaseEventKind, Boolean> CASE_EVENTS = table(CaseEventKind.class,
      CaseEventKind.OPENED, SHOWN,
      CaseEventKind.ENTITLEMENT_CHECKED, HIDDEN, // contract and service level: the desk's check
      CaseEventKind.NO_CONTRACT, SHOWN,
      CaseEventKind.SALES_FOLLOW_UP, HIDDEN, // what sales noted
      CaseEventKind.TRIAGE_DELAYED, SHOWN, // what happens next, without the failure
      CaseEventKind.TRIAGED, SHOWN,
      CaseEventKind.PRIORITY_CONFIRMED, SHOWN, // without the hotline's note for the engineer
      CaseEventKind.PRIORITY_CHANGED, SHOWN, // without the hotline's note
      CaseEventKind.ASSIGNED, SHOWN, // the engineer by name
      CaseEventKind.UNASSIGNED, SHOWN,
      CaseEventKind.WORK_ACTION, HIDDEN, // the engineer's work notes
      CaseEventKind.INFORMATION_REQUESTED, SHOWN,
      CaseEventKind.SLA_PAUSED, SHOWN,
      CaseEventKind.SLA_RESUMED, SHOWN,
      CaseEventKind.ESCALATED, SHOWN,
      CaseEventKind.SUPERVISOR_DECISION, HIDDEN,
      CaseEventKind.RMA_REQUESTED, SHOWN, // without the engineer's note
      CaseEventKind.RMA_FINISHED, SHOWN,
      CaseEventKind.VENDOR_CASE_OPENED, SHOWN,
      CaseEventKind.SOLUTION_PROPOSED, SHOWN,
      CaseEventKind.CLOSURE_CONFIRMED, SHOWN,
      CaseEventKind.CLOSURE_REJECTED, SHOWN,
      CaseEventKind.CLOSURE_REMINDER_SENT, SHOWN,
      CaseEventKind.CLOSED, SHOWN,
      CaseEventKind.REOPENED, SHOWN,
      CaseEventKind.FOLLOW_UP_CASE_OPENED, SHOWN,
      CaseEventKind.CUSTOMER_MESSAGE, SHOWN,
      CaseEventKind.AGENT_MESSAGE, SHOWN,
      CaseEventKind.INTERNAL_NOTE, HIDDEN, // an agent's note beside a task in Tasklist, unless sent as a message
      CaseEventKind.DUTY_MANAGER_REQUESTED, SHOWN,
      CaseEventKind.ACTION_PLAN_PUBLISHED, SHOWN,
      CaseEventKind.DUTY_MANAGER_OVERDUE, HIDDEN,
      CaseEventKind.SURVEY_ANSWERED, SHOWN,
      CaseEventKind.COMPLAINT_RECEIVED, SHOWN,
      CaseEventKind.RED_FLAG_DECLARED, SHOWN, // who declared it by name
      CaseEventKind.RED_FLAG_ACKNOWLEDGED, HIDDEN,
      CaseEventKind.RED_FLAG_ESCALATED, HIDDEN,
      CaseEventKind.RED_FLAG_STATUS_UPDATE, SHOWN,
      CaseEventKind.RED_FLAG_RESTORED, SHOWN,
      CaseEventKind.RED_FLAG_REPORT_OVERDUE, HIDDEN,
      CaseEventKind.RED_FLAG_REPORT_REVIEWED, HIDDEN,
      CaseEventKind.RED_FLAG_CLOSED, SHOWN,
      CaseEventKind.RMA_OPENED, SHOWN, // without the engineer's note
      CaseEventKind.RMA_CANCELLED, SHOWN,
      CaseEventKind.RMA_REQUEST_FILED, SHOWN,
      CaseEventKind.RMA_REQUEST_CONFIRMED, SHOWN,
      CaseEventKind.RMA_REQUEST_REFUSED, SHOWN,
      CaseEventKind.RMA_NOT_COVERED, SHOWN,
      CaseEventKind.RMA_QUOTE_SENT, SHOWN,
      CaseEventKind.RMA_PART_ISSUED, SHOWN,
      CaseEventKind.RMA_VENDOR_REQUESTED, SHOWN,
      CaseEventKind.RMA_VENDOR_CHASED, HIDDEN,
      CaseEventKind.RMA_PART_RECEIVED, SHOWN,
      CaseEventKind.RMA_PART_REPLACED, SHOWN,
      CaseEventKind.RMA_FIX_CONFIRMED, SHOWN,
      CaseEventKind.RMA_FIX_REFUSED, SHOWN,
      CaseEventKind.RMA_RETURN_OVERDUE, HIDDEN,
      CaseEventKind.RMA_PART_RETURNED, SHOWN,
      CaseEventKind.ATTACHMENT_ADDED, SHOWN,
      CaseEventKind.ATTACHMENT_REJECTED, SHOWN,
      CaseEventKind.HEALTH_ALERT_FIRING, SHOWN,
      CaseEventKind.HEALTH_ALERT_REPEATED, SHOWN,
      CaseEventKind.HEALTH_ALERT_RESOLVED, SHOWN,
      // a problem names other customers' cases and the desk's diagnosis: the engineer tells the customer what applies
      CaseEventKind.PROBLEM_LINKED, HIDDEN,
      CaseEventKind.PROBLEM_UNLINKED, HIDDEN,
      CaseEventKind.PROBLEM_KNOWN_ERROR, HIDDEN,
      CaseEventKind.PROBLEM_FIXED, HIDDEN);

  /** The complaint timeline, shown to customers in {@code GET /api/complaints/{id}}. */
  private static final Map<ComplaintEventKind, Boolean> COMPLAINT_EVENTS = table(ComplaintEventKind.class,
      ComplaintEventKind.RECEIVED, SHOWN,
      ComplaintEventKind.ROUTING_DELAYED, SHOWN, // what happens next, without the failure
      ComplaintEventKind.CLASSIFIED, SHOWN,
      ComplaintEventKind.ROUTED, SHOWN,
      ComplaintEventKind.ESCALATED, HIDDEN, // to the department head or management
      ComplaintEventKind.ANSWERED, SHOWN,
      ComplaintEventKind.CALL_BACK, SHOWN,
      ComplaintEventKind.REOPENED, SHOWN,
      ComplaintEventKind.REFERRED_TO_MANAGEMENT, SHOWN,
      ComplaintEventKind.SETTLED, SHOWN,
      ComplaintEventKind.CLOSED, SHOWN);

  private static final String HOTLINE_NOTE = "Caller sounded furious, VIP of the account: be gentle";
  private static final String WORK_NOTE = "Line card 3 looks dead, probably the known ACME firmware bug";
  private static final List<String> USER_IDS =
      List.of("engineer1", "hotline1", "supervisor1", "manager1", "customer1", "rmadesk1", "sales1");

  @Autowired TestRestTemplate http;
  @Autowired PersonNames personNames;
  @Autowired IdentityBootstrap identity;

  @Test
  void everyCaseEventKindIsDecided() {
    assertThat(CASE_EVENTS.keySet()).as("kinds without a decision in this test")
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(CaseEventKind.class));
    CASE_EVENTS.forEach((kind, shown) ->
        assertThat(!kind.isInternal()).as("customers see " + kind).isEqualTo(shown));
  }

  @Test
  void everyComplaintEventKindIsDecided() {
    assertThat(COMPLAINT_EVENTS.keySet()).as("kinds without a decision in this test")
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ComplaintEventKind.class));
    COMPLAINT_EVENTS.forEach((kind, shown) ->
        assertThat(!kind.isInternal()).as("customers see " + kind).isEqualTo(shown));
  }

  @Test
  void theCustomerReadsNamesAndNoInternalNotesWhileStaffReadEverything() {
    // the customer opens a P1 on the web: the hotline calls to confirm it
    JsonNode opened = as(http, "customer1").postForEntity("/api/cases", CaseApiTest.newCase("high", "high"),
        JsonNode.class).getBody();
    String n = opened.path("caseNumber").asText();

    String confirm = task(n, "confirm-priority").getId();
    engineRest("hotline1", "/task/" + confirm + "/claim", Map.of("userId", "hotline1"));
    engineRest("hotline1", "/task/" + confirm + "/complete", Map.of("variables", Map.of(
        "confirmedPriority", Map.of("value", "P1"), "confirmationNote", Map.of("value", HOTLINE_NOTE))));

    // the engineer claims the case, notes what he found, and writes to the customer
    String work = task(n, "work-case").getId();
    engineRest("engineer1", "/task/" + work + "/claim", Map.of("userId", "engineer1"));
    engineRest("engineer1", "/task/" + work + "/complete", Map.of("variables", Map.of(
        "workAction", Map.of("value", "note"), "actionNote", Map.of("value", WORK_NOTE))));
    assertThat(as(http, "engineer1").postForEntity("/api/cases/" + n + "/messages",
        Map.of("text", "We are replacing a line card"), String.class).getStatusCode().is2xxSuccessful()).isTrue();

    // the SLA clock escalates to the engineers, the hotline declares a red flag, the customer asks for the duty
    // manager, who calls back with a plan of which one line has no owner: the duty manager's own
    advanceBy(n, Duration.ofMinutes(31));
    assertThat(as(http, "hotline1").postForEntity("/api/cases/" + n + "/emergency",
        Map.of("criterion", "Media involved", "description", "A TV crew is at the head office"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(as(http, "customer1").postForEntity("/api/cases/" + n + "/escalation",
        Map.of("reason", "Nothing works since this morning"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    engineRest("manager1", "/task/" + task(n, "call-back-customer").getId() + "/complete", Map.of("variables",
        Map.of("actionPlan", Map.of("value", "Bring a spare line card to the site\nField team: on site by 14:00"))));

    String asCustomer = as(http, "customer1").getForEntity("/api/cases/" + n, String.class).getBody();
    JsonNode customerView = json(asCustomer);
    assertThat(customerView.path("timeline").findValuesAsText("kind")).contains("ASSIGNED", "PRIORITY_CONFIRMED",
        "ESCALATED", "RED_FLAG_DECLARED", "AGENT_MESSAGE", "ACTION_PLAN_PUBLISHED").doesNotContain("WORK_ACTION");
    for (String userId : USER_IDS) {
      assertThat(asCustomer).as("the customer's view names no user id").doesNotContain(userId);
    }
    assertThat(asCustomer).doesNotContain(HOTLINE_NOTE).doesNotContain(WORK_NOTE).doesNotContain("TV crew");
    assertThat(customerView.path("assignee").asText()).isEqualTo("Demo engineer");
    assertThat(details(customerView, "ASSIGNED")).containsExactly("Assigned to Demo engineer");
    assertThat(details(customerView, "PRIORITY_CONFIRMED")).containsExactly("Priority P1 confirmed on the phone");
    assertThat(details(customerView, "RED_FLAG_DECLARED")).singleElement().asString()
        .endsWith("declared by Demo hotline");
    assertThat(actors(customerView, "AGENT_MESSAGE")).containsExactly("Demo engineer");
    assertThat(actors(customerView, "OPENED")).containsExactly("Demo customer");
    assertThat(customerView.path("actionPlan").findValuesAsText("owner")).containsExactly("Demo manager", "Field team");

    // the case service gives the customer the same, and so does the customer's case list
    CaseView viaService = cases.view(n, CUSTOMER);
    assertThat(viaService.assignee()).isEqualTo("Demo engineer");
    assertThat(viaService.timeline()).extracting(Timeline.CaseEvent::actor).doesNotContainAnyElementsOf(USER_IDS);
    String list = as(http, "customer1").getForEntity("/api/cases?size=100", String.class).getBody();
    USER_IDS.forEach(userId -> assertThat(list).as("the customer's case list").doesNotContain(userId));

    // staff still read who did what, by user id, and every note
    String asStaff = as(http, "supervisor1").getForEntity("/api/cases/" + n, String.class).getBody();
    assertThat(asStaff).contains("engineer1", "hotline1", "manager1", HOTLINE_NOTE, WORK_NOTE);
    assertThat(json(asStaff).path("assignee").asText()).isEqualTo("engineer1");
    assertThat(details(json(asStaff), "ASSIGNED")).containsExactly("Assigned to engineer1");

    // nor do the e-mails to the customer carry a user id or a note for the desk
    List<Outbox.OutboxMessage> toCustomer = outbox.ofCase(n).stream()
        .filter(m -> m.recipientType() == RecipientType.CUSTOMER).toList();
    assertThat(toCustomer).extracting(Outbox.OutboxMessage::kind)
        .contains(NotificationKind.ACKNOWLEDGEMENT, NotificationKind.AGENT_MESSAGE, NotificationKind.ACTION_PLAN);
    for (Outbox.OutboxMessage message : toCustomer) {
      USER_IDS.forEach(userId -> assertThat(message.payload()).as(message.kind() + " e-mail").doesNotContain(userId));
      assertThat(message.payload()).doesNotContain(HOTLINE_NOTE).doesNotContain(WORK_NOTE);
    }
    assertThat(notifications(n, NotificationKind.ACTION_PLAN)).singleElement()
        .satisfies(m -> assertThat(m.payload()).contains("Demo manager"));
  }

  @Test
  void aChangedPriorityKeepsTheHotlinesNoteFromTheCustomer() {
    JsonNode opened = as(http, "customer1").postForEntity("/api/cases", CaseApiTest.newCase("high", "high"),
        JsonNode.class).getBody();
    String n = opened.path("caseNumber").asText();
    String confirm = task(n, "confirm-priority").getId();
    engineRest("hotline1", "/task/" + confirm + "/claim", Map.of("userId", "hotline1"));
    engineRest("hotline1", "/task/" + confirm + "/complete", Map.of("variables", Map.of(
        "confirmedPriority", Map.of("value", "P2"), "confirmationNote", Map.of("value", HOTLINE_NOTE))));

    String asCustomer = as(http, "customer1").getForEntity("/api/cases/" + n, String.class).getBody();
    assertThat(details(json(asCustomer), "PRIORITY_CHANGED"))
        .containsExactly("Priority changed from P1 to P2 after our call");
    assertThat(asCustomer).doesNotContain(HOTLINE_NOTE).doesNotContain("hotline1");
    assertThat(as(http, "auditor1").getForEntity("/api/cases/" + n, String.class).getBody())
        .contains(HOTLINE_NOTE, "hotline1");
  }

  @Test
  void peopleWithoutANameAreNamedByTheirRoleAndUnknownIdsByNoneAtAll() {
    identity.ensureUser("engineer7", null, null, "demo", Set.of("engineers"));
    PersonNames.Lookup names = personNames.lookup();
    assertThat(names.actor("engineer1")).isEqualTo("Demo engineer");
    assertThat(names.actor("engineer7")).as("no name: the role").isEqualTo("Engineer");
    assertThat(names.actor("gone42")).as("no such user: no id either").isEqualTo(PersonNames.STAFF);
    assertThat(names.actor("ada@demo.example")).as("a customer who wrote in").isEqualTo("ada@demo.example");
    assertThat(names.actor(Actors.SYSTEM)).isEqualTo(Actors.SYSTEM);
    assertThat(names.nameOrText("Field team")).as("free text stays").isEqualTo("Field team");
  }

  private void engineRest(String userId, String path, Object body) {
    assertThat(as(http, userId).postForEntity("/engine-rest" + path, body, String.class).getStatusCode())
        .as(userId + " POST " + path).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static List<String> details(JsonNode view, String kind) {
    return events(view, kind).stream().map(e -> e.path("detail").asText()).toList();
  }

  private static List<String> actors(JsonNode view, String kind) {
    return events(view, kind).stream().map(e -> e.path("actor").asText()).toList();
  }

  private static List<JsonNode> events(JsonNode view, String kind) {
    return java.util.stream.StreamSupport.stream(view.path("timeline").spliterator(), false)
        .filter(e -> kind.equals(e.path("kind").asText())).toList();
  }

  private static JsonNode json(String body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <K extends Enum<K>> Map<K, Boolean> table(Class<K> type, Object... kindsAndDecisions) {
    Map<K, Boolean> table = new LinkedHashMap<>();
    for (int i = 0; i < kindsAndDecisions.length; i += 2) {
      Boolean previous = table.put(type.cast(kindsAndDecisions[i]), (Boolean) kindsAndDecisions[i + 1]);
      assertThat(previous).as(kindsAndDecisions[i] + " listed twice").isNull();
    }
    return table;
  }
}
