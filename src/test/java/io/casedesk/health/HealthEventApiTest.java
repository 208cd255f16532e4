package io.casedesk.health;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.contracts.Contract;
import io.casedesk.contracts.RegisteredSystem;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Alertmanager's webhook as Alertmanager calls it: HTTP basic as the technical user {@code alertmanager1} (group
 * {@code alerting}), the version-4 JSON body, on PostgreSQL with the whole server.
 */
class HealthEventApiTest extends CaseTestSupport {

  static final String URL = "/api/health-events/alertmanager";

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;

  /** A router registered under a contract of Demo Customer Ltd (customer1's company), serial number unique per test. */
  String serial;
  String fingerprint;

  @BeforeEach
  void registeredSystem() {
    String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    serial = "SN-MON-" + id;
    fingerprint = "f" + id.toLowerCase();
    contracts.insert(new Contract("CT-MON-" + id, "Demo Customer Ltd", "gold", "24x7", LocalDate.of(2020, 1, 1),
        LocalDate.of(2099, 12, 31), List.of(new RegisteredSystem("router-x", serial, "Lyon"))));
  }

  /** One alert as Alertmanager sends it; {@code endsAt} null means firing (Alertmanager's zero time). */
  static Map<String, Object> alert(String fingerprint, String serial, String severity, Instant startsAt,
      Instant endsAt) {
    Map<String, Object> labels = new LinkedHashMap<>();
    labels.put("alertname", "RouterDown");
    labels.put("instance", "10.0.0.1:9100");
    labels.put("job", "routers");
    if (severity != null) {
      labels.put("severity", severity);
    }
    if (serial != null) {
      labels.put("casedesk_system", serial);
    }
    Map<String, Object> alert = new LinkedHashMap<>();
    alert.put("status", endsAt == null ? "firing" : "resolved");
    alert.put("labels", labels);
    alert.put("annotations", Map.of("summary", "Router does not answer", "description", "No scrape for 5 minutes"));
    alert.put("startsAt", startsAt.toString());
    alert.put("endsAt", endsAt == null ? "0001-01-01T00:00:00Z" : endsAt.toString());
    alert.put("generatorURL", "http://prometheus.example:9090/graph?g0.expr=up+%3D%3D+0");
    alert.put("fingerprint", fingerprint);
    return alert;
  }

