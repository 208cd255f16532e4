package io.casedesk.forms;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Checks every completion of a user task with a Camunda Form against that form, however the task is completed.
 * Runs first among the task's complete listeners (a built-in listener), so it sees the submission alone.
 */
final class TaskFormValidation implements TaskListener {

  private final FormDefinition formDefinition;
  private final DeployedForms forms;
  private final FormValidator validator;

  TaskFormValidation(FormDefinition formDefinition, DeployedForms forms, FormValidator validator) {
    this.formDefinition = formDefinition;
    this.forms = forms;
    this.validator = validator;
  }

  @Override
  public void notify(DelegateTask delegateTask) {
    TaskEntity task = (TaskEntity) delegateTask;
    CommandContext commandContext = Context.getCommandContext();
    CamundaForm form = forms.of(formDefinition, task, task.getProcessDefinition().getDeploymentId(), commandContext);
    if (form == null) {
      return;
    }
    List<FormViolation> violations = validator.validate(form, FormValues.of(task),
        WrittenVariables.of(commandContext, task.getProcessInstanceId(), task));
    if (!violations.isEmpty()) {
      throw new FormValidationException(form.id(), violations);
    }
  }
}
