package io.casedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A diagram test: the diagram and decision tables analysts edit (processes/, deployed from the classpath by the
 * test's {@link Deployment @Deployment}) on the shared in-memory {@link DiagramEngine}, with the Spring steps
 * replaced by {@link StandIn}s and plain objects ({@link #standIn}, {@link #bean}). Gateways, timers and tables
 * are real. The clock starts at {@link #T0}, Monday 2 March 2026, 09:00 UTC, before the deployment, so that
 * start timers are computed from it; time moves only by {@link #passTo}.
 *
 * <p>Run only these: {@code mvn -B test -Dgroups=diagram} (profile {@code diagrams}).
 */
@Tag("diagram")
public abstract class DiagramTestSupport {

  protected static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  // one per test instance: the extension forgets its engine after all tests of a class (afterAll)
  @RegisterExtension
  protected final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(DiagramEngine.get()).build();

  protected final ProcessEngine engine = DiagramEngine.get();

  @BeforeEach
  void startClockAndAssertions() {
    ClockUtil.setCurrentTime(Date.from(T0));
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void forgetStandInsAndClock() {
    Mocks.reset();
    BpmnAwareTests.reset();
    ClockUtil.reset();
  }

  /** Registers a stand-in for the delegate or task listener the diagram calls {@code ${beanName}}. */
  protected static StandIn standIn(String beanName) {
    StandIn standIn = new StandIn();
    Mocks.register(beanName, standIn);
    return standIn;
  }

  /** Registers an object whose methods the diagram's expressions call, e.g. {@code ${workingDays.after(...)}}. */
  protected static <T> T bean(String beanName, T bean) {
    Mocks.register(beanName, bean);
    return bean;
  }

  protected static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /**
   * Moves the engine clock to {@code moment} and executes, oldest due date first, every job of the instance that
   * is due by then, including those that executing others makes due (what the job executor would do).
   */
  protected void passTo(ProcessInstance instance, Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
    runDueJobs(instance);
  }

  /** Executes the jobs of the instance that are due now (asynchronous continuations and timers alike). */
  protected void runDueJobs(ProcessInstance instance) {
    for (int executed = 0; ; executed++) {
      List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
          .executable().orderByJobDuedate().asc().listPage(0, 1);
      if (due.isEmpty()) {
        return;
      }
      assertThat(executed).as("due jobs executed in a row: a timer that never stops firing?").isLessThan(100);
      engine.getManagementService().executeJob(due.get(0).getId());
    }
  }

  /** The due dates of the instance's timers, soonest first. */
  protected List<Instant> timers(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .orderByJobDuedate().asc().list().stream().map(job -> job.getDuedate().toInstant()).toList();
  }

  /** The instance's open task in {@code taskDefinitionKey}; exactly one must be open there. */
  protected Task task(ProcessInstance instance, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  protected static Date date(Instant instant) {
    return Date.from(instant);
  }
}
