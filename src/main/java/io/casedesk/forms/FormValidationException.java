package io.casedesk.forms;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submission breaks the rules of its Camunda Form. The message names the form and every offending field; the
 * engine REST answers it with 400 (a {@link FormFieldValidationException}) whose message is the {@link #reason()}
 * alone, which Tasklist shows, and the transaction of the completion rolls back, so the task stays open with its
 * variables as they were.
 */
public class FormValidationException extends FormFieldValidationException implements RefusedInput {

  private final transient List<FormViolation> violations;

  public FormValidationException(String formId, List<FormViolation> violations) {
    super(violations, "Form " + formId + " was not accepted: "
        + reason(violations));
    this.violations = List.copyOf(violations);
  }

  /** Each field's problem in words, e.g. {@code Phone number (callerPhone): must be a phone number such as ...}. */
  @Override
  public String reason() {
    return reason(violations);
  }

  private static String reason(List<FormViolation> violations) {
    return violations.stream().map(FormViolation::toString).collect(Collectors.joining("; "));
  }

  public List<FormViolation> violations() {
    return violations;
  }
}
