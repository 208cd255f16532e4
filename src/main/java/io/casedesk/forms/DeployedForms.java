package io.casedesk.forms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The Camunda Forms tasks and start events reference ({@code camunda:formRef}), read from the deployment the
 * engine itself takes them from and parsed once per deployment and form id: a deployment never changes, and a
 * new version of a form comes in a new deployment.
 */
final class DeployedForms {

  private final Map<String, CamundaForm> byDeploymentAndId = new ConcurrentHashMap<>();

  /**
   * The form an element references, or null when it references none (or uses a {@code camunda:formKey}).
   *
   * @param scope where to evaluate a form reference written as an expression
   * @param deploymentId the deployment of the element's process definition
   */
  CamundaForm of(FormDefinition definition, VariableScope scope, String deploymentId, CommandContext commandContext) {
    if (definition == null || definition.getCamundaFormDefinitionKey() == null
        || definition.getCamundaFormDefinitionBinding() == null) {
      return null;
    }
    Object key = definition.getCamundaFormDefinitionKey().getValue(scope);
    if (key == null) {
      return null;
    }
    String binding = definition.getCamundaFormDefinitionBinding();
    if (DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT.equals(binding)) {
      CamundaForm cached = byDeploymentAndId.get(deploymentId + "/" + key);
      if (cached != null) {
        return cached;
      }
    }
    CamundaFormRefImpl ref = new CamundaFormRefImpl(key.toString(), binding);
    if (DefaultFormHandler.FORM_REF_BINDING_VERSION.equals(binding)
        && definition.getCamundaFormDefinitionVersion() != null) {
      ref.setVersion(Integer.parseInt(String.valueOf(definition.getCamundaFormDefinitionVersion().getValue(scope))));
    }
    CamundaFormDefinition form = commandContext.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, deploymentId));
    if (form == null) {
      throw new ProcessEngineException("Camunda Form " + ref + " is not deployed; the task's form cannot be checked");
    }
    return byDeploymentAndId.computeIfAbsent(form.getDeploymentId() + "/" + form.getKey(), k -> {
      ResourceEntity resource = commandContext.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
      return CamundaForm.parse(resource.getBytes());
    });
  }
}
