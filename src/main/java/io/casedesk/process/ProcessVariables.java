package io.casedesk.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads a process variable as the type a step needs, whatever type the form, REST call or rule stored. */
public final class ProcessVariables {

  private ProcessVariables() {}

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public static boolean bool(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public static int integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Number n ? n.intValue() : value == null ? 0 : Integer.parseInt(value.toString());
  }
}
