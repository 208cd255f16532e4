package io.casedesk.web;

/**
 * The request clashes with the current state (the id is taken, the case is already closed): answered with 409
 * and the message as the problem's detail, e.g. {@code throw new ConflictException("Contract CT-1 already exists")}.
 */
public class ConflictException extends WordedException {

  public ConflictException(String message) {
    super(message);
  }

  private ConflictException(org.springframework.context.MessageSourceResolvable wording) {
    super(wording);
  }

  /** Worded in the request's language: a code of {@code messages*.properties} and its arguments. */
  public static ConflictException worded(String code, Object... arguments) {
    return new ConflictException(words(code, arguments));
  }
}
