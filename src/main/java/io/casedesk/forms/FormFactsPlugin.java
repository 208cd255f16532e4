package io.casedesk.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.form.type.StringFormType;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Lets the Camunda Forms of every user task ({@code camunda:formRef}) read the {@link FormFacts} beans, without
 * touching the diagrams: each such task's form handler also answers the facts of its process instance's row as
 * read-only form fields. The engine's
 * form variables ({@code TaskService.getTaskFormVariables}, the REST {@code /task/{id}/form-variables} that Tasklist
 * loads into a Camunda Form) put a task's form fields before its variables, so a form's text shows them as if they
 * were variables; nothing is stored, and a submission goes to the diagram's own handler unchanged (Tasklist submits
 * the form's input fields only).
 */
@Component
public class FormFactsPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<FormFacts> facts;

  public FormFactsPlugin(ObjectProvider<FormFacts> facts) {
    this.facts = facts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new AttachFormFacts());
    configuration.setCustomPostBPMNParseListeners(parseListeners);
  }

  private final class AttachFormFacts extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
        TaskDefinition task = behavior.getTaskDefinition();
        // Camunda Forms only: a generated form (camunda:formData) would render each fact as an input
        boolean camundaForm = task.getFormDefinition() != null
            && task.getFormDefinition().getCamundaFormDefinitionKey() != null;
        if (camundaForm && task.getTaskFormHandler() != null && !(task.getTaskFormHandler() instanceof WithFacts)) {
          task.setTaskFormHandler(new WithFacts(task.getTaskFormHandler()));
        }
      }
    }
  }

  /** The diagram's form handler, with the facts of the task's row added to the form it creates. */
  private final class WithFacts implements TaskFormHandler {

    private final TaskFormHandler handler;

    WithFacts(TaskFormHandler handler) {
      this.handler = handler;
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
      TaskFormData form = handler.createTaskForm(task);
      ExecutionEntity execution = task.getExecution();
      if (!(form instanceof FormDataImpl data) || execution == null || execution.getProcessBusinessKey() == null) {
        return form;
      }
      String processKey = execution.getProcessDefinition().getKey();
      List<FormField> fields = new ArrayList<>(data.getFormFields());
      facts.orderedStream().forEach(bean -> bean.of(processKey, execution.getProcessBusinessKey())
          .forEach((name, value) -> {
            if (value != null && !task.hasVariable(name)
                && fields.stream().noneMatch(field -> Objects.equals(field.getId(), name))) {
              fields.add(field(name, value));
            }
          }));
      data.setFormFields(fields);
      return form;
    }

    @Override
    public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
        ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
      handler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
      handler.submitFormVariables(properties, variableScope);
    }

    private static FormField field(String name, Object value) {
      FormFieldImpl field = new FormFieldImpl();
      field.setId(name);
      field.setLabel(name);
      field.setType(new StringFormType());
      field.setValue(Variables.stringValue(String.valueOf(value)));
      return field;
    }
  }
}
