package io.casedesk.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Checks a submission against its Camunda Form with the rules form-js 1.8 applies in the browser (its
 * {@code Validator}), so that what Tasklist refuses the server refuses too, whichever way the values arrive:
 *
 * <ul>
 *   <li>{@code required}: null, {@code ""}, an unticked checkbox count as missing; a field hidden by its
 *       {@code conditional.hide} expression (FEEL, evaluated over the process variables and the submission, as
 *       form-js evaluates it over the form's data) is not required;
 *   <li>{@code minLength}/{@code maxLength} on the trimmed text, {@code min}/{@code max}, the {@code decimalDigits}
 *       and {@code increment} of number fields;
 *   <li>{@code pattern} as written: form-js tests it with {@code new RegExp(pattern).test(value)}, which finds
 *       the pattern anywhere in the value unless the pattern anchors itself with {@code ^...$};
 *   <li>select and radio values must be one of the listed values.
 * </ul>
 *
 * <p>On top of form-js, every value must have its field's type (text, number, true/false), and every variable
 * the submission writes must be an input of the form: a crafted request cannot set what the form does not offer.
 */
public final class FormValidator {

  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

  /**
   * @param data the variables as the process will see them after the submission: what was there, overwritten by
   *     what was submitted (Tasklist pre-fills a form from the variables, so an untouched field keeps its value)
   * @param written the variables the submission writes
   */
  public List<FormViolation> validate(CamundaForm form, Map<String, Object> data, Set<String> written) {
    List<FormViolation> violations = new ArrayList<>();
    Set<String> inputs = new TreeSet<>();
    for (CamundaForm.Field field : form.inputs()) {
      inputs.add(field.key());
      String problem = check(field, data.get(field.key()), isHidden(field, data));
      if (problem != null) {
        violations.add(FormViolation.of(field, problem));
      }
    }
    new TreeSet<>(written).stream()
        .filter(variable -> !inputs.contains(variable))
        .forEach(variable -> violations.add(FormViolation.notInForm(variable, form.id())));
    return violations;
  }

  /** A submission that replaces nothing: each submitted variable is written. */
  public List<FormViolation> validate(CamundaForm form, Map<String, Object> submission) {
    return validate(form, submission, submission.keySet());
  }

  private static String check(CamundaForm.Field field, Object value, boolean hidden) {
    if (isEmpty(field, value)) {
      return field.required() && !hidden ? "is required" : null;
    }
    return switch (field.type()) {
      case "number" -> checkNumber(field, value);
      case "checkbox" -> value instanceof Boolean ? null : "must be true or false";
      case "select", "radio" -> checkChoice(field, value);
      case "datetime" -> value instanceof String || value instanceof Date ? null : "must be a date or time";
      default -> value instanceof String text ? checkText(field, text) : "must be text";
    };
  }

  private static boolean isEmpty(CamundaForm.Field field, Object value) {
    return value == null || "".equals(value) || ("checkbox".equals(field.type()) && Boolean.FALSE.equals(value));
  }

  private static String checkText(CamundaForm.Field field, String text) {
    if (field.pattern() != null && !field.pattern().matcher(text).find()) {
      return "does not have the expected form (pattern " + field.pattern().pattern() + ")";
    }
    // form-js measures the trimmed text
    int length = text.strip().length();
    if (field.minLength() != null && length < field.minLength()) {
      return "must be at least " + field.minLength() + " characters long";
    }
    if (field.maxLength() != null && length > field.maxLength()) {
      return "must be at most " + field.maxLength() + " characters long (it has " + length + ")";
    }
    return null;
  }

  private static String checkChoice(CamundaForm.Field field, Object value) {
    if (!(value instanceof String || value instanceof Number || value instanceof Boolean)
        || !field.choices().contains(value.toString())) {
      return "must be one of " + String.join(", ", field.choices());
    }
    return null;
  }

  private static String checkNumber(CamundaForm.Field field, Object value) {
    BigDecimal number;
    try {
      number = new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      return "must be a number";
    }
    if (!(value instanceof Number || value instanceof String)) {
      return "must be a number";
    }
    if (field.decimalDigits() != null && Math.max(number.stripTrailingZeros().scale(), 0) > field.decimalDigits()) {
      return field.decimalDigits() == 0 ? "must be a whole number"
          : "must have at most " + field.decimalDigits() + " decimal digits";
    }
    if (field.increment() != null && field.increment().signum() > 0
        && number.remainder(field.increment()).signum() != 0) {
      return "must be a multiple of " + field.increment().toPlainString();
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      return "must be at least " + field.min().toPlainString();
    }
    if (field.max() != null && number.compareTo(field.max()) > 0) {
      return "must be at most " + field.max().toPlainString();
    }
    return null;
  }

  /** As in form-js: a condition that cannot be evaluated does not hide its field. */
  private static boolean isHidden(CamundaForm.Field field, Map<String, Object> data) {
    if (field.hide() == null) {
      return false;
    }
    try {
      Object result = FEEL.evaluateSimpleExpression(field.hide(), Variables.fromMap(data).asVariableContext());
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
