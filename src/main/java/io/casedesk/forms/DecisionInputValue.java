package io.casedesk.forms;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value must be one of the input values the deployed decision table lists for the input, e.g.
 * {@code @DecisionInputValue(decision = "case-priority", input = "impact")}: the API accepts exactly what the
 * decision table and the forms offer, even after an analyst deployed a new version of the table. Null is valid,
 * and so is any value when the table lists no input values.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DecisionInputValueValidator.class)
public @interface DecisionInputValue {

  /** The decision's id (its key). */
  String decision();

  /** The input's {@code camunda:inputVariable} or its input expression. */
  String input();

  String message() default "{casedesk.validation.decisionInput}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
