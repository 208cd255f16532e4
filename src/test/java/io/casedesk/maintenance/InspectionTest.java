package io.casedesk.maintenance;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.contracts.Contract;
import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.contracts.MailSenders;
import io.casedesk.contracts.RegisteredSystem;
import io.casedesk.mail.OutboxSender;
import io.casedesk.security.DemoUsers;
import io.casedesk.security.IdentityBootstrap;
import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A gold 8x5 contract of the demo customer that includes four inspections a year and registers two systems, on the
 * engine's clock in 2028: the daily timer starts its inspections on the first covered day of January, April, July
 * and October (decision table inspection-schedule), the engineers inspect each system, a fault opens a case, and the
 * report reaches the contract's contact and the customer's API.
 */
class InspectionTest extends CaseTestSupport {

  static final String CONTRACT = "CT-INSP-1";
  static final String CONTACT = "betrieb@demo.example";

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired IdentityService identityService;
  @Autowired CustomerAccounts customerAccounts;
  @Autowired MailSenders mailSenders;
  @Autowired OutboxSender outboxSender;
  @Autowired Inspections inspections;
  @Autowired JdbcClient jdbc;

  static boolean prepared;

  void prepare() {
    if (prepared) {
      return;
    }
    contracts.insert(new Contract(CONTRACT, "Demo Customer Ltd", "gold", "8x5", LocalDate.of(2020, 1, 1),
        LocalDate.of(2099, 12, 31), List.of(new RegisteredSystem("router-x", "SN-R1", "Budapest"),
            new RegisteredSystem("switch-y", "SN-S2", null)), 4));
    mailSenders.putContact(CONTRACT, CONTACT, "de");
    identity.ensureUser("customer9", "Other", "Customer", DemoUsers.PASSWORD, Set.of("customers"));
    customerAccounts.link("customer9", "Other Corp");
    prepared = true;
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void fourAYearStartOnTheFirstCoveredDayOfJanuaryAprilJulyAndOctober() {
    prepare();
    List<String> started = new ArrayList<>();
    // 1 July 2028 is a Saturday, 1 October a Sunday; 1 August is a Tuesday of a month without an inspection
    for (String day : List.of("2028-07-01", "2028-07-03", "2028-07-04", "2028-08-01", "2028-10-02")) {
      runDay(Instant.parse(day + "T05:00:00Z"));
      started.addAll(jdbc.sql("SELECT inspection_number FROM inspection WHERE contract_id = :c AND due_on = :d")
          .param("c", CONTRACT).param("d", java.sql.Date.valueOf(LocalDate.parse(day))).query(String.class).list());
    }
    assertThat(started).containsExactly("IN-CT-INSP-1-2028-07-03", "IN-CT-INSP-1-2028-10-02");
    assertThat(inspectTasks("IN-CT-INSP-1-2028-07-03")).as("one task per registered system").hasSize(2)
        .allSatisfy(task -> assertThat(taskService.getIdentityLinksForTask(task.getId()))
            .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("engineers")));
  }

