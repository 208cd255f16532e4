package io.casedesk.deployment;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.BrokenRules;
import io.casedesk.support.CaseTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseStatus;
import io.casedesk.cases.Timeline;
import io.casedesk.notification.NotificationKind;
import java.util.Date;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * An analyst deploys one file from Camunda Modeler, exactly as Modeler does, and the next case follows it.
 * Each test undoes what it deployed afterwards, so the tests that share the database meet processes/ as it is:
 * tables and forms are deleted (nothing runs on them), a diagram is deployed back as processes/ holds it (the
 * case started on the analyst's version stays, like any other test's case).
 */
class ModelerDeploymentTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;

  private final List<String> deployed = new ArrayList<>();
  private final List<String> diagramsToRestore = new ArrayList<>();

  @AfterEach
  void undeploy() throws IOException {
    for (String file : diagramsToRestore) {
      repositoryService.createDeployment().name("test-restore").source("ModelerDeploymentTest")
          .addString(Path.of(file).getFileName().toString(), read(file)).deploy();
    }
    // historic decision instances of the analyst's tables go with them
    deployed.forEach(id -> repositoryService.deleteDeployment(id, true, true));
  }

  @Test
  void slaPolicyDeployedAloneGovernsTheNextCaseAndARunningCaseKeepsItsTimer() throws IOException {
    String running = open("high", "medium", "phone").caseNumber();
    assertThat(view(running).priority()).isEqualTo("P2");
    assertThat(timers(running)).contains(T0.plus(Duration.ofHours(1)));

    String policy = read("processes/sla-policy.dmn");
    String changed = policy.replace(
        "<outputEntry id=\"rule-sla-p2-gold-engineer\"><text>\"PT1H\"</text>",
        "<outputEntry id=\"rule-sla-p2-gold-engineer\"><text>\"PT45M\"</text>");
    assertThat(changed).isNotEqualTo(policy);

    ResponseEntity<JsonNode> deployment = deployAsModeler("analyst1", "sla-policy.dmn", changed);
    assertThat(deployment.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(deployment.getBody().path("deployedDecisionDefinitions").size()).isPositive();

    String next = open("high", "medium", "phone").caseNumber();
    assertThat(view(next).priority()).isEqualTo("P2");
    assertThat(timers(next)).as("engineer escalation of the next P2 case after the analyst's table")
        .containsExactly(T0.plus(Duration.ofMinutes(45)));
    assertThat(timers(running)).as("the running case evaluated the table at triage and keeps its timer")
        .containsExactly(T0.plus(Duration.ofHours(1)));
  }

  @Test
  void aRunningCaseReassessedAfterTheChangeEvaluatesTheNewTable() throws IOException {
    String n = open("high", "high", "web").caseNumber();
    assertThat(view(n).priority()).isEqualTo("P1");
    deployAsModeler("analyst1", "sla-policy.dmn", read("processes/sla-policy.dmn").replace(
        "<outputEntry id=\"rule-sla-p2-gold-engineer\"><text>\"PT1H\"</text>",
        "<outputEntry id=\"rule-sla-p2-gold-engineer\"><text>\"PT45M\"</text>"));

    complete(n, "confirm-priority", Map.of("confirmedPriority", "P2", "confirmationNote", "Two sites only"));

    assertThat(view(n).priority()).isEqualTo("P2");
    assertThat(timers(n)).as("decisions bind 'latest': the reassessment after the change reads the analyst's table")
        .containsExactly(T0.plus(Duration.ofMinutes(45)));
  }

  @Test
  void caseHandlingDeployedAloneOpensAndTriagesNewCases() throws IOException {
    String diagram = read("processes/case-handling.bpmn");
    String changed = diagram.replace(
        "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P3D</bpmn:timeDuration>",
        "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P2D</bpmn:timeDuration>");
    assertThat(changed).isNotEqualTo(diagram);

    ResponseEntity<JsonNode> deployment = deployAsModeler("analyst1", "case-handling.bpmn", changed);
    assertThat(deployment.getStatusCode()).isEqualTo(HttpStatus.OK);
    String deploymentId = deployment.getBody().path("id").asText();
    deployed.remove(deploymentId);
    diagramsToRestore.add("processes/case-handling.bpmn");

    var opened = as(http, "hotline1").postForEntity("/api/cases", newCase("high", "medium"), JsonNode.class);

    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String n = opened.getBody().path("caseNumber").asText();
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionId(instance(n).getProcessDefinitionId()).singleResult();
    assertThat(definition.getDeploymentId()).as("the case runs the analyst's diagram").isEqualTo(deploymentId);
    assertThat(view(n).priority()).as("triage evaluated the decision tables").isEqualTo("P2");
    assertThat(timers(n)).as("triage started the SLA clock")
        .containsExactly(T0.plus(Duration.ofHours(1)));
  }

  @Test
  void aBrokenTableKeepsTheCaseWithItsNumberAndLeavesAnIncidentThatARetryAfterTheFixClears() throws IOException {
    String table = read("processes/case-priority.dmn");
    assertThat(deployAsModeler("admin", "case-priority.dmn", BrokenRules.casePriorityMatchingTwice()).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    var opened = as(http, "hotline1").postForEntity("/api/cases", newCase("high", "medium"), JsonNode.class);

    assertThat(opened.getStatusCode()).as("registered, not triaged").isEqualTo(HttpStatus.ACCEPTED);
    String n = opened.getBody().path("caseNumber").asText();
    assertThat(n).matches("CS-2026-\\d{6}");
    assertThat(opened.getHeaders().getLocation()).hasToString("/api/cases/" + n);
    assertThat(opened.getBody().path("status").asText()).isEqualTo("NEW");
    JsonNode last = opened.getBody().path("timeline").get(opened.getBody().path("timeline").size() - 1);
    assertThat(last.path("kind").asText()).isEqualTo("TRIAGE_DELAYED");
    assertThat(last.path("detail").asText()).contains("registered your case").contains("acknowledgement");
    var customerView = as(http, "customer1").getForEntity("/api/cases/" + n, JsonNode.class);
    assertThat(customerView.getStatusCode()).as("the customer follows the case by its number").isEqualTo(HttpStatus.OK);
    assertThat(customerView.getBody().path("status").asText()).isEqualTo("NEW");

    Job triage = managementService.createJobQuery().processInstanceId(instance(n).getId()).singleResult();
    assertThat(triage.getRetries()).as("the API's attempt was the first of four").isEqualTo(3);
    assertThat(triage.getDuedate().toInstant()).as("the job executor retries after a back-off").isAfter(T0);
    while (triage.getRetries() > 0) { // the job executor's attempts
      try {
        managementService.executeJob(triage.getId());
      } catch (RuntimeException expected) {
        triage = managementService.createJobQuery().jobId(triage.getId()).singleResult();
      }
    }
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance(n).getId()).singleResult();
    assertThat(incident).as("an incident in Cockpit").isNotNull();
    assertThat(incident.getActivityId()).isEqualTo("check-entitlement");
    assertThat(incident.getFailedActivityId()).isEqualTo("determine-priority");
    assertThat(notifications(n, NotificationKind.ACKNOWLEDGEMENT)).isEmpty();

    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofMinutes(20))));
    assertThat(deployAsModeler("admin", "case-priority.dmn", table).getStatusCode()).isEqualTo(HttpStatus.OK);
    var retry = as(http, "admin").exchange("/engine-rest/job/" + triage.getId() + "/retries", HttpMethod.PUT,
        new HttpEntity<>(Map.of("retries", 1)), String.class);
    assertThat(retry.getStatusCode()).as("Cockpit's retry").isEqualTo(HttpStatus.NO_CONTENT);
    managementService.executeJob(triage.getId());

    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance(n).getId()).count()).isZero();
    assertThat(view(n).status()).isEqualTo(CaseStatus.OPEN);
    assertThat(view(n).priority()).isEqualTo("P2");
    assertThat(timers(n)).as("the SLA clock counts from the report, not from the retry")
        .contains(T0.plus(Duration.ofHours(1)));
    assertThat(view(n).timeline()).extracting(Timeline.CaseEvent::kind).containsSubsequence(
        CaseEventKind.OPENED, CaseEventKind.TRIAGE_DELAYED, CaseEventKind.ENTITLEMENT_CHECKED, CaseEventKind.TRIAGED);
    assertThat(notifications(n, NotificationKind.ACKNOWLEDGEMENT)).hasSize(1);
  }

  @Test
  void aBrokenRoutingTableKeepsTheComplaintWithItsNumberAndLeavesAnIncident() throws IOException {
    String table = read("processes/complaint-routing.dmn");
    // the catch-all row now matches beside every class's row, which a UNIQUE table refuses
    String broken = table.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"UNIQUE\"");
    assertThat(broken).isNotEqualTo(table);
    assertThat(deployAsModeler("admin", "complaint-routing.dmn", broken).getStatusCode()).isEqualTo(HttpStatus.OK);

    var raised = as(http, "customer1").postForEntity("/api/complaints", Map.of("complaintClass", "billing",
        "description", "Invoiced twice for March", "contactName", "Ada Lovelace"), JsonNode.class);

    assertThat(raised.getStatusCode()).as("registered, not routed").isEqualTo(HttpStatus.ACCEPTED);
    String id = raised.getBody().path("complaintId").asText();
    assertThat(raised.getHeaders().getLocation()).hasToString("/api/complaints/" + id);
    assertThat(raised.getBody().path("status").asText()).isEqualTo("RECEIVED");
    JsonNode timeline = raised.getBody().path("timeline");
    assertThat(timeline.get(timeline.size() - 1).path("detail").asText()).contains("registered your complaint");
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
    Job routing = managementService.createJobQuery().processInstanceId(instance).singleResult();
    assertThat(routing.getRetries()).isEqualTo(3);
    managementService.setJobRetries(routing.getId(), 0);
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("register-complaint");

    assertThat(deployAsModeler("admin", "complaint-routing.dmn", table).getStatusCode()).isEqualTo(HttpStatus.OK);
    managementService.setJobRetries(routing.getId(), 1);
    managementService.executeJob(routing.getId());

    var routed = as(http, "customer1").getForEntity("/api/complaints/" + id, JsonNode.class);
    assertThat(routed.getBody().path("status").asText()).isEqualTo("INVESTIGATING");
    assertThat(routed.getBody().path("department").asText()).isNotBlank();
  }

  @Test
  void theApiAcceptsWhatTheTableTheProcessWillEvaluateAccepts() throws IOException {
    var refused = as(http, "hotline1").postForEntity("/api/cases", newCase("critical", "low"), JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("errors").findValuesAsText("field")).containsExactly("impact");

    String table = read("processes/case-priority.dmn");
    String changed = table
        .replace("<text>\"high\",\"medium\",\"low\"</text>\n        </inputValues>\n      </input>\n"
            + "      <input id=\"input-urgency\"",
            "<text>\"critical\",\"high\",\"medium\",\"low\"</text>\n        </inputValues>\n      </input>\n"
            + "      <input id=\"input-urgency\"")
        .replace("      <rule id=\"rule-high-high\">",
            "      <rule id=\"rule-critical\">\n"
            + "        <inputEntry id=\"rule-critical-impact\"><text>\"critical\"</text></inputEntry>\n"
            + "        <inputEntry id=\"rule-critical-urgency\"><text></text></inputEntry>\n"
            + "        <outputEntry id=\"rule-critical-priority\"><text>\"P1\"</text></outputEntry>\n"
            + "      </rule>\n"
            + "      <rule id=\"rule-high-high\">");
    assertThat(changed).contains("\"critical\",\"high\"").contains("rule-critical-priority");
    assertThat(deployAsModeler("analyst1", "case-priority.dmn", changed).getStatusCode()).isEqualTo(HttpStatus.OK);

    var opened = as(http, "hotline1").postForEntity("/api/cases", newCase("critical", "low"), JsonNode.class);

    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(view(opened.getBody().path("caseNumber").asText()).priority())
        .as("triage evaluated the analyst's table, the one the API checked the impact against").isEqualTo("P1");
  }

  @Test
  void adminsListTheDefinitionsAnAnalystChangedSinceStartUpDeployedTheFiles() throws IOException {
    assertThat(drift().findValuesAsText("resource")).doesNotContain("sla-policy.dmn", "case-intake.form");
    String form = read("forms/case-intake.form");
    String changedForm = form.replaceFirst("\"label\": ?\"", "$0Analyst: ");
    assertThat(changedForm).isNotEqualTo(form);
    String analysts = deployAsModeler("analyst1", "sla-policy.dmn", read("processes/sla-policy.dmn")
        .replace("<outputEntry id=\"rule-sla-p2-gold-engineer\"><text>\"PT1H\"</text>",
            "<outputEntry id=\"rule-sla-p2-gold-engineer\"><text>\"PT45M\"</text>")).getBody().path("id").asText();
    deployAsModeler("analyst1", "case-intake.form", changedForm);

    JsonNode drift = drift();

    List<JsonNode> policy = new ArrayList<>();
    drift.forEach(d -> {
      if (d.path("resource").asText().equals("sla-policy.dmn")) {
        policy.add(d);
      }
    });
    assertThat(policy).extracting(d -> d.path("key").asText())
        .containsExactlyInAnyOrder("sla-policy");
    assertThat(policy).allSatisfy(d -> {
      assertThat(d.path("kind").asText()).isEqualTo("decision");
      assertThat(d.path("deploymentId").asText()).isEqualTo(analysts);
      assertThat(d.path("source").asText()).isEqualTo("Camunda Modeler");
      assertThat(d.path("deployedBy").asText()).isEqualTo("analyst1");
      assertThat(d.path("fileVersion").asInt()).isEqualTo(d.path("latestVersion").asInt() - 1);
    });
    assertThat(drift.findValuesAsText("resource")).contains("case-intake.form");
    assertThat(as(http, "analyst1").getForEntity("/api/admin/definitions/drift", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private JsonNode drift() {
    var response = as(http, "admin").getForEntity("/api/admin/definitions/drift", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static Map<String, Object> newCase(String impact, String urgency) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("callerName", "Grace Hopper");
    body.put("callerCompany", "Demo Customer Ltd");
    body.put("callerPhone", "+36 1 555 0100");
    body.put("callerEmail", "grace@demo.example");
    body.put("contractId", "CT-DEMO-1");
    body.put("product", "router-x");
    body.put("category", "operational-problem");
    body.put("impact", impact);
    body.put("urgency", urgency);
    body.put("subject", "All sites down");
    body.put("description", "Nothing answers since 08:55");
    return body;
  }

  /** {@code POST /engine-rest/deployment/create} with the form fields and the one file Camunda Modeler sends. */
  private ResponseEntity<JsonNode> deployAsModeler(String user, String fileName, String content) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", fileName.replaceFirst("\\.[a-z]+$", ""));
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("enable-duplicate-filtering", "true");
    parts.add(fileName, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<JsonNode> response = as(http, user)
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), JsonNode.class);
    if (response.getBody() != null && response.getBody().hasNonNull("id")) {
      deployed.add(response.getBody().path("id").asText());
    }
    return response;
  }

  private static String read(String file) throws IOException {
    return Files.readString(Path.of(file));
  }
}
