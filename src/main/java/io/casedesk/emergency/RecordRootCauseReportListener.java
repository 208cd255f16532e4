package io.casedesk.emergency;

import static io.casedesk.emergency.EmergencyVariables.CORRECTIVE_ACTIONS;
import static io.casedesk.emergency.EmergencyVariables.ROOT_CAUSE;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.process.Actors;
import io.casedesk.process.EngineClock;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The root-cause report was written (or reworked): it is stored and goes to management's review. */
@Component("recordRootCauseReport")
public class RecordRootCauseReportListener implements TaskListener {

  private final RedFlagSteps steps;

  public RecordRootCauseReportListener(RedFlagSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> columns = new HashMap<>();
    columns.put("root_cause", string(task, ROOT_CAUSE));
    columns.put("corrective_actions", string(task, CORRECTIVE_ACTIONS));
    columns.put("report_submitted_by", Actors.of(task));
    columns.put("report_submitted_at", EngineClock.now());
    columns.put("status", RedFlagStatus.REPORT_IN_REVIEW);
    steps.update(task, columns);
  }
}
