package io.casedesk.forms;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Checks {@link DecisionInputValue}; Spring's validator factory hands it the deployed decisions. */
public class DecisionInputValueValidator implements ConstraintValidator<DecisionInputValue, String> {

  private final DeployedDecisionInputs decisions;
  private String decision;
  private String input;

  public DecisionInputValueValidator(DeployedDecisionInputs decisions) {
    this.decisions = decisions;
  }

  @Override
  public void initialize(DecisionInputValue annotation) {
    decision = annotation.decision();
    input = annotation.input();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    List<String> allowed = decisions.allowedValues(decision, input);
    if (allowed.isEmpty() || allowed.contains(value)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(literal("must be one of " + String.join(", ", allowed)))
        .addConstraintViolation();
    return false;
  }

  /** The message as it is: values written by analysts are not message expressions. */
  private static String literal(String message) {
    return message.replaceAll("([\\\\{}$])", "\\\\$1");
  }
}
