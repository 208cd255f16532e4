package io.casedesk.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.springframework.stereotype.Component;

/**
 * The complaint classes are the input values of the "Complaint class" column of {@code complaint-routing.dmn},
 * read from the version deployed now: an analyst who adds a class (and its row) in Camunda Modeler needs no
 * code change for the API to accept it. The forms' choice lists must list the same values (a test checks it).
 */
@Component
public class ComplaintClasses {

  public static final String DECISION_KEY = "complaint-routing";
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  private final RepositoryService repositoryService;
  private final Map<String, List<String>> byDefinitionId = new ConcurrentHashMap<>();

  public ComplaintClasses(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** The classes of the latest deployed routing table, in the table's order. */
  public List<String> all() {
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_KEY).latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("Decision " + DECISION_KEY + " is not deployed");
    }
    return byDefinitionId.computeIfAbsent(definition.getId(),
        id -> inputValues(repositoryService.getDmnModelInstance(id)));
  }

  public boolean isKnown(String complaintClass) {
    return complaintClass != null && all().contains(complaintClass);
  }

  /** The quoted values listed for the input on {@code complaintClass}. */
  static List<String> inputValues(DmnModelInstance model) {
    Decision decision = model.getModelElementById(DECISION_KEY);
    DecisionTable table = (DecisionTable) decision.getExpression();
    for (Input input : table.getInputs()) {
      String expression = input.getInputExpression().getText().getTextContent().strip();
      if (ComplaintVariables.COMPLAINT_CLASS.equals(expression) && input.getInputValues() != null) {
        List<String> values = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(input.getInputValues().getText().getTextContent());
        while (matcher.find()) {
          values.add(matcher.group(1));
        }
        return List.copyOf(values);
      }
    }
    throw new IllegalStateException(DECISION_KEY + " has no input on complaintClass listing its values");
  }
}
