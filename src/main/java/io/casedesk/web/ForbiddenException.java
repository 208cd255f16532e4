package io.casedesk.web;

/**
 * The caller is known but may not do this (a customer asking for another company's data): answered with 403 and
 * the message as the problem's detail, e.g. {@code throw new ForbiddenException("Contract CT-1 is not yours")}.
 */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
