package io.casedesk.security;

import io.casedesk.forms.RefusedInput;
import org.camunda.bpm.engine.BadUserRequestException;

/** A person asked to give a task to someone who does not exist or may not work it: the engine REST answers 400. */
public class AssigneeRefusedException extends BadUserRequestException implements RefusedInput {

  public AssigneeRefusedException(String message) {
    super(message);
  }

  /** The message already is the sentence, e.g. {@code Task "Work the case" cannot be given to nobody: ...}. */
  @Override
  public String reason() {
    return getMessage();
  }
}
