package io.casedesk.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request found wrong by code rather than by Spring's argument validation (the id in the body is not the one
 * in the path; a body validated after the caller's rights were checked): answered with 400 like a validation
 * error, naming the fields in {@code errors}.
 */
public class BadRequestException extends WordedException {

  private final List<InvalidField> errors;
  /** Whether the detail only names the fields: then it is written again from the fields' worded messages. */
  private final boolean detailNamesFields;

  /** One offending field, e.g. {@code new BadRequestException("id", "must be CT-1, the id in the path")}. */
  public BadRequestException(String field, String message) {
    this(List.of(new InvalidField(field, message)));
  }

  /** Several offending fields; the detail lists their names. */
  public BadRequestException(List<InvalidField> errors) {
    super(detailOf(errors));
    this.errors = List.copyOf(errors);
    this.detailNamesFields = true;
  }

  public BadRequestException(String detail, List<InvalidField> errors) {
    super(detail);
    this.errors = List.copyOf(errors);
    this.detailNamesFields = false;
  }

  boolean detailNamesFields() {
    return detailNamesFields;
  }

  public List<InvalidField> errors() {
    return errors;
  }

  static String detailOf(List<InvalidField> errors) {
    if (errors.isEmpty()) {
      return "The request is invalid";
    }
    if (errors.size() == 1) {
      return "Invalid field " + errors.get(0).field() + ": " + errors.get(0).message();
    }
    return "Invalid fields: " + errors.stream().map(InvalidField::field).distinct().collect(Collectors.joining(", "));
  }
}
