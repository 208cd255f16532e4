package io.casedesk.rma;

import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import io.casedesk.security.CasedeskGroups;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The faulty part was not returned in time: the RMA desk is told, and its lead gets a task to chase it. */
@Component("escalateOverdueReturn")
public class EscalateOverdueReturnDelegate implements JavaDelegate {

  private final RmaSteps steps;

  public EscalateOverdueReturnDelegate(RmaSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date deadline = (Date) execution.getVariable(RETURN_DEADLINE);
    String serial = string(execution, FAULTY_SERIAL_NUMBER);
    steps.changes().returnOverdue(RmaSteps.rmaId(execution));
    steps.record(execution, Actors.SYSTEM, CaseEventKind.RMA_RETURN_OVERDUE,
        "faulty part serial %s not returned to the vendor by %s; escalated to the RMA desk lead"
            .formatted(serial, deadline.toInstant()));
    steps.notifyGroup(execution, CasedeskGroups.RMA_DESK, NotificationKind.RMA_RETURN_OVERDUE,
        "partNumber", string(execution, PART_NUMBER), "faultySerialNumber", serial,
        "returnDeadline", deadline.toInstant().toString());
  }
}
