package io.casedesk.web;

/**
 * Something the request names does not exist: answered with 404 and the message as the problem's detail, e.g.
 * {@code throw new NotFoundException("Case CS-1 not found")}.
 */
public class NotFoundException extends WordedException {

  public NotFoundException(String message) {
    super(message);
  }

  private NotFoundException(org.springframework.context.MessageSourceResolvable wording) {
    super(wording);
  }

  /** Worded in the request's language: a code of {@code messages*.properties} and its arguments. */
  public static NotFoundException worded(String code, Object... arguments) {
    return new NotFoundException(words(code, arguments));
  }
}
