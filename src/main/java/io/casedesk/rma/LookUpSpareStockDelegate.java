package io.casedesk.rma;

import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Shows the RMA desk which depots hold the part and suggests the one with the most stock; the desk decides in
 * its task "Check spare stock".
 */
@Component("lookUpSpareStock")
public class LookUpSpareStockDelegate implements JavaDelegate {

  static final String UNAVAILABLE = "unavailable";

  private final SpareStock stock;
  private final RmaSteps steps;

  public LookUpSpareStockDelegate(SpareStock stock, RmaSteps steps) {
    this.stock = stock;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String part = string(execution, PART_NUMBER);
    List<SpareStock.Line> depots = stock.inStock(part);
    String summary = depots.isEmpty() ? "No depot holds part " + part + "."
        : "Part " + part + " in stock: " + depots.stream()
            .map(line -> line.depot() + " (" + line.quantity() + ")").collect(Collectors.joining(", ")) + ".";
    if (UNAVAILABLE.equals(string(execution, ISSUE_OUTCOME))) {
      summary = "Depot " + string(execution, ISSUE_FROM_DEPOT) + " had none left. " + summary;
    }
    execution.setVariable(STOCK_SUMMARY, summary);
    execution.setVariable(ISSUE_FROM_DEPOT, depots.isEmpty() ? null : depots.get(0).depot());
    steps.changes().checkingStock(RmaSteps.rmaId(execution));
  }
}
