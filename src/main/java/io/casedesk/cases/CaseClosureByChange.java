package io.casedesk.cases;

import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes a case whose fix was a change request (a bug fixed by an upgrade) once the change is done, through the
 * case's own process and without a wait of its own in the diagram: the case's "Work the case" is completed with the
 * action "solved" and the change as the solution, and the closure is confirmed at once (the customer approved the
 * change and has its report), so the SLA clock stops and the case closes as every confirmed closure does, with the
 * survey and the reopening window. Only a case being worked closes; one waiting for the customer, a vendor or an
 * RMA is left to its engineer.
 */
@Component
public class CaseClosureByChange {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final TransactionTemplate outsideTransaction;
  private final IdentityService identityService;
  private final Timeline timeline;

  public CaseClosureByChange(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
      Timeline timeline, PlatformTransactionManager transactionManager) {
    // after a commit the finished transaction's resources are still bound to the thread: never join them
    this.outsideTransaction = new TransactionTemplate(transactionManager);
    this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.timeline = timeline;
  }

  /** Whether the case closed. Runs in the caller's transaction (a step of the change's process). */
  public boolean close(String caseNumber, String changeId) {
    Task work = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("work-case").singleResult();
    if (work == null) {
      timeline.record(caseNumber, Actors.SYSTEM, CaseEventKind.WORK_ACTION,
          "Change " + changeId + " done; the case is not being worked, so it stays open");
      return false;
    }
    timeline.record(caseNumber, Actors.SYSTEM, CaseEventKind.WORK_ACTION,
        "Change " + changeId + " done: it is the case's solution, and the case closes");
    // the desk's step, not the signed-in engineer's, who may not be a candidate of this case's task
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      taskService.complete(work.getId(), Map.of(CaseVariables.WORK_ACTION, "solve", CaseVariables.ACTION_NOTE,
          "Change " + changeId + " was carried out in its window and fixes this case; its implementation report"
              + " was sent to you."));
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
    // the case waits for the closure's confirmation once this transaction has written that wait; a failure there
    // leaves the case waiting for its customer's confirmation, as any proposed solution
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          outsideTransaction.executeWithoutResult(status -> confirmClosure(caseNumber));
        }
      });
    } else {
      confirmClosure(caseNumber);
    }
    return true;
  }

  private void confirmClosure(String caseNumber) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      runtimeService.createMessageCorrelation("closure-confirmed").processInstanceBusinessKey(caseNumber)
          .setVariable(CaseVariables.CLOSURE_OUTCOME, "CHANGE_DONE").correlate();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
