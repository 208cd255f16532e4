package io.casedesk.forms;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A form uses something Tasklist 7.24 would not render or the server cannot check (a newer schema, a component
 * type form-js 1.8 lacks, choices from an expression...). Tasks bound to it cannot be completed until it is fixed:
 * an unchecked form is never taken as a checked one.
 */
public class UnsupportedFormException extends ProcessEngineException {

  public UnsupportedFormException(String message) {
    super(message);
  }
}
