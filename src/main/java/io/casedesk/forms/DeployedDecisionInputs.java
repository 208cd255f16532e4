package io.casedesk.forms;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/** {@link DecisionInputs} of the latest deployed version of a decision, read once per version. */
@Component
public class DeployedDecisionInputs {

  private final RepositoryService repositoryService;
  private final Map<String, List<String>> byDefinitionAndInput = new ConcurrentHashMap<>();

  public DeployedDecisionInputs(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  public List<String> allowedValues(String decisionKey, String input) {
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).withoutTenantId().latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("Decision " + decisionKey + " is not deployed");
    }
    return byDefinitionAndInput.computeIfAbsent(definition.getId() + "/" + input, k ->
        DecisionInputs.allowedValues(repositoryService.getDmnModelInstance(definition.getId()), decisionKey, input));
  }
}
