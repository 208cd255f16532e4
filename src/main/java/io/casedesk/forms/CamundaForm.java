package io.casedesk.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Camunda Form (a {@code .form} file, form-js schema) as far as the server validates it: its fields with
 * their keys, choices and the rules of their {@code validate} block.
 *
 * <p>Only what the Tasklist of Camunda 7.24 (form-js 1.8) renders is accepted: {@link #SUPPORTED_TYPES}, static
 * choice lists, literal validation values. {@link #parse} refuses anything else with an
 * {@link UnsupportedFormException}, so a form the server cannot check is never taken as checked.
 */
public record CamundaForm(String id, int schemaVersion, List<Field> fields) {

  /** The newest schema form-js 1.8 reads; newer Modelers write higher versions for newer Tasklists. */
  public static final int MAX_SCHEMA_VERSION = 16;

  /** Component types agents may meet in Casedesk forms: all rendered by form-js 1.8 and checked here. */
  public static final Set<String> SUPPORTED_TYPES =
      Set.of("textfield", "textarea", "number", "select", "radio", "checkbox", "datetime", "text");

  /** Types whose value is submitted under their key; {@code text} only displays. */
  static final Set<String> KEYED_TYPES =
      Set.of("textfield", "textarea", "number", "select", "radio", "checkbox", "datetime");

  static final Set<String> CHOICE_TYPES = Set.of("select", "radio");

  private static final Set<String> VALIDATE_RULES =
      Set.of("required", "min", "max", "minLength", "maxLength", "pattern", "validationType");

  /**
   * Custom property holding a text field's pattern, checked by the server only: form-js 1.8 would show the agent
   * the regular expression itself ("Field must match pattern ^\\+?[0-9(]..."), so forms keep patterns here.
   */
  public static final String PATTERN_PROPERTY = "pattern";

  /** Custom property with the human message of a pattern, completing "Label (key): ...", e.g. "must be ...". */
  public static final String PATTERN_MESSAGE_PROPERTY = "patternMessage";

  /** The built-in rules form-js 1.8 offers as {@code validate.validationType}, with its own human message. */
  public static final Set<String> VALIDATION_TYPES = Set.of("email", "phone");

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One component of the form.
   *
   * @param choices the allowed values of a select or radio field, else empty
   * @param hide the FEEL expression of {@code conditional.hide} without its leading {@code =}, else null
   * @param pattern the field's pattern: {@code validate.pattern} or the custom property {@code pattern}
   * @param patternMessage what a value that does not match must be, in words ("must be ..."), else null
   * @param validationType form-js's built-in rule ({@code email} or {@code phone}), else null
   * @param properties the custom properties Camunda Modeler shows under "Custom properties"
   */
  public record Field(String type, String key, String label, boolean required, BigDecimal min, BigDecimal max,
      Integer minLength, Integer maxLength, Pattern pattern, String patternMessage, String validationType,
      List<String> choices, String hide, boolean disabled, Integer decimalDigits, BigDecimal increment,
      Map<String, String> properties) {

    public boolean keyed() {
      return key != null && KEYED_TYPES.contains(type);
    }

    public boolean isChoice() {
      return CHOICE_TYPES.contains(type);
    }

    public Optional<String> property(String name) {
      return Optional.ofNullable(properties.get(name));
    }
  }

  public static CamundaForm parse(byte[] json) {
    try {
      return parse(JSON.readTree(json));
    } catch (IOException e) {
      throw new UnsupportedFormException("The form is not valid JSON: " + e.getMessage());
    }
  }

  public static CamundaForm parse(JsonNode form) {
    String id = text(form, "id");
    if (id == null) {
      throw new UnsupportedFormException("The form has no id");
    }
    int schemaVersion = form.path("schemaVersion").asInt(0);
    if (schemaVersion < 1 || schemaVersion > MAX_SCHEMA_VERSION) {
      throw new UnsupportedFormException("Form " + id + ": schemaVersion " + form.path("schemaVersion")
          + " is not one Tasklist 7.24 (form-js 1.8) reads; save it for Camunda Platform 7.24 (schemaVersion <= "
          + MAX_SCHEMA_VERSION + ")");
    }
    List<Field> fields = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      fields.add(field(id, component));
    }
    return new CamundaForm(id, schemaVersion, List.copyOf(fields));
  }

  public Optional<Field> field(String key) {
    return fields.stream().filter(f -> f.keyed() && f.key().equals(key)).findFirst();
  }

  /** The fields whose values an agent submits; a disabled field is shown but never submitted. */
  public List<Field> inputs() {
    return fields.stream().filter(f -> f.keyed() && !f.disabled()).toList();
  }

  private static Field field(String formId, JsonNode component) {
    String type = text(component, "type");
    String where = "Form " + formId + ", component " + (component.has("key") ? text(component, "key")
        : text(component, "id"));
    if (type == null || !SUPPORTED_TYPES.contains(type)) {
      throw new UnsupportedFormException(where + ": type " + type + " is not one of " + SUPPORTED_TYPES);
    }
    if (component.has("components") || component.has("path")) {
      throw new UnsupportedFormException(where + ": nested components and paths are not supported");
    }
    for (String dynamic : List.of("valuesKey", "valuesExpression")) {
      if (component.has(dynamic)) {
        throw new UnsupportedFormException(where + ": choices from " + dynamic
            + " cannot be checked by the server; list them as static values");
      }
    }
    String key = text(component, "key");
    if (KEYED_TYPES.contains(type) && key == null) {
      throw new UnsupportedFormException(where + ": a " + type + " field needs a key");
    }
    if (component.path("disabled").isTextual() || component.path("readonly").isTextual()) {
      throw new UnsupportedFormException(where + ": disabled/readonly must be true or false, not an expression");
    }
    JsonNode validate = component.path("validate");
    validate.fieldNames().forEachRemaining(rule -> {
      if (!VALIDATE_RULES.contains(rule)) {
        throw new UnsupportedFormException(where + ": validation rule " + rule + " is not supported; use one of "
            + VALIDATE_RULES);
      }
      if (validate.get(rule).isTextual() && validate.get(rule).asText().startsWith("=")) {
        throw new UnsupportedFormException(where + ": validation rule " + rule
            + " must be a literal value, not an expression");
      }
    });
    List<String> choices = new ArrayList<>();
    for (JsonNode value : component.path("values")) {
      choices.add(value.path("value").asText());
    }
    if (CHOICE_TYPES.contains(type) && choices.isEmpty()) {
      throw new UnsupportedFormException(where + ": a " + type + " field needs its values");
    }
    String hide = null;
    if (component.path("conditional").has("hide")) {
      hide = component.path("conditional").path("hide").asText().strip();
      if (!hide.startsWith("=")) {
        throw new UnsupportedFormException(where + ": conditional.hide must be a FEEL expression starting with =");
      }
      hide = hide.substring(1);
    }
    Map<String, String> properties = new LinkedHashMap<>();
    component.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), p.getValue().asText()));
    String validationType = text(validate, "validationType");
    if (validationType != null && validationType.isEmpty()) {
      validationType = null; // Modeler's "Custom"
    }
    if (validationType != null && !VALIDATION_TYPES.contains(validationType)) {
      throw new UnsupportedFormException(where + ": validationType " + validationType + " is not one of "
          + VALIDATION_TYPES);
    }
    if (text(validate, "pattern") != null && !text(validate, "pattern").isEmpty()
        && properties.containsKey(PATTERN_PROPERTY)) {
      throw new UnsupportedFormException(where + ": a pattern in validate and in the custom property "
          + PATTERN_PROPERTY + "; keep one");
    }
    Pattern pattern = pattern(text(validate, "pattern") != null && !text(validate, "pattern").isEmpty()
        ? text(validate, "pattern") : properties.get(PATTERN_PROPERTY), where);
    String patternMessage = properties.get(PATTERN_MESSAGE_PROPERTY);
    return new Field(type, key, text(component, "label") != null ? text(component, "label") : text(component, "dateLabel"), validate.path("required").asBoolean(false),
        decimal(validate, "min", where), decimal(validate, "max", where), integer(validate, "minLength", where),
        integer(validate, "maxLength", where), pattern, patternMessage == null || patternMessage.isBlank() ? null
            : patternMessage.strip(), validationType, List.copyOf(choices), hide,
        component.path("disabled").asBoolean(false), integer(component, "decimalDigits", where),
        decimal(component, "increment", where), Map.copyOf(properties));
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static BigDecimal decimal(JsonNode node, String name, String where) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull() || value.asText().isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(value.asText());
    } catch (NumberFormatException e) {
      throw new UnsupportedFormException(where + ": " + name + " is not a number: " + value);
    }
  }

  private static Integer integer(JsonNode node, String name, String where) {
    BigDecimal value = decimal(node, name, where);
    try {
      return value == null ? null : value.intValueExact();
    } catch (ArithmeticException e) {
      throw new UnsupportedFormException(where + ": " + name + " must be a whole number: " + value);
    }
  }

  private static Pattern pattern(String pattern, String where) {
    if (pattern == null || pattern.isEmpty()) {
      return null;
    }
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new UnsupportedFormException(where + ": pattern " + pattern + " is not a valid regular expression");
    }
  }
}
