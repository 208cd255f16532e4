package io.casedesk.emergency;

import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The root-cause report is overdue: the group the diagram names ({@code notifyGroup}) is told. */
@Component("escalateOverdueReport")
public class EscalateOverdueReportDelegate implements JavaDelegate {

  private final RedFlagSteps steps;

  public EscalateOverdueReportDelegate(RedFlagSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = RedFlagSteps.number(execution);
    RedFlag redFlag = steps.redFlags().get(number);
    steps.changes().reportOverdue(number);
    steps.notifyGroup(execution, string(execution, "notifyGroup"), NotificationKind.RED_FLAG_REPORT_OVERDUE,
        Map.of("reportDue", String.valueOf(redFlag.reportDue())));
    steps.record(execution, Actors.SYSTEM, CaseEventKind.RED_FLAG_REPORT_OVERDUE, "The root-cause report of red flag "
        + number + " was due " + redFlag.reportDue() + "; " + string(execution, "notifyGroup") + " told");
  }
}
