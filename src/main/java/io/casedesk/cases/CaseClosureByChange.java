package io.casedesk.cases;

import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Brings a case whose fix was a change request (a bug fixed by an upgrade) to its closure once the change is done,
 * through the case's own process and without a wait of its own in the diagram: the case's "Work the case" is
 * completed with the action "solved" and the change as the solution, so the customer is asked to confirm the
 * closure (the SLA clock held, the reminder and the closure without answer as for every proposed solution). Only a
 * case being worked is brought there; one waiting for the customer, a vendor or an RMA is left to its engineer.
 */
@Component
public class CaseClosureByChange {

  private final TaskService taskService;
  private final IdentityService identityService;
  private final Timeline timeline;

  public CaseClosureByChange(TaskService taskService, IdentityService identityService, Timeline timeline) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.timeline = timeline;
  }

  /** Whether the solution was proposed. Runs in the caller's transaction (a step of the change's process). */
  public boolean close(String caseNumber, String changeId) {
    Task work = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("work-case").singleResult();
    if (work == null) {
      timeline.record(caseNumber, Actors.SYSTEM, CaseEventKind.WORK_ACTION,
          "Change " + changeId + " done; the case is not being worked, so it stays open");
      return false;
    }
    timeline.record(caseNumber, Actors.SYSTEM, CaseEventKind.WORK_ACTION,
        "Change " + changeId + " done: the solution is proposed to the customer");
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
    return true;
  }
}
