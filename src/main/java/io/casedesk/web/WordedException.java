package io.casedesk.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An API refusal whose detail is either a fixed English text or a message code of {@code messages*.properties}
 * with its arguments, which {@link ApiExceptionHandler} writes in the request's language ({@link ApiLanguage}).
 * Refusals customers meet are worded; those only staff meet may stay fixed English.
 */
public abstract class WordedException extends RuntimeException {

  private final transient MessageSourceResolvable wording;

  protected WordedException(String message) {
    super(message);
    this.wording = null;
  }

  /** A worded refusal; its message (for logs) is the code and the arguments. */
  protected WordedException(MessageSourceResolvable wording) {
    super(String.join(",", wording.getCodes()) + (wording.getArguments() == null ? ""
        : " " + java.util.Arrays.toString(wording.getArguments())));
    this.wording = wording;
  }

  /** The detail's code and arguments, or null when the message is the detail as it is. */
  public MessageSourceResolvable wording() {
    return wording;
  }

  /** A message code of {@code messages*.properties} with its arguments. */
  public static MessageSourceResolvable words(String code, Object... arguments) {
    return new DefaultMessageSourceResolvable(new String[] {code}, arguments, null);
  }
}
