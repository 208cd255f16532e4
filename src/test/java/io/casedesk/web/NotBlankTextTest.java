package io.casedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cases.CaseRequests;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/** A required API text is refused when it is made of spaces of any kind, as the browser and the forms refuse it. */
class NotBlankTextTest {

  final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void spacesOfEveryKindAreBlank() {
    for (String blank : new String[] {"", "   ", "\t\n", "\u00A0\u00A0", "\u2003\u202F", "\uFEFF "}) {
      assertThat(validator.validate(new CaseRequests.Message(blank))).as("[%s]", blank)
          .extracting(ConstraintViolation::getMessage).containsExactly("must not be blank");
    }
    assertThat(validator.validate(new CaseRequests.Message(null))).hasSize(1);
    assertThat(validator.validate(new CaseRequests.Message(" Firmware 4.2 "))).isEmpty();
  }
}
