package io.casedesk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The server-side validator over every form in forms/, with valid and invalid submissions. */
class FormValidatorTest {

  /** One valid submission per form; a new form needs one here. */
  static final Map<String, Map<String, Object>> VALID = Map.ofEntries(
      Map.entry("action-plan", Map.of("actionPlan", "J. Smith: replace line card by 14:00\nM. Jones: call back at 15:00")),
      Map.entry("case-intake", Map.ofEntries(
          Map.entry("channel", "phone"), Map.entry("callerName", "Ada Lovelace"),
          Map.entry("callerCompany", "Demo Customer Ltd"), Map.entry("callerPhone", "+36 1 234 5678"),
          Map.entry("callerEmail", "ada@demo.example"), Map.entry("callerAddress", "1 Main Street, Budapest"),
          Map.entry("contractId", "CT-DEMO-1"), Map.entry("product", "Router X200, firmware 4.2"),
          Map.entry("category", "operational-problem"), Map.entry("impact", "high"), Map.entry("urgency", "medium"),
          Map.entry("subject", "Branch office cannot reach the VPN"), Map.entry("description", ""))),
      Map.entry("case-work", Map.of("workAction", "note", "actionNote", "Checked the interface counters")),
      Map.entry("confirm-priority", Map.of("confirmedPriority", "P2", "confirmationNote", "")),
      Map.entry("sales-follow-up", Map.of("salesOutcome", "quote-sent", "salesNote", "Quote Q-17 sent")),
      Map.entry("supervisor-decision", Map.of("supervisorApproved", true, "decisionNote", "Agreed", "newEngineer", "engineer2")),
      Map.entry("vendor-case", Map.of("vendorName", "Acme Networks", "vendorCaseNumber", "SR-2024/0815.1")),
      Map.entry("complaint-answer", Map.of("answer", "We have spoken to the engineer and apologise.")),
      Map.entry("complaint-call-back", Map.of("satisfied", "true", "satisfactionScore", 4, "satisfactionNote", "")),
      Map.entry("complaint-classification", Map.of("complaintClass", "billing")),
      Map.entry("complaint-intake", Map.of("contactName", "Grace Hopper", "contactPhone", "+36 1 555 0100", "contactEmail", "grace@demo.example", "channel", "phone", "complaintClass", "billing", "description", "Charged twice")),
      Map.entry("complaint-settlement", Map.of("settlement", "A credit note for March")),
      Map.entry("handoff-acknowledgement", Map.of("handoffAcknowledged", true, "acknowledgementComment", "")),
      Map.entry("red-flag-acknowledgement", Map.of("acknowledged", true)),
      Map.entry("red-flag-recovery", Map.of("progressNote", "Field team on site", "restored", false)),
      Map.entry("rma-faulty-part-return", Map.of("returnTrackingNumber", "TRK-778/12", "returnNote", "")),
      Map.entry("rma-part-arrival", Map.of("goodSerialNumber", "SN-0042", "vendorRmaNumber", "RMA-V-991")),
      Map.entry("rma-quote", Map.of("quoteReference", "Q-2026-17", "quoteNote", "")),
      Map.entry("rma-replacement", Map.of("replacementNote", "Line card replaced, links up")),
      Map.entry("rma-request", Map.of("requestAction", "submit", "partNumber", "LC-3-10G", "faultySerialNumber", "SN-0007", "site", "Budapest DC1", "requestNote", "")),
      Map.entry("rma-stock-check", Map.of("issueFromDepot", "BUD-1", "goodSerialNumber", "SN-0042")),
      Map.entry("rma-vendor-request", Map.of("vendorRmaNumber", "RMA-V-991")),
      Map.entry("root-cause-report", Map.of("rootCause", "A faulty line card", "correctiveActions", "Spare cards in every depot")),
      Map.entry("problem-closure", Map.of("closureNote", "")),
      Map.entry("problem-fix", Map.of("fixDescription", "Firmware 4.2.1 released")),
      Map.entry("change-plan", Map.of("planAction", "submit", "planWhat", "Upgrade core-1 to 15.2(4)M11",
          "planWhy", "Fixes bug CSCxy12345", "planRisk", "Routing down for 10 minutes",
          "planRollback", "Boot the previous image", "windowStart", "2026-03-10T22:00Z",
          "windowEnd", "2026-03-10T23:00Z")),
      Map.entry("change-review", Map.of("verdict", "changes", "reviewComment", "Add the reload time")),
      Map.entry("change-quote", Map.of("quoteReference", "Q-2026-31", "quotePrice", "EUR 1,200", "quoteNote", "")),
      Map.entry("change-implementation", Map.of("implementationOutcome", "completed",
          "implementationNote", "Reloaded at 22:07")),
      Map.entry("change-report", Map.of("implementationReport", "Upgraded core-1 at 22:07; routing back at 22:16.")),
      Map.entry("article-proposal", Map.of("proposalAction", "submit", "articleTitle", "VPN drops after 4.2",
          "symptom", "The branch VPN drops every hour", "cause", "", "articleSolution", "Upgrade to 4.2.1",
          "product", "router-x", "category", "operational-problem", "visibility", "customer")),
      Map.entry("article-review", Map.of("reviewDecision", "revise", "visibility", "customer",
          "reviewComment", "Name the firmware version in the title")),
      Map.entry("inspection-checklist", Map.of("hardwareChecked", true, "logsReviewed", true,
          "configurationBackedUp", true, "condition", "attention", "softwareVersion", "17.9.4a",
          "notes", "Fan 2 louder than usual", "recommendation", "Replace the fan tray at the next window",
          "followUp", "none")),
      Map.entry("problem-known-error", Map.of("workaround", "Restart the BGP daemon nightly")),
      Map.entry("problem-root-cause", Map.of("rootCause", "Firmware 4.2 leaks memory")),
      Map.entry("root-cause-review", Map.of("reportAccepted", true, "reviewNote", "")),
      Map.entry("shift-notes", Map.of("outgoingNotes", "Storm warning for tonight")));

