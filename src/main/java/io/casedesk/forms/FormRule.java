package io.casedesk.forms;

import java.util.List;
import java.util.Map;

/**
 * A rule across the fields of a form, or against what the server knows, that the form file cannot state (the
 * contract named must belong to the company named). Spring beans implementing it are checked on every submission
 * of a form, after the form file's own rules have passed, inside the engine's command: a rule may read the
 * database in the transaction of the completion or start.
 */
public interface FormRule {

  /**
   * What is wrong with the submission; empty when the rule holds or does not concern the form.
   *
   * @param data the variables as the process will see them after the submission
   */
  List<FormViolation> check(CamundaForm form, Map<String, Object> data);
}
