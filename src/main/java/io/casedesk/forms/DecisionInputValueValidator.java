package io.casedesk.forms;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

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
    // the values as a parameter, taken as they are, of the worded message (messages*.properties: "must be one of ...")
    context.unwrap(HibernateConstraintValidatorContext.class)
        .addMessageParameter("values", String.join(", ", allowed))
        .buildConstraintViolationWithTemplate("{casedesk.validation.oneOf}")
        .addConstraintViolation();
    return false;
  }
}
