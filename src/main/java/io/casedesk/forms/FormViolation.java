package io.casedesk.forms;

/** What is wrong with one field of a form submission. */
public record FormViolation(String field, String label, String message) {

  public static FormViolation of(CamundaForm.Field field, String message) {
    return new FormViolation(field.key(), field.label(), message);
  }

  static FormViolation notInForm(String variable, String formId) {
    return new FormViolation(variable, null, "is not a field of form " + formId + " and may not be set here");
  }

  @Override
  public String toString() {
    return (label == null || label.isBlank() ? field : label + " (" + field + ")") + ": " + message;
  }
}
