package io.casedesk.security;

import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import io.casedesk.forms.CommandNesting;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A task of a process is given only to someone who may work it: a user who exists and is one of its candidate
 * users or a member of one of its candidate groups (any existing user for a task without candidates). Checked when a person sets the assignee (Tasklist's assignee
 * field, claim, delegate, the engine REST's {@code /assignee}, {@code /claim}, {@code /delegate} and
 * {@code PUT /task/{id}}, and the same calls of the Java API) by a built-in assignment listener on every user task,
 * which runs before the diagram's own listeners: a refused assignment changes nothing and never reaches the case's
 * timeline. Assignments the diagram makes itself ({@code camunda:assignee}, a listener handing the case back to its
 * engineer) are the diagram's responsibility and not checked here; forms that name a user are checked by
 * {@link UserFieldRule}.
 */
@Component
public class AssigneeCheck extends AbstractProcessEnginePlugin implements TaskListener {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, AssigneeCheck.this);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(parseListeners);
  }

  @Override
  public void notify(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null || !isAskedForByAPerson()) {
      return;
    }
    Set<String> users = new TreeSet<>();
    Set<String> groups = new TreeSet<>();
    for (IdentityLink candidate : task.getCandidates()) {
      if (candidate.getUserId() != null) {
        users.add(candidate.getUserId());
      }
      if (candidate.getGroupId() != null) {
        groups.add(candidate.getGroupId());
      }
    }
    EngineUsers.whyNot(assignee, users, groups).ifPresent(problem -> {
      throw new AssigneeRefusedException("Task \"" + task.getName() + "\" cannot be given to " + assignee + ": "
          + problem);
    });
  }

  private static boolean isAskedForByAPerson() {
    Command<?> command = Context.getCommandInvocationContext().getCommand();
    return CommandNesting.isOutermost(command) && (command instanceof AssignTaskCmd || command instanceof ClaimTaskCmd
        || command instanceof DelegateTaskCmd || command instanceof SaveTaskCmd);
  }
}