  static Map<String, Object> notification(List<Map<String, Object>> alerts) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("receiver", "casedesk");
    body.put("status", alerts.stream().anyMatch(a -> "firing".equals(a.get("status"))) ? "firing" : "resolved");
    body.put("alerts", alerts);
    body.put("groupLabels", Map.of("alertname", "RouterDown"));
    body.put("commonLabels", Map.of("alertname", "RouterDown"));
    body.put("commonAnnotations", Map.of());
    body.put("externalURL", "http://alertmanager.example:9093");
    body.put("version", "4");
    body.put("groupKey", "{}:{alertname=\"RouterDown\"}");
    body.put("truncatedAlerts", 0);
    return body;
  }

  JsonNode post(String user, Map<String, Object> body, HttpStatus expected) {
    var response = as(http, user).postForEntity(URL, body, JsonNode.class);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(expected);
    return response.getBody();
  }

  JsonNode postAlert(Map<String, Object> alert) {
    return post("alertmanager1", notification(List.of(alert)), HttpStatus.OK).path("alerts").path(0);
  }

  void clockAt(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
  }

  List<String> healthEntries(JsonNode caseView) {
    List<String> kinds = new ArrayList<>();
    caseView.path("timeline").forEach(event -> {
      if (event.path("kind").asText().startsWith("HEALTH_ALERT_")) {
        kinds.add(event.path("kind").asText());
      }
    });
    return kinds;
  }

  long rows(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE fingerprint = :f").param("f", fingerprint)
        .query(Long.class).single();
  }

  long casesOfSystem() {
    return jdbc.sql("SELECT COUNT(*) FROM support_case WHERE subject LIKE :s").param("s", "%" + serial + "%")
        .query(Long.class).single();
  }

  @Test
  void firingRepeatAndResolvedMakeOneCaseWithThreeTimelineEntries() {
    Instant started = T0.minus(Duration.ofMinutes(3));
    Map<String, Object> firing = alert(fingerprint, serial, "critical", started, null);

    JsonNode first = postAlert(firing);
    assertThat(first.path("outcome").asText()).isEqualTo("CASE_OPENED");
    String caseNumber = first.path("caseNumber").asText();
    assertThat(caseNumber).matches("CS-\\d{4}-\\d{6}");

    // Alertmanager retries a delivery whose answer it did not get: the same notice again changes nothing
    assertThat(postAlert(firing).path("outcome").asText()).isEqualTo("ALREADY_TAKEN");

    // repeat_interval later it sends the still-firing alert again: a repeat
    clockAt(T0.plus(Duration.ofMinutes(30)));
    JsonNode repeat = postAlert(firing);
    assertThat(repeat.path("outcome").asText()).isEqualTo("REPEAT_RECORDED");
    assertThat(repeat.path("caseNumber").asText()).isEqualTo(caseNumber);

    clockAt(T0.plus(Duration.ofMinutes(45)));
    Map<String, Object> resolved = alert(fingerprint, serial, "critical", started, T0.plus(Duration.ofMinutes(42)));
    JsonNode end = postAlert(resolved);
    assertThat(end.path("outcome").asText()).isEqualTo("RESOLVED_RECORDED");
    assertThat(end.path("caseNumber").asText()).isEqualTo(caseNumber);
    // the resolved alert stays in the group's next notifications for a while: taken once
    clockAt(T0.plus(Duration.ofMinutes(50)));
    assertThat(postAlert(resolved).path("outcome").asText()).isEqualTo("ALREADY_TAKEN");

    assertThat(casesOfSystem()).as("one case for the fingerprint").isEqualTo(1);
    JsonNode staffView = as(http, "engineer1").getForEntity("/api/cases/" + caseNumber, JsonNode.class).getBody();
    assertThat(healthEntries(staffView))
        .containsExactly("HEALTH_ALERT_FIRING", "HEALTH_ALERT_REPEATED", "HEALTH_ALERT_RESOLVED");
    assertThat(staffView.path("channel").asText()).isEqualTo("monitoring");
    assertThat(staffView.path("priority").asText()).as("critical -> high x high -> P1").isEqualTo("P1");
    assertThat(staffView.path("contractId").asText()).startsWith("CT-MON-");
    assertThat(staffView.path("subject").asText()).isEqualTo("RouterDown on router-x " + serial
        + ": Router does not answer");
    assertThat(staffView.path("timeline").findValuesAsText("actor")).as("staff read who posted it")
        .contains("alertmanager1");
    String resolvedDetail = staffView.path("timeline").findValues("detail").stream().map(JsonNode::asText)
        .filter(d -> d.startsWith("Resolved")).findFirst().orElseThrow();
    assertThat(resolvedDetail).contains("router-x " + serial + " (Lyon)").contains("after 45 minutes");

    // the customer of the system's company reads the case and what monitoring said about it
    var customerView = as(http, "customer1").getForEntity("/api/cases/" + caseNumber, JsonNode.class);
    assertThat(customerView.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(healthEntries(customerView.getBody()))
        .containsExactly("HEALTH_ALERT_FIRING", "HEALTH_ALERT_REPEATED", "HEALTH_ALERT_RESOLVED");
  }

  @Test
  void aSecondFiringWhileTheCaseIsOpenGoesOnTheSameCaseAndAClosedCaseGetsASuccessor() {
    String caseNumber = postAlert(alert(fingerprint, serial, "warning", T0, null)).path("caseNumber").asText();
    postAlert(alert(fingerprint, serial, "warning", T0, T0.plus(Duration.ofMinutes(5))));

    clockAt(T0.plus(Duration.ofHours(1)));
    JsonNode again = postAlert(alert(fingerprint, serial, "warning", T0.plus(Duration.ofHours(1)), null));
    assertThat(again.path("outcome").asText()).isEqualTo("FIRING_RECORDED");
    assertThat(again.path("caseNumber").asText()).isEqualTo(caseNumber);

    // once the case is closed, the alert's next firing is a new incident: a new case with its own SLA
    jdbc.sql("UPDATE support_case SET status = 'CLOSED' WHERE case_number = :n").param("n", caseNumber).update();
    clockAt(T0.plus(Duration.ofHours(3)));
    JsonNode next = postAlert(alert(fingerprint, serial, "warning", T0.plus(Duration.ofHours(3)), null));
    assertThat(next.path("outcome").asText()).isEqualTo("CASE_OPENED");
    String successor = next.path("caseNumber").asText();
    assertThat(successor).isNotEqualTo(caseNumber);
    JsonNode view = as(http, "engineer1").getForEntity("/api/cases/" + successor, JsonNode.class).getBody();
    assertThat(view.path("description").asText()).contains("its case " + caseNumber + " is closed");
    assertThat(view.path("priority").asText()).as("warning -> medium x medium -> P3").isEqualTo("P3");
  }

  @Test
  void theSameFirstFiringTakenOnSeveralThreadsAtOnceOpensOneCase() throws Exception {
    // as two Alertmanagers of a cluster (or two Casedesk nodes behind a balancer) taking the same notification
    Map<String, Object> firing = notification(List.of(alert(fingerprint, serial, "critical", T0, null)));
    int senders = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    List<Future<JsonNode>> answers = new ArrayList<>();
    for (int i = 0; i < senders; i++) {
      answers.add(pool.submit(() -> {
        start.await();
        return as(http, "alertmanager1").postForEntity(URL, firing, JsonNode.class).getBody();
      }));
    }
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (var answer : answers) {
      outcomes.add(answer.get(2, TimeUnit.MINUTES).path("alerts").path(0).path("outcome").asText());
    }
    pool.shutdown();
    assertThat(outcomes).containsOnlyOnce("CASE_OPENED").containsOnly("CASE_OPENED", "ALREADY_TAKEN");
    assertThat(casesOfSystem()).isEqualTo(1);
    assertThat(rows("health_event")).isEqualTo(1);
  }

  @Test
  void onlyAlertingSystemsAndAdministratorsPostHealthEvents() {
    Map<String, Object> body = notification(List.of(alert(fingerprint, serial, "critical", T0, null)));
    for (String user : List.of("customer1", "engineer1", "hotline1", "supervisor1", "auditor1", "analyst1",
        "monitor1")) {
      var response = as(http, user).postForEntity(URL, body, JsonNode.class);
      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(http.postForEntity(URL, body, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as(http, "customer1").postForEntity(URL, Map.of("version", "3"), String.class).getStatusCode())
        .as("refused before the body is read").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rows("health_alert")).as("a refused call writes nothing").isZero();
    assertThat(casesOfSystem()).isZero();
  }

  @Test
  void theAlertingUserMayDoNothingElse() {
    var alerting = as(http, "alertmanager1");
    for (String path : List.of("/api/cases", "/api/contracts", "/api/reports/monthly", "/api/complaints",
        "/api/emergencies", "/api/spares", "/api/outbox", "/api/audit/verify", "/api/calendars", "/api/shifts",
        "/api/shifts/current", "/api/handoffs", "/api/admin/definitions/drift", "/api/complaints/stats",
        "/api/reports/cases?from=2026-03-01&to=2026-03-31", "/api/contracts/CT-DEMO-1/coverage",
        "/api/customer-accounts/alertmanager1", "/actuator/prometheus",
        "/engine-rest/process-definition", "/engine-rest/task", "/engine-rest/decision-definition")) {
      assertThat(alerting.getForEntity(path, String.class).getStatusCode()).as(path)
          .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
    assertThat(alerting.getForEntity("/portal/api/me", String.class).getStatusCode()).as("the portal is customers'")
        .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    var openCase = alerting.postForEntity("/api/cases", Map.of("callerName", "x", "product", "router-x",
        "category", "operational-problem", "impact", "high", "urgency", "high", "subject", "x"), String.class);
    assertThat(openCase.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // no webapp: the webapps' login refuses a user without application access
    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    var login = http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>("username=alertmanager1&password=demo", form), String.class);
    assertThat(login.getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
  }

  @Test
  void aMalformedNotificationIsRefusedNamingTheFieldAndWritesNothing() {
    Map<String, Object> good = alert(fingerprint, serial, "critical", T0, null);
    Map<String, Object> withoutFingerprint = new LinkedHashMap<>(alert(fingerprint, serial, "critical", T0, null));
    withoutFingerprint.remove("fingerprint");
    assertRefused(notification(List.of(good, withoutFingerprint)), "alerts[1].fingerprint");

    Map<String, Object> unknownSystem = alert(fingerprint + "x", "SN-NOBODY-HAS", "critical", T0, null);
    JsonNode problem = assertRefused(notification(List.of(good, unknownSystem)), "alerts[1].labels.casedesk_system");
    assertThat(problem.toString()).contains("no contract registers a system with serial number SN-NOBODY-HAS");

    assertRefused(notification(List.of(alert(fingerprint, null, "critical", T0, null))),
        "alerts[0].labels.casedesk_system");

    Map<String, Object> longSeverity = alert(fingerprint, serial, "x".repeat(33), T0, null);
    assertRefused(notification(List.of(longSeverity)), "alerts[0].labels.severity");

    Map<String, Object> badTime = new LinkedHashMap<>(good);
    badTime.put("startsAt", "yesterday");
    assertRefused(notification(List.of(badTime)), "alerts[0].startsAt");

    Map<String, Object> resolvedWithoutEnd = new LinkedHashMap<>(good);
    resolvedWithoutEnd.put("status", "resolved");
    assertRefused(notification(List.of(resolvedWithoutEnd)), "alerts[0].endsAt");

    Map<String, Object> otherVersion = notification(List.of(good));
    otherVersion.put("version", "3");
    assertRefused(otherVersion, "version");

    assertRefused(notification(List.of()), "alerts");

    assertThat(rows("health_alert")).as("nothing written, not even the good alert").isZero();
    assertThat(casesOfSystem()).isZero();
  }

  JsonNode assertRefused(Map<String, Object> body, String field) {
    var response = as(http, "alertmanager1").postForEntity(URL, body, JsonNode.class);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(response.getBody().path("errors").findValuesAsText("field")).as("%s", response.getBody())
        .contains(field);
    return response.getBody();
  }
}
