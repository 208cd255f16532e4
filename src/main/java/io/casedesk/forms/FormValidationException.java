package io.casedesk.forms;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submission breaks the rules of its Camunda Form. The message names every offending field; the engine REST
 * answers it with 400 (a {@link FormFieldValidationException}), Tasklist shows it, and the transaction of the
 * completion rolls back, so the task stays open with its variables as they were.
 */
public class FormValidationException extends FormFieldValidationException {

  private final transient List<FormViolation> violations;

  public FormValidationException(String formId, List<FormViolation> violations) {
    super(violations, "Form " + formId + " was not accepted: "
        + violations.stream().map(FormViolation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<FormViolation> violations() {
    return violations;
  }
}
