package io.casedesk.web;

import java.util.List;

/**
 * A request that passed bean validation but is still wrong, found by code (the id in the body is not the one in
 * the path): answered with 400 like a validation error, naming the fields in {@code errors}.
 */
public class BadRequestException extends RuntimeException {

  private final List<InvalidField> errors;

  /** One offending field, e.g. {@code new BadRequestException("id", "must be CT-1, the id in the path")}. */
  public BadRequestException(String field, String message) {
    this(field + ": " + message, List.of(new InvalidField(field, message)));
  }

  public BadRequestException(String detail, List<InvalidField> errors) {
    super(detail);
    this.errors = List.copyOf(errors);
  }

  public List<InvalidField> errors() {
    return errors;
  }
}
