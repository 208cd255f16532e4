package io.casedesk.forms;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * {@link DecisionInputs} of the latest deployed version of a decision, read once per version: the version the
 * processes evaluate, as every business-rule task binds {@code camunda:decisionRefBinding="latest"} (a value an
 * analyst adds to a table from Modeler is accepted, and routed by that table, from the moment it is deployed). Which version is
 * the latest is asked anew for each HTTP request (once for all the decisions its body is checked against: a
 * case's body names two tables in three fields) and for each call outside one.
 */
@Component
public class DeployedDecisionInputs {

  private static final String LATEST = DeployedDecisionInputs.class.getName() + ".latest";

  private final RepositoryService repositoryService;
  private final Map<String, List<String>> byDefinitionAndInput = new ConcurrentHashMap<>();

  public DeployedDecisionInputs(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  public List<String> allowedValues(String decisionKey, String input) {
    DecisionDefinition definition = latest(decisionKey);
    if (definition == null) {
      throw new IllegalStateException("Decision " + decisionKey + " is not deployed");
    }
    return byDefinitionAndInput.computeIfAbsent(definition.getId() + "/" + input, k ->
        DecisionInputs.allowedValues(repositoryService.getDmnModelInstance(definition.getId()), decisionKey, input));
  }

  private DecisionDefinition latest(String decisionKey) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return repositoryService.createDecisionDefinitionQuery()
          .decisionDefinitionKey(decisionKey).withoutTenantId().latestVersion().singleResult();
    }
    @SuppressWarnings("unchecked")
    Map<String, DecisionDefinition> latest =
        (Map<String, DecisionDefinition>) request.getAttribute(LATEST, RequestAttributes.SCOPE_REQUEST);
    if (latest == null) {
      latest = repositoryService.createDecisionDefinitionQuery().withoutTenantId().latestVersion().list().stream()
          .collect(Collectors.toMap(DecisionDefinition::getKey, Function.identity()));
      request.setAttribute(LATEST, latest, RequestAttributes.SCOPE_REQUEST);
    }
    return latest.get(decisionKey);
  }
}
