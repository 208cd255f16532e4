package io.casedesk.web;

/**
 * The request clashes with the current state (the id is taken, the case is already closed): answered with 409
 * and the message as the problem's detail, e.g. {@code throw new ConflictException("Contract CT-1 already exists")}.
 */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
