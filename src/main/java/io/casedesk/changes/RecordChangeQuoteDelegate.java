package io.casedesk.changes;

import static io.casedesk.changes.ChangeVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sales quoted the paid upgrade; the customer approves plan and quote together. */
@Component("recordChangeQuote")
public class RecordChangeQuoteDelegate implements JavaDelegate {

  private final ChangeSteps steps;

  public RecordChangeQuoteDelegate(ChangeSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = ChangeSteps.changeId(execution);
    String reference = string(execution, QUOTE_REFERENCE);
    String price = string(execution, QUOTE_PRICE);
    steps.writes().quoted(id, reference, price);
    String note = string(execution, QUOTE_NOTE);
    steps.record(id, Actors.of(execution), ChangeEventKind.QUOTED,
        "quote " + reference + " (" + price + ")" + (note == null || note.isBlank() ? "" : ": " + note));
  }
}
