package io.casedesk.forms;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/**
 * Checks the start of a process whose start event has a Camunda Form (an agent-facing start event) against that
 * form, when the start comes from a user of the engine: the start form submitted in Tasklist (or over
 * {@code /submit-form}), and any start an authenticated user asks for over the engine REST, with or without
 * start instructions. Listens to the process's start, so a start that skips the start event is checked too.
 *
 * <p>Not checked, because they are not an agent filling in the form: starts by Casedesk's own Java code without a
 * signed-in user (the case API validates its request bodies itself and adds what only the server knows, such as
 * the channel {@code web}), processes started from inside another command (a step of another process) and
 * processes called by a call activity. The {@code camunda:initiator} variable is the engine's, not input.
 */
final class StartFormValidation implements ExecutionListener {

  private final DeployedForms forms;
  private final FormValidator validator;

  StartFormValidation(DeployedForms forms, FormValidator validator) {
    this.forms = forms;
    this.validator = validator;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ExecutionEntity instance = (ExecutionEntity) execution;
    CommandContext commandContext = Context.getCommandContext();
    if (instance.getSuperExecution() != null || !isStartedByAgent(commandContext)) {
      return;
    }
    ProcessDefinitionEntity definition = instance.getProcessDefinition();
    CamundaForm form = forms.of(definition.getStartFormDefinition(), instance, definition.getDeploymentId(),
        commandContext);
    if (form == null) {
      return;
    }
    Set<String> written = WrittenVariables.of(commandContext, instance.getProcessInstanceId(), instance);
    written.remove((String) definition.getProperty(BpmnParse.PROPERTYNAME_INITIATOR_VARIABLE_NAME));
    List<FormViolation> violations = validator.validate(form, FormValues.of(instance), written);
    if (!violations.isEmpty()) {
      throw new FormValidationException(form.id(), violations);
    }
  }

  private static boolean isStartedByAgent(CommandContext commandContext) {
    Command<?> command = Context.getCommandInvocationContext().getCommand();
    if (!CommandNesting.isOutermost(command)) {
      return false;
    }
    return command instanceof SubmitStartFormCmd
        || (commandContext.getAuthenticatedUserId() != null
            && (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd));
  }
}
