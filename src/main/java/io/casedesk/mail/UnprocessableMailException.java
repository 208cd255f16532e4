package io.casedesk.mail;

/** The message cannot be taken in (broken MIME, no sender): it goes to the error folder, never silently away. */
public class UnprocessableMailException extends RuntimeException {

  public UnprocessableMailException(String message, Throwable cause) {
    super(message, cause);
  }

  public UnprocessableMailException(String message) {
    super(message);
  }
}
