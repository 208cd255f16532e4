package io.casedesk.forms;

import java.util.ArrayDeque;
import java.util.Deque;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Runs before the engine's transaction interceptor on every command, and so
 * <ul>
 *   <li>knows the command a client asked for (the outermost one) as opposed to commands Java steps run inside it,
 *       e.g. a delegate starting another process while an agent completes a task;
 *   <li>hands a refusal ({@link RefusedInput}: a form validation failure, an assignee) to the caller as thrown, after
 *       the transaction has rolled back: the engine wraps exceptions of task listeners in a plain
 *       {@code ProcessEngineException}, which the engine REST would answer with 500, while a
 *       {@link FormValidationException} is answered with 400.
 * </ul>
 */
public final class CommandNesting extends CommandInterceptor {

  private static final ThreadLocal<Deque<Command<?>>> COMMANDS = ThreadLocal.withInitial(ArrayDeque::new);

  /** Whether the command was asked for by a client, not run from inside another command. */
  public static boolean isOutermost(Command<?> command) {
    Deque<Command<?>> commands = COMMANDS.get();
    return !commands.isEmpty() && commands.peekLast() == command;
  }

  @Override
  public <T> T execute(Command<T> command) {
    Deque<Command<?>> commands = COMMANDS.get();
    commands.push(command);
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      throw formProblemIn(e);
    } finally {
      commands.pop();
      if (commands.isEmpty()) {
        COMMANDS.remove();
      }
    }
  }

  private static RuntimeException formProblemIn(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof RefusedInput || cause instanceof UnsupportedFormException) {
        return (RuntimeException) cause;
      }
    }
    return e;
  }
}