  final FormValidator validator = new FormValidator();

  static Stream<CamundaForm> forms() {
    return FormFiles.forms().stream().map(FormFiles::form);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void validSubmissionIsAccepted(CamundaForm form) {
    assertThat(VALID).as("a valid submission of form %s in this test", form.id()).containsKey(form.id());
    assertThat(validator.validate(form, VALID.get(form.id()))).isEmpty();
  }

  /** Required fields that the valid submission's own choices hide (conditional.hide): missing, they are no fault. */
  static final Set<String> HIDDEN_IN_VALID = Set.of("article-review.visibility");

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void missingRequiredFieldsAreNamed(CamundaForm form) {
    for (CamundaForm.Field field : form.inputs()) {
      // form-js accepts a text of spaces for a required field; the server does not (JS trim: no-break spaces too)
      for (Object empty : new Object[] {null, "", "   ", "\u00A0\t\n "}) {
        Map<String, Object> submission = valid(form);
        submission.put(field.key(), empty);
        List<FormViolation> violations = validator.validate(form, submission);
        if (field.required() && !HIDDEN_IN_VALID.contains(form.id() + "." + field.key())) {
          assertThat(violations).as("%s without %s", form.id(), field.key()).singleElement()
              .satisfies(v -> assertThat(v.field()).isEqualTo(field.key()))
              .satisfies(v -> assertThat(v.message()).isEqualTo("is required"));
        } else {
          assertThat(violations).as("%s without the optional %s", form.id(), field.key()).isEmpty();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void textsLongerThanAllowedAreRefused(CamundaForm form) {
    for (CamundaForm.Field field : form.inputs()) {
      if (field.maxLength() == null) {
        continue;
      }
      Map<String, Object> submission = valid(form);
      submission.put(field.key(), "x".repeat(field.maxLength() + 1));
      assertThat(validator.validate(form, submission)).as("%s.%s too long", form.id(), field.key()).singleElement()
          .satisfies(v -> assertThat(v.field()).isEqualTo(field.key()))
          .satisfies(v -> assertThat(v.message()).startsWith(field.pattern() != null ? "" // the pattern fails first
              : "must be at most " + field.maxLength() + " characters"));

      if (field.pattern() == null) {
        // as in form-js, the length is that of the trimmed text
        submission.put(field.key(), "  " + "x".repeat(field.maxLength()) + "\n");
        assertThat(validator.validate(form, submission)).as("%s.%s at its limit", form.id(), field.key()).isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void choicesOutsideTheListAreRefused(CamundaForm form) {
    for (CamundaForm.Field field : form.inputs()) {
      if (!field.isChoice()) {
        continue;
      }
      for (Object wrong : new Object[] {"not-a-choice", field.choices().get(0).toUpperCase() + " ", 42}) {
        Map<String, Object> submission = valid(form);
        submission.put(field.key(), wrong);
        assertThat(validator.validate(form, submission)).as("%s.%s = %s", form.id(), field.key(), wrong)
            .singleElement()
            .satisfies(v -> assertThat(v.message()).isEqualTo("must be one of " + String.join(", ", field.choices())));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void valuesOfTheWrongTypeAreRefused(CamundaForm form) {
    for (CamundaForm.Field field : form.inputs()) {
      Object wrong = switch (field.type()) {
        case "checkbox" -> "yes";
        case "number" -> "forty-two";
        case "textfield", "textarea" -> 42;
        default -> null;
      };
      if (wrong == null) {
        continue;
      }
      Map<String, Object> submission = valid(form);
      submission.put(field.key(), wrong);
      assertThat(validator.validate(form, submission)).as("%s.%s = %s", form.id(), field.key(), wrong)
          .extracting(FormViolation::field).containsExactly(field.key());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void variablesTheFormDoesNotOfferAreRefused(CamundaForm form) {
    Map<String, Object> submission = valid(form);
    submission.put("priority", "P1");
    submission.put("caseEngineer", "intruder");
    assertThat(validator.validate(form, submission))
        .extracting(FormViolation::field, FormViolation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("caseEngineer", "is not a field of form " + form.id() + " and may not be set here"),
            org.assertj.core.groups.Tuple.tuple("priority", "is not a field of form " + form.id() + " and may not be set here"));
  }

  @Test
  void patternsOfTheIntakeAndVendorForms() {
    CamundaForm intake = FormFiles.form("case-intake");
    assertThat(check(intake, "callerPhone", "call me later")).extracting(FormViolation::field).containsExactly("callerPhone");
    assertThat(check(intake, "callerPhone", "+36 (1) 234-5678")).isEmpty();
    assertThat(check(intake, "callerEmail", "ada@")).extracting(FormViolation::field).containsExactly("callerEmail");
    assertThat(check(intake, "callerEmail", "")).as("optional").isEmpty();

    CamundaForm vendor = FormFiles.form("vendor-case");
    assertThat(check(vendor, "vendorCaseNumber", "SR 2024")).singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("must be a case number such as SR-2024/0815.1"));
    assertThat(check(vendor, "vendorCaseNumber", "ACME-778812")).isEmpty();
  }

  @Test
  void patternErrorsReadAsWordsNotAsRegularExpressions() {
    assertThat(check(FormFiles.form("case-intake"), "callerPhone", "call me later"))
        .extracting(FormViolation::toString)
        .containsExactly("Phone number (callerPhone): must be a phone number such as +36 1 234 5678");
    assertThat(check(FormFiles.form("complaint-intake"), "contactPhone", "ask at reception"))
        .extracting(FormViolation::toString)
        .containsExactly("Phone (contactPhone): must be a phone number such as +36 1 234 5678");
    assertThat(check(FormFiles.form("complaint-intake"), "contactPhone", "+36 1 555 0100")).isEmpty();
    assertThat(check(FormFiles.form("case-intake"), "callerEmail", "ada@"))
        .extracting(FormViolation::toString)
        .containsExactly("E-mail address (callerEmail): must be an e-mail address such as jane.smith@example.com");
    assertThat(check(FormFiles.form("case-intake"), "callerEmail", "a".repeat(310) + "@example.com"))
        .as("no longer than an e-mail address can be").hasSize(1);
    assertThat(check(FormFiles.form("rma-stock-check"), "issueFromDepot", "B"))
        .extracting(FormViolation::message).containsExactly("must be a depot code such as BUD-1: 2 to 64 letters, digits or hyphens");

    // every pattern of every form: a wrong value is told in words, never as the expression
    for (CamundaForm form : forms().toList()) {
      for (CamundaForm.Field field : form.inputs()) {
        if (field.pattern() == null) {
          continue;
        }
        assertThat(check(form, field.key(), "#?* !")).as("%s.%s", form.id(), field.key()).singleElement()
            .satisfies(v -> assertThat(v.message()).isEqualTo(field.patternMessage())
                .doesNotContain(field.pattern().pattern()).doesNotContain("[").doesNotContain("\\"));
      }
    }
  }

  @Test
  void formJsBuiltInValidationTypesAreCheckedWithItsExpressions() {
    CamundaForm form = inline("""
        {"id": "t", "schemaVersion": 16, "components": [
          {"type": "textfield", "key": "mail", "label": "Mail", "validate": {"validationType": "email"}},
          {"type": "textfield", "key": "phone", "label": "Phone", "validate": {"validationType": "phone"}}]}""");
    assertThat(validator.validate(form, Map.of("mail", "jane.smith@example.com", "phone", "+3612345678"))).isEmpty();
    assertThat(validator.validate(form, Map.of("mail", "jane smith@example.com", "phone", "+36 1 234 5678")))
        .extracting(FormViolation::toString).containsExactly(
            "Mail (mail): must be an e-mail address such as jane.smith@example.com",
            "Phone (phone): must be an international phone number without spaces, such as +3612345678");
  }

  @Test
  void untouchedValuesStillCountAndMustStillBeValid() {
    // Tasklist pre-fills the form from the process variables and sends untouched values back unchanged
    CamundaForm work = FormFiles.form("case-work");
    Map<String, Object> data = Map.of("workAction", "note", "actionNote", "Earlier note", "caseNumber", "CS-1");
    assertThat(validator.validate(work, data, Set.of("workAction"))).as("a process variable not written").isEmpty();
    assertThat(validator.validate(work, Map.of("workAction", "note"), Set.of("workAction")))
        .extracting(FormViolation::field).containsExactly("actionNote");
  }

  @Test
  void fieldHiddenByItsConditionIsNotRequired() {
    CamundaForm form = inline("""
        {"id": "t", "schemaVersion": 16, "components": [
          {"type": "checkbox", "key": "approved", "label": "Approved"},
          {"type": "textfield", "key": "reason", "label": "Reason", "validate": {"required": true, "maxLength": 5},
           "conditional": {"hide": "=approved = true"}}]}""");
    assertThat(validator.validate(form, Map.of("approved", true))).isEmpty();
    assertThat(validator.validate(form, Map.of("approved", false))).extracting(FormViolation::toString)
        .containsExactly("Reason (reason): is required");
    assertThat(validator.validate(form, Map.of("approved", true, "reason", "far too long")))
        .as("a hidden field's value is still checked").extracting(FormViolation::field).containsExactly("reason");

    CamundaForm supervisor = FormFiles.form("supervisor-decision");
    assertThat(supervisor.field("newEngineer").orElseThrow().hide()).isEqualTo("workAction != \"change-engineer\"");
  }

  @Test
  void numberRules() {
    CamundaForm form = inline("""
        {"id": "t", "schemaVersion": 16, "components": [
          {"type": "number", "key": "hours", "label": "Hours", "decimalDigits": 1, "increment": "0.5",
           "validate": {"min": 0.5, "max": 8}}]}""");
    assertThat(validator.validate(form, Map.of("hours", 2.5))).isEmpty();
    assertThat(validator.validate(form, Map.of("hours", "4"))).as("form-js may serialize numbers as text").isEmpty();
    assertThat(message(form, 0)).isEqualTo("must be at least 0.5");
    assertThat(message(form, 8.5)).isEqualTo("must be at most 8");
    assertThat(message(form, 1.25)).isEqualTo("must have at most 1 decimal digits");
    assertThat(message(form, 1.3)).isEqualTo("must be a multiple of 0.5");
    assertThat(message(form, "NaN")).isEqualTo("must be a number");
    assertThat(message(form, true)).isEqualTo("must be a number");
  }

  @Test
  void patternIsSearchedAsFormJsDoesUnlessAnchored() {
    CamundaForm form = inline("""
        {"id": "t", "schemaVersion": 16, "components": [
          {"type": "textfield", "key": "loose", "validate": {"pattern": "[0-9]+"}},
          {"type": "textfield", "key": "strict", "validate": {"pattern": "^[0-9]+$"}}]}""");
    assertThat(validator.validate(form, Map.of("loose", "abc1", "strict", "123"))).isEmpty();
    assertThat(validator.validate(form, Map.of("loose", "abc", "strict", "12a")))
        .extracting(FormViolation::field).containsExactly("loose", "strict");
  }

  @Test
  void exceptionMessageNamesEveryField() {
    CamundaForm work = FormFiles.form("case-work");
    var exception = new FormValidationException(work.id(),
        validator.validate(work, Map.of("workAction", "escalate", "actionNote", "x", "priority", "P1")));
    assertThat(exception).hasMessage("Form case-work was not accepted: What do you want to do? (workAction): must be "
        + "one of note, request-info, solve, vendor, onsite, change-engineer, hardware; "
        + "priority: is not a field of form case-work and may not be set here");
    assertThat(exception.reason()).as("what an agent reads").isEqualTo("What do you want to do? (workAction): must be "
        + "one of note, request-info, solve, vendor, onsite, change-engineer, hardware; "
        + "priority: is not a field of form case-work and may not be set here");
  }

  @Test
  void formsTasklistCannotRenderOrTheServerCannotCheckAreRefused() {
    assertThatThrownBy(() -> inline("""
        {"id": "t", "schemaVersion": 17, "components": []}"""))
        .isInstanceOf(UnsupportedFormException.class).hasMessageContaining("schemaVersion 17");
    assertThatThrownBy(() -> inline("""
        {"id": "t", "schemaVersion": 16, "components": [{"type": "dynamiclist", "id": "list"}]}"""))
        .isInstanceOf(UnsupportedFormException.class).hasMessageContaining("type dynamiclist");
    assertThatThrownBy(() -> inline("""
        {"id": "t", "schemaVersion": 16, "components": [{"type": "select", "key": "q", "valuesKey": "queues"}]}"""))
        .isInstanceOf(UnsupportedFormException.class).hasMessageContaining("valuesKey");
    assertThatThrownBy(() -> inline("""
        {"id": "t", "schemaVersion": 16, "components": [{"type": "number", "key": "n", "validate": {"max": "=limit"}}]}"""))
        .isInstanceOf(UnsupportedFormException.class).hasMessageContaining("not an expression");
    assertThatThrownBy(() -> inline("""
        {"id": "t", "schemaVersion": 16, "components": [{"type": "textfield", "key": "p",
         "validate": {"validationType": "iban"}}]}"""))
        .isInstanceOf(UnsupportedFormException.class).hasMessageContaining("validationType iban");
  }

  private List<FormViolation> check(CamundaForm form, String key, Object value) {
    Map<String, Object> submission = valid(form);
    submission.put(key, value);
    return validator.validate(form, submission);
  }

  private String message(CamundaForm form, Object hours) {
    return validator.validate(form, Map.of("hours", hours)).get(0).message();
  }

  private static Map<String, Object> valid(CamundaForm form) {
    return new HashMap<>(VALID.get(form.id()));
  }

  private static CamundaForm inline(String json) {
    return CamundaForm.parse(json.getBytes(StandardCharsets.UTF_8));
  }
}
