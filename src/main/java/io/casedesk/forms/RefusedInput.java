package io.casedesk.forms;

/**
 * An exception that refuses what a person asked for (a form submission, an assignee), thrown from a listener deep
 * in the engine. {@link CommandNesting} hands it to the caller as thrown, not wrapped in the engine's plain
 * {@code ProcessEngineException}, so that the engine REST answers 400 with its message rather than 500.
 */
public interface RefusedInput {}
