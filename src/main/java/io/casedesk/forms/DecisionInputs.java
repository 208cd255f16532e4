package io.casedesk.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;

/**
 * The values a decision table allows for one of its inputs (its "input values", e.g. {@code "high","medium","low"}):
 * the one list of choices that forms, the case API and the table itself share.
 */
public final class DecisionInputs {

  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private DecisionInputs() {}

  /**
   * @param input the input's {@code camunda:inputVariable} or the text of its input expression
   * @return the allowed values in the table's order; empty when the table lists none (any value goes)
   * @throws IllegalArgumentException when the decision or the input does not exist
   */
  public static List<String> allowedValues(DmnModelInstance model, String decisionId, String input) {
    Decision decision = model.getModelElementById(decisionId);
    if (decision == null || !(decision.getExpression() instanceof DecisionTable table)) {
      throw new IllegalArgumentException("No decision table " + decisionId);
    }
    Input found = table.getInputs().stream()
        .filter(i -> input.equals(i.getCamundaInputVariable()) || input.equals(expressionText(i)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Decision " + decisionId + " has no input " + input));
    if (found.getInputValues() == null || found.getInputValues().getText() == null) {
      return List.of();
    }
    return unaryTests(found.getInputValues().getText().getTextContent());
  }

  /** {@code "a","b"} as [a, b]. */
  static List<String> unaryTests(String text) {
    List<String> values = new ArrayList<>();
    Matcher matcher = QUOTED.matcher(text);
    while (matcher.find()) {
      values.add(matcher.group(1).replaceAll("\\\\(.)", "$1"));
    }
    return values;
  }

  private static String expressionText(Input input) {
    return Optional.ofNullable(input.getInputExpression())
        .map(e -> e.getText() == null ? null : e.getText().getTextContent().strip())
        .orElse(null);
  }
}
