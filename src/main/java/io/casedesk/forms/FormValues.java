package io.casedesk.forms;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** The variables a scope sees, as a form sees them: plain values; serialized objects are left serialized. */
final class FormValues {

  private FormValues() {}

  static Map<String, Object> of(VariableScope scope) {
    VariableMap variables = scope.getVariablesTyped(false);
    Map<String, Object> values = new HashMap<>();
    for (String name : variables.keySet()) {
      TypedValue value = variables.getValueTyped(name);
      values.put(name, value instanceof SerializableValue serializable && !serializable.isDeserialized()
          ? value : value.getValue());
    }
    return values;
  }
}
