package io.casedesk.web;

/**
 * Something the request names does not exist: answered with 404 and the message as the problem's detail, e.g.
 * {@code throw new NotFoundException("Case CS-1 not found")}.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
