package io.casedesk.cases;

import io.casedesk.sla.SlaClock;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** A case's due times follow its SLA clock: the row takes them with a change, the work task's due date with it. */
@Component
class CaseDueTimes {

  private final SlaClock clock;
  private final CaseSteps steps;
  private final WorkTaskDeadline workTask;

  CaseDueTimes(SlaClock clock, CaseSteps steps, WorkTaskDeadline workTask) {
    this.clock = clock;
    this.steps = steps;
    this.workTask = workTask;
  }

  /** Writes the due times as the clock now stands through {@code change} and moves the work task's due date. */
  SlaDue apply(DelegateExecution execution, BiConsumer<String, SlaDue> change) {
    String caseNumber = CaseSteps.caseNumber(execution);
    SlaDue due = SlaDue.of(clock, execution);
    change.accept(caseNumber, due);
    workTask.refresh(execution, steps.cases().get(caseNumber));
    return due;
  }
}
