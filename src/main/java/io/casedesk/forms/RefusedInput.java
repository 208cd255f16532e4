package io.casedesk.forms;

/**
 * An exception that refuses what a person asked for (a form submission, an assignee), thrown from a listener deep
 * in the engine. {@link CommandNesting} hands it to the caller as thrown, not wrapped in the engine's plain
 * {@code ProcessEngineException}, so that the engine REST answers 400 rather than 500, and {@link RefusalMessages}
 * makes that answer's {@code message} the {@link #reason()} alone.
 */
public interface RefusedInput {

  /**
   * What the person reads: the sentence(s) saying what is wrong, without the technical context that the exception's
   * message and the engine REST add (form ids, definition ids, "Cannot submit task form ..."), e.g.
   * {@code Company (callerCompany): contract CT-DEMO-1 belongs to Demo Customer Ltd, not Other Corp}.
   */
  String reason();
}
