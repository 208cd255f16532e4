package io.casedesk.web;

/**
 * The caller is known but may not do this (a customer asking for another company's data): answered with 403 and
 * the message as the problem's detail, e.g. {@code throw new ForbiddenException("Contract CT-1 is not yours")}.
 */
public class ForbiddenException extends WordedException {

  public ForbiddenException(String message) {
    super(message);
  }

  private ForbiddenException(org.springframework.context.MessageSourceResolvable wording) {
    super(wording);
  }

  /** Worded in the request's language: a code of {@code messages*.properties} and its arguments. */
  public static ForbiddenException worded(String code, Object... arguments) {
    return new ForbiddenException(words(code, arguments));
  }
}
