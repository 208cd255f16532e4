package io.casedesk.forms;

import io.casedesk.web.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Checks a submission against its Camunda Form with the rules form-js 1.8 applies in the browser (its
 * {@code Validator}), so that what Tasklist refuses the server refuses too, whichever way the values arrive:
 *
 * <ul>
 *   <li>{@code required}: null, a text of nothing but spaces (form-js accepts {@code "   "}; the server does
 *       not), an unticked checkbox count as missing; a field hidden by its
 *       {@code conditional.hide} expression (FEEL, evaluated over the process variables and the submission, as
 *       form-js evaluates it over the form's data) is not required;
 *   <li>{@code minLength}/{@code maxLength} on the trimmed text, {@code min}/{@code max}, the {@code decimalDigits}
 *       and {@code increment} of number fields;
 *   <li>{@code pattern} as written: form-js tests it with {@code new RegExp(pattern).test(value)}, which finds
 *       the pattern anywhere in the value unless the pattern anchors itself with {@code ^...$}; the same for the
 *       custom property {@code pattern}, which only the server checks. A mismatch is told in the words of the
 *       field's custom property {@code patternMessage};
 *   <li>{@code validationType} {@code email} and {@code phone} with form-js's own expressions, told in words;
 *   <li>select and radio values must be one of the listed values.
 * </ul>
 *
 * <p>On top of form-js, every value must have its field's type (text, number, true/false), and every variable
 * the submission writes must be an input of the form: a crafted request cannot set what the form does not offer.
 */
public final class FormValidator {

  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

  /** form-js 1.8's e-mail rule ({@code validationType: "email"}), as its Validator tests it. */
  static final Pattern EMAIL = Pattern.compile("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");

  /** form-js 1.8's phone rule ({@code validationType: "phone"}): E.164, no spaces, searched as JS does. */
  static final Pattern PHONE = Pattern.compile("(\\+|00)(297|93|244|1264|358|355|376|971|54|374|1684|1268|61|43|994|257|32|229|226|880|359|973|1242|387|590|375|501|1441|591|55|1246|673|975|267|236|1|61|41|56|86|225|237|243|242|682|57|269|238|506|53|5999|61|1345|357|420|49|253|1767|45|1809|1829|1849|213|593|20|291|212|34|372|251|358|679|500|33|298|691|241|44|995|44|233|350|224|590|220|245|240|30|1473|299|502|594|1671|592|852|504|385|509|36|62|44|91|246|353|98|964|354|972|39|1876|44|962|81|76|77|254|996|855|686|1869|82|383|965|856|961|231|218|1758|423|94|266|370|352|371|853|590|212|377|373|261|960|52|692|389|223|356|95|382|976|1670|258|222|1664|596|230|265|60|262|264|687|227|672|234|505|683|31|47|977|674|64|968|92|507|64|51|63|680|675|48|1787|1939|850|351|595|970|689|974|262|40|7|250|966|249|221|65|500|4779|677|232|503|378|252|508|381|211|239|597|421|386|46|268|1721|248|963|1649|235|228|66|992|690|993|670|676|1868|216|90|688|886|255|256|380|598|1|998|3906698|379|1784|58|1284|1340|84|678|681|685|967|27|260|263)(9[976]\\d|8[987530]\\d|6[987]\\d|5[90]\\d|42\\d|3[875]\\d|2[98654321]\\d|9[8543210]|8[6421]|6[6543210]|5[87654321]|4[987654310]|3[9643210]|2[70]|7|1)\\d{4,20}$");

  /** The longest e-mail address (RFC 5321); form-js has no limit, Modeler drops maxLength with a validationType. */
  static final int EMAIL_MAX_LENGTH = 320;

  private final Supplier<? extends List<FormRule>> rules;

  /** Only the rules of the form files. */
  public FormValidator() {
    this(List.of());
  }

  /** The rules of the form files, then, for a submission that keeps them, the given rules across fields. */
  public FormValidator(List<FormRule> rules) {
    List<FormRule> copy = List.copyOf(rules);
    this.rules = () -> copy;
  }

  /** As {@link #FormValidator(List)}, the rules looked up at each validation (Spring beans made after the engine). */
  public FormValidator(Supplier<? extends List<FormRule>> rules) {
    this.rules = rules;
  }

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
    if (violations.isEmpty()) {
      for (FormRule rule : rules.get()) {
        violations.addAll(rule.check(form, data));
      }
    }
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
    return value == null || (value instanceof String text && Texts.isBlank(text))
        || ("checkbox".equals(field.type()) && Boolean.FALSE.equals(value));
  }

  private static String checkText(CamundaForm.Field field, String text) {
    if (field.pattern() != null && !field.pattern().matcher(text).find()) {
      return field.patternMessage() != null ? field.patternMessage()
          : "does not have the expected form (pattern " + field.pattern().pattern() + ")";
    }
    if ("email".equals(field.validationType())
        && (!EMAIL.matcher(text).find() || text.length() > EMAIL_MAX_LENGTH)) {
      return "must be an e-mail address such as jane.smith@example.com";
    }
    if ("phone".equals(field.validationType()) && !PHONE.matcher(text).find()) {
      return "must be an international phone number without spaces, such as +3612345678";
    }
    // form-js measures the trimmed text
    int length = Texts.strip(text).length();
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
