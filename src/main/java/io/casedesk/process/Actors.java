package io.casedesk.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who caused a process step: the signed-in user when there is one, else the system (a timer, a rule). */
public final class Actors {

  /** The actor of a step nobody caused: a timer, a rule, a retry. */
  public static final String SYSTEM = "system";

  private Actors() {}

  public static String of(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null ? authentication.getUserId() : Actors.SYSTEM;
  }

  /** The signed-in user, else the user a process variable names (e.g. the case engineer), else the system. */
  public static String of(DelegateExecution execution, String userVariable) {
    String actor = of(execution);
    if (Actors.SYSTEM.equals(actor) && execution.getVariable(userVariable) != null) {
      return execution.getVariable(userVariable).toString();
    }
    return actor;
  }

  /** The user who completed or changed a task; the assignee when nobody is signed in (e.g. tests, imports). */
  public static String of(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : Actors.SYSTEM;
  }
}