  @Test
  void theEngineersFindingsMakeTheReportAFaultOpensACaseAndTheContactGetsTheReport() throws Exception {
    prepare();
    String number = "IN-CT-INSP-1-2029-10-01"; // a Monday
    runDay(Instant.parse("2029-10-01T05:00:00Z"));
    List<Task> tasks = inspectTasks(number);
    assertThat(tasks).hasSize(2);
    drainOutbox();

    for (Task task : tasks) {
      int index = (Integer) taskService.getVariable(task.getId(), "systemIndex");
      identityService.setAuthentication("engineer1", List.of("engineers"));
      taskService.complete(task.getId(), index == 0
          ? Map.of("hardwareChecked", true, "logsReviewed", true, "configurationBackedUp", true, "condition", "ok",
              "softwareVersion", "17.9.4a", "notes", "Runs 17.9.4a, two releases behind",
              "recommendation", "Upgrade to 17.12", "followUp", "change")
          : Map.of("hardwareChecked", true, "logsReviewed", true, "configurationBackedUp", true,
              "condition", "fault", "softwareVersion", "9.3(2)", "notes", "Fan 2 fails under load",
              "recommendation", "Replace fan tray", "followUp", "case"));
      identityService.clearAuthentication();
      runJobs();
    }

    Inspection inspection = inspections.get(number);
    assertThat(inspection.status()).isEqualTo("COMPLETED");
    assertThat(inspection.findings()).extracting(Inspection.Finding::product, Inspection.Finding::condition)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("router-x", "ok"),
            org.assertj.core.groups.Tuple.tuple("switch-y", "fault"));
    String caseNumber = inspection.findings().get(1).caseNumber();
    assertThat(caseNumber).as("the fault's case").isNotNull();
    assertThat(view(caseNumber).subject()).contains("switch-y", "SN-S2");
    assertThat(inspection.findings().get(0).inspectedBy()).isEqualTo("engineer1");
    String changeId = inspection.findings().get(0).changeId();
    assertThat(changeId).as("the change proposed for the first system").isNotNull();
    assertThat(jdbc.sql("SELECT company FROM change_request WHERE id = :id").param("id", changeId)
        .query(String.class).single()).isEqualTo("Demo Customer Ltd");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("change-request")
        .processInstanceBusinessKey(changeId).count()).as("its plan and review under way").isOne();

    drainOutbox();
    List<MimeMessage> mails = TestMailServer.mailsTo(CONTACT);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).contains("Wartungsinspektion", number);
    assertThat(TestMailServer.textOf(mails.get(0))).contains("switch-y SN-S2", "Fehler", caseNumber,
        "/portal/#/inspections/" + number);

    var json = as(http, "customer1").getForEntity("/api/inspections/" + number, JsonNode.class);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.getBody().path("findings")).hasSize(2);
    var csv = as(http, "customer1").getForEntity("/api/inspections/" + number + ".csv", String.class);
    assertThat(csv.getBody().lines()).hasSize(3).anySatisfy(line -> assertThat(line)
        .contains("switch-y", "fault", "Replace fan tray", caseNumber));
    assertThat(as(http, "customer9").getForEntity("/api/inspections/" + number, String.class).getStatusCode())
        .as("another company's inspection").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(http, "customer9").getForEntity("/api/inspections", JsonNode.class).getBody())
        .noneSatisfy(i -> assertThat(i.path("company").asText()).isEqualTo("Demo Customer Ltd"));
    assertThat(as(http, "engineer1").getForEntity("/api/inspections?company=Demo Customer Ltd", JsonNode.class)
        .getBody()).anySatisfy(i -> assertThat(i.path("inspectionNumber").asText()).isEqualTo(number));
  }

  @Test
  void anInspectionNotDoneInTenDaysIsEscalatedToTheSupervisors() {
    prepare();
    String number = "IN-CT-INSP-1-2030-07-01"; // a Monday
    runDay(Instant.parse("2030-07-01T05:00:00Z"));
    assertThat(inspectTasks(number)).hasSize(2);
    String instance = inspectTasks(number).get(0).getProcessInstanceId();

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2030-07-11T05:00:01Z")));
    List<Job> overdue = managementService.createJobQuery().processInstanceId(instance).timers().executable().list()
        .stream().filter(job -> number.equals(runtimeService.getVariable(job.getExecutionId(), "inspectionNumber")))
        .toList();
    assertThat(overdue).hasSize(1);
    managementService.executeJob(overdue.get(0).getId());

    assertThat(inspections.get(number).escalatedAt()).isNotNull();
    assertThat(inspections.get(number).status()).isEqualTo("OPEN");
    assertThat(jdbc.sql("SELECT recipient FROM outbox WHERE kind = 'INSPECTION_OVERDUE' AND payload LIKE :n")
        .param("n", "%" + number + "%").query(String.class).list()).containsExactly("supervisors");
    assertThat(inspectTasks(number)).as("the engineers keep their tasks").hasSize(2);
  }

  /** The daily start timer fires at {@code at}; then every job its run left that is due. */
  private void runDay(Instant at) {
    Job timer = managementService.createJobQuery().processDefinitionKey("maintenance-inspection").timers().list()
        .stream().filter(j -> j.getProcessInstanceId() == null).findFirst().orElseThrow();
    ClockUtil.setCurrentTime(Date.from(at));
    managementService.executeJob(timer.getId());
    runJobs();
  }

  private void runJobs() {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = managementService.createJobQuery().processDefinitionKey("maintenance-inspection").messages()
          .executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  /**
   * The inspection's tasks. Its number is a variable of its contract's instance within the day's process instance,
   * which holds every contract inspected that day, so the tasks are told apart by the variable their scope sees.
   */
  private List<Task> inspectTasks(String number) {
    return taskService.createTaskQuery().processDefinitionKey("maintenance-inspection").taskDefinitionKey("inspect-system")
        .list().stream().filter(task -> number.equals(taskService.getVariable(task.getId(), "inspectionNumber")))
        .toList();
  }

  private void drainOutbox() {
    for (int i = 0; i < 1000 && outboxSender.drain() > 0; i++) {
      // next batch
    }
  }
}
