package io.casedesk.forms;

import java.util.Map;

/**
 * What a task's form shows of a capability's own row, which its process does not keep as variables (who complained,
 * about what): Spring beans implementing it answer whenever a task's form variables are read, as Tasklist does to
 * fill a Camunda Form ({@code GET /task/{id}/form-variables}), so the form reads the row, not a copy of it.
 */
public interface FormFacts {

  /**
   * Values by variable name for a task of the given process instance; empty when the process is none of this
   * bean's. A process variable of the same name wins (an instance started before its process kept it).
   *
   * @param processDefinitionKey the key of the task's process, e.g. {@code complaint}
   * @param businessKey the business key of the task's process instance (the row's number)
   */
  Map<String, Object> of(String processDefinitionKey, String businessKey);
}
