package io.casedesk.rma;

import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.process.Actors;
import io.casedesk.process.EngineClock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issues the part from the depot the RMA desk chose. {@code issueOutcome} tells the diagram what happened:
 * {@code issued}; {@code unavailable} (the depot has none left, e.g. another RMA took the last one: the desk
 * checks again); {@code none} (the desk chose no depot: the vendor sends the part).
 */
@Component("issueSparePart")
public class IssueSparePartDelegate implements JavaDelegate {

  private final SpareStock stock;
  private final RmaSteps steps;

  public IssueSparePartDelegate(SpareStock stock, RmaSteps steps) {
    this.stock = stock;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String depot = string(execution, ISSUE_FROM_DEPOT);
    if (depot == null || depot.isBlank()) {
      execution.setVariable(ISSUE_OUTCOME, "none");
      return;
    }
    depot = depot.strip();
    String part = string(execution, PART_NUMBER);
    String actor = Actors.of(execution);
    if (!stock.issue(depot, part, actor)) {
      execution.setVariable(ISSUE_OUTCOME, LookUpSpareStockDelegate.UNAVAILABLE);
      return;
    }
    Instant now = EngineClock.now();
    String serial = string(execution, GOOD_SERIAL_NUMBER);
    execution.setVariable(ISSUE_OUTCOME, "issued");
    execution.setVariable(GOOD_PART_RECEIVED_AT, Date.from(now));
    steps.changes().issuedFromStock(RmaSteps.rmaId(execution), depot, serial, now);
    steps.record(execution, actor, CaseEventKind.RMA_PART_ISSUED,
        "part %s issued from depot %s%s".formatted(part, depot, serial == null ? "" : ", serial " + serial));
  }
}
