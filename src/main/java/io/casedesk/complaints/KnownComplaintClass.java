package io.casedesk.complaints;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A complaint class that complaint-routing.dmn lists; null passes (the hotline classifies the complaint). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownComplaintClass.Validator.class)
public @interface KnownComplaintClass {

  String message() default "must be a complaint class of complaint-routing.dmn";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Created by Spring's validator factory, so it gets the {@link ComplaintClasses} bean. */
  class Validator implements ConstraintValidator<KnownComplaintClass, String> {

    private final ComplaintClasses classes;

    public Validator(ComplaintClasses classes) {
      this.classes = classes;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || classes.isKnown(value)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", classes.all()))
          .addConstraintViolation();
      return false;
    }
  }
}
