package io.casedesk.deployment;

/** A diagram, decision table or form the engine refuses; the message names the file and the element. */
public class InvalidDiagramException extends RuntimeException {

  public InvalidDiagramException(String message, Throwable cause) {
    super(message, cause);
  }
}
