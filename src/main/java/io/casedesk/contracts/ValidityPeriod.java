package io.casedesk.contracts;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** validTo is not before validFrom; reported on the field {@code validTo}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidityPeriod.Check.class)
public @interface ValidityPeriod {

  String message() default "must not be before validFrom";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<ValidityPeriod, ContractRequest> {

    @Override
    public boolean isValid(ContractRequest request, ConstraintValidatorContext context) {
      if (request == null || request.validFrom() == null || request.validTo() == null
          || !request.validTo().isBefore(request.validFrom())) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("validTo")
          .addConstraintViolation();
      return false;
    }
  }
}
