package io.casedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cases.CaseRequests;
import io.casedesk.cases.SupportCaseService;
import io.casedesk.cases.CaseView;
import io.casedesk.cases.Timeline;
import io.casedesk.contracts.Contract;
import io.casedesk.contracts.ContractRepository;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Outbox;
import io.casedesk.security.CurrentUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives cases the way people and time do: opens them through the case service, completes tasks, moves the
 * engine clock and executes the timer jobs that fall due. The clock starts on Monday 2 March 2026, 09:00 UTC.
 */
@CasedeskTest
public abstract class CaseTestSupport {

  protected static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  protected static final CurrentUser HOTLINE = new CurrentUser("hotline1", Set.of("hotline"));
  protected static final CurrentUser CUSTOMER = new CurrentUser("customer1", Set.of("customers"));
  protected static final CurrentUser ENGINEER = new CurrentUser("engineer1", Set.of("engineers"));

  @Autowired protected SupportCaseService cases;
  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected Outbox outbox;
  @Autowired protected ContractRepository contracts;

  @BeforeEach
  void startClock() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(T0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  protected CaseView open(String impact, String urgency, String channel) {
    return open(impact, urgency, channel, "operational-problem", "CT-DEMO-1");
  }

  /** A case opened by the hotline for a caller of the contract's company ("Demo Customer Ltd" without a contract). */
  protected CaseView open(String impact, String urgency, String channel, String category, String contractId) {
    String company = contracts.find(contractId).map(Contract::company).orElse("Demo Customer Ltd");
    return cases.open(new CaseRequests.OpenCase("Ada Lovelace", company, "+36 1 234 5678",
        "ada@demo.example", "1 Main Street", contractId, "router-x", category, impact, urgency,
        "Core router drops packets", "Since 08:40 all sites lose packets", channel), HOTLINE);
  }

  protected CaseView view(String caseNumber) {
    return cases.view(caseNumber, ENGINEER);
  }

  protected ProcessInstance instance(String caseNumber) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }

  protected Task task(String caseNumber, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  protected List<Task> tasks(String caseNumber) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
  }

  /** An engineer claims the work task and completes it with the given action. */
  protected void work(String caseNumber, String engineer, String action, String note) {
    Task task = task(caseNumber, "work-case");
    assertThat(task).as("work task of " + caseNumber).isNotNull();
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), engineer);
    }
    taskService.complete(task.getId(), Map.of("workAction", action, "actionNote", note));
  }

  protected void complete(String caseNumber, String taskDefinitionKey, Map<String, Object> variables) {
    Task task = task(caseNumber, taskDefinitionKey);
    assertThat(task).as(taskDefinitionKey + " of " + caseNumber).isNotNull();
    taskService.complete(task.getId(), variables);
  }

  /** Timer due dates of the case, earliest first. */
  protected List<Instant> timers(String caseNumber) {
    return timerJobs(caseNumber).stream().map(j -> j.getDuedate().toInstant()).sorted().toList();
  }

  protected List<Job> timerJobs(String caseNumber) {
    ProcessInstance instance = instance(caseNumber);
    if (instance == null) {
      return List.of();
    }
    return managementService.createJobQuery().processInstanceId(instance.getId()).timers().list();
  }

  /**
   * Moves the clock to {@code at}, executing on the way every timer of the case that falls due, each at its due
   * time, as the job executor would.
   */
  protected void advanceTo(String caseNumber, Instant at) {
    while (true) {
      Job due = timerJobs(caseNumber).stream()
          .filter(j -> !j.getDuedate().toInstant().isAfter(at))
          .min((a, b) -> a.getDuedate().compareTo(b.getDuedate()))
          .orElse(null);
      if (due == null) {
        ClockUtil.setCurrentTime(Date.from(at));
        return;
      }
      if (due.getDuedate().after(ClockUtil.getCurrentTime())) {
        ClockUtil.setCurrentTime(due.getDuedate());
      }
      managementService.executeJob(due.getId());
    }
  }

  protected void advanceBy(String caseNumber, Duration duration) {
    advanceTo(caseNumber, ClockUtil.getCurrentTime().toInstant().plus(duration));
  }

  protected List<Timeline.CaseEvent> events(String caseNumber, io.casedesk.cases.CaseEventKind kind) {
    return view(caseNumber).timeline().stream().filter(e -> e.kind() == kind).toList();
  }

  protected List<Outbox.OutboxMessage> notifications(String caseNumber, NotificationKind kind) {
    return outbox.ofCase(caseNumber).stream().filter(m -> m.kind() == kind).toList();
  }
}
