package io.casedesk.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Server-side validation of Camunda Forms for every diagram the engine deploys, without touching the diagrams:
 * each user task with a {@code camunda:formRef} gets a built-in complete listener ({@link TaskFormValidation}),
 * each process whose start event has one a built-in start listener ({@link StartFormValidation}). Built-in
 * listeners run before the diagram's own and even when custom listeners are skipped. Beyond the form files, every
 * {@link FormRule} bean is checked.
 */
@Component
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final DeployedForms forms = new DeployedForms();
  private final FormValidator validator;

  public FormValidationPlugin(ObjectProvider<FormRule> rules) {
    this.validator = new FormValidator(() -> rules.orderedStream().toList());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new AttachFormValidation());
    configuration.setCustomPostBPMNParseListeners(parseListeners);

    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new CommandNesting());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private final class AttachFormValidation extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
        TaskDefinition task = behavior.getTaskDefinition();
        if (hasFormRef(task.getFormDefinition())) {
          task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
              new TaskFormValidation(task.getFormDefinition(), forms, validator));
        }
      }
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      if (hasFormRef(processDefinition.getStartFormDefinition())) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
            new StartFormValidation(forms, validator), 0);
      }
    }

    private static boolean hasFormRef(FormDefinition definition) {
      return definition != null && definition.getCamundaFormDefinitionKey() != null;
    }
  }
}
