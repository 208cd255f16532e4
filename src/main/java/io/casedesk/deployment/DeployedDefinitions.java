package io.casedesk.deployment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceDefinition;

/** What is deployed already, read without the deploying user's authorizations (a check sees everything). */
final class DeployedDefinitions {

  /** A form's file and the keys of the fields an agent submits. */
  record Form(String resource, Set<String> fields) {}

  private final CommandContext command;

  DeployedDefinitions(CommandContext command) {
    this.command = command;
  }

  Form form(String key) {
    if (command == null) {
      return null;
    }
    ResourceDefinition form = command.runWithoutAuthorization(
        () -> command.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key));
    byte[] bytes = form == null ? null : bytes(form);
    return bytes == null ? null : new Form(form.getResourceName(), FormReads.fieldKeys(bytes));
  }

  Set<String> decisionInputs(String key) {
    if (command == null) {
      return Set.of();
    }
    ResourceDefinition decision = command.runWithoutAuthorization(
        () -> command.getDecisionDefinitionManager().findLatestDefinitionByKey(key));
    byte[] bytes = decision == null ? null : bytes(decision);
    try {
      return bytes == null ? Set.of() : FormReads.decisionInputs(DeploymentChecks.xml(bytes), key);
    } catch (Exception e) {
      return Set.of();
    }
  }

  /** The files of the latest version of each deployed process, but those the deployment gives a new version. */
  Map<String, FormReads> latestDiagrams(Set<String> replaced) {
    Map<String, FormReads> diagrams = new HashMap<>();
    if (command == null) {
      return diagrams;
    }
    List<ProcessDefinition> latest = command.runWithoutAuthorization(
        () -> new ProcessDefinitionQueryImpl().latestVersion().list());
    for (ProcessDefinition definition : latest) {
      if (replaced.contains(definition.getKey())) {
        continue;
      }
      String name = definition.getResourceName() + " (deployment " + definition.getDeploymentId() + ")";
      if (diagrams.containsKey(name)) {
        continue;
      }
      byte[] bytes = bytes(definition);
      try {
        if (bytes != null) {
          diagrams.put(name, FormReads.of(bytes));
        }
      } catch (IllegalArgumentException e) {
        // a stored diagram the check cannot read is no reason to refuse another file
      }
    }
    return diagrams;
  }

  private byte[] bytes(ResourceDefinition definition) {
    ResourceEntity resource = command.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
    return resource == null ? null : resource.getBytes();
  }
}
