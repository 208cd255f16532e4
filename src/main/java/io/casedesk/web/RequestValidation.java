package io.casedesk.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Bean validation of a request body called from the controller method, after {@code @PreAuthorize} has let the
 * caller in: someone who may not write gets 403, not a list of what to fix first. Violations become a
 * {@link BadRequestException}, i.e. the same 400 problem as {@code @Valid}.
 */
@Component
public class RequestValidation {

  private final Validator validator;

  public RequestValidation(Validator validator) {
    this.validator = validator;
  }

  /** Returns the body when valid in the given groups (the default group when none are given). */
  public <T> T valid(T body, Class<?>... groups) {
    if (body == null) {
      throw new BadRequestException("The request body is missing", List.of());
    }
    Set<ConstraintViolation<T>> violations =
        validator.validate(body, groups.length == 0 ? new Class<?>[] {Default.class} : groups);
    if (!violations.isEmpty()) {
      throw new BadRequestException(violations.stream()
          .map(InvalidField::of)
          .sorted(Comparator.comparing(InvalidField::field).thenComparing(InvalidField::message))
          .toList());
    }
    return body;
  }
}
