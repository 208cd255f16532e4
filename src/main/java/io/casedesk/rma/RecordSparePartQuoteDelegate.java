package io.casedesk.rma;

import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sales sent the quote: the RMA ends there and the customer hears of it. */
@Component("recordSparePartQuote")
public class RecordSparePartQuoteDelegate implements JavaDelegate {

  private final RmaSteps steps;

  public RecordSparePartQuoteDelegate(RmaSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = string(execution, QUOTE_REFERENCE);
    String note = string(execution, QUOTE_NOTE);
    steps.changes().quoted(RmaSteps.rmaId(execution), reference);
    steps.record(execution, Actors.of(execution), CaseEventKind.RMA_QUOTE_SENT,
        "quote " + reference + (note == null ? "" : ": " + note));
    steps.notifyCustomer(execution, NotificationKind.RMA_QUOTE,
        "quoteReference", reference, "partNumber", string(execution, PART_NUMBER), "note", note);
    execution.setVariable(RMA_OUTCOME, "%s: not covered, quote %s sent instead".formatted(
        RmaSteps.rmaId(execution), reference));
  }
}
