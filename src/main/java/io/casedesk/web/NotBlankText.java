package io.casedesk.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code @NotBlank} on a text of the API means what it means in the browser and in the form validator: not made of
 * spaces only, the no-break space included (JavaScript's {@code trim()}, see {@link Texts}). Hibernate Validator's
 * own check trims only the characters up to U+0020, so a required text pasted as no-break spaces would pass.
 *
 * <p>Registered for {@code String} through {@code META-INF/services/jakarta.validation.ConstraintValidator}; Hibernate
 * Validator keeps its own validators too and picks the most specific type, so this one checks every
 * {@code String} and the built-in one other character sequences.
 */
public class NotBlankText implements ConstraintValidator<NotBlank, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value != null && !Texts.isBlank(value);
  }
}
