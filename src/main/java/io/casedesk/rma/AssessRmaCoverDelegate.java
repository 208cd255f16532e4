package io.casedesk.rma;

import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import io.casedesk.cases.SupportCase;
import io.casedesk.contracts.Contract;
import io.casedesk.contracts.ContractRepository;
import io.casedesk.contracts.EntitlementService;
import io.casedesk.contracts.RegisteredSystem;
import io.casedesk.process.EngineClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the engineer's spare-part request and gathers the facts the decision {@code rma-eligibility} needs:
 * the warranty end date (ISO date or null), today, and whether the case's contract covers the faulty system.
 *
 * <p>The contract covers it when it entitles to support for the product today and, if it registers systems of
 * that product with serial numbers, the faulty serial number is one of them.
 */
@Component("assessRmaCover")
public class AssessRmaCoverDelegate implements JavaDelegate {

  private final EntitlementService entitlements;
  private final ContractRepository contracts;
  private final RmaSteps steps;

  public AssessRmaCoverDelegate(EntitlementService entitlements, ContractRepository contracts, RmaSteps steps) {
    this.entitlements = entitlements;
    this.contracts = contracts;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineClock.now();
    String serial = trimmed(string(execution, FAULTY_SERIAL_NUMBER));
    LocalDate warrantyEndsOn = date(execution.getVariable(WARRANTY_ENDS_ON));
    execution.setVariable(WARRANTY_ENDS_ON, warrantyEndsOn == null ? null : warrantyEndsOn.toString());
    execution.setVariable(TODAY, LocalDate.ofInstant(now, ZoneOffset.UTC).toString());
    SupportCase supportCase = steps.supportCase(execution);
    execution.setVariable(CONTRACT_COVERS,
        contractCovers(supportCase.contractId(), supportCase.product(), serial, now));

    steps.changes().partRequested(RmaSteps.rmaId(execution), trimmed(string(execution, PART_NUMBER)), serial,
        trimmed(string(execution, SITE)), warrantyEndsOn);
  }

  private boolean contractCovers(String contractId, String product, String serial, Instant at) {
    if (!entitlements.check(contractId, product, at).entitled()) {
      return false;
    }
    Contract contract = contracts.find(contractId.strip()).orElseThrow();
    List<String> registeredSerials = contract.systems().stream()
        .filter(system -> product != null && system.product().equalsIgnoreCase(product.strip()))
        .map(RegisteredSystem::serialNumber)
        .filter(s -> s != null && !s.isBlank())
        .toList();
    return registeredSerials.isEmpty()
        || (serial != null && registeredSerials.stream().anyMatch(s -> s.strip().equalsIgnoreCase(serial)));
  }

  /** The form gives {@code YYYY-MM-DD}; the engine REST may give a date; anything else counts as unknown. */
  private static LocalDate date(Object value) {
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
