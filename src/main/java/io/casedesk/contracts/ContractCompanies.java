package io.casedesk.contracts;

import io.casedesk.web.Texts;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether the company a caller names is the company of the contract they quote. Companies compare ignoring case
 * and the spaces around them, as everywhere contracts are looked up by company. The case then belongs to the
 * contract's company; a caller from another company quoting it is refused, not silently moved to that company.
 */
@Component
public class ContractCompanies {

  private final ContractRepository contracts;

  public ContractCompanies(ContractRepository contracts) {
    this.contracts = contracts;
  }

  /**
   * Why the company named disagrees with the contract, e.g. "contract CT-DEMO-1 belongs to Demo Customer Ltd, not
   * Other Corp"; empty when they agree, when either is left blank, or when there is no such contract (the case
   * then goes to sales as one without a valid contract).
   */
  public Optional<String> mismatch(String contractId, String company) {
    if (Texts.isBlank(contractId) || Texts.isBlank(company)) {
      return Optional.empty();
    }
    return contracts.find(Texts.strip(contractId))
        .filter(contract -> !same(contract.company(), company))
        .map(contract -> "contract %s belongs to %s, not %s".formatted(contract.id(), contract.company(),
            Texts.strip(company)));
  }

  /** Whether two company names are the same company: ignoring case and the spaces around them. */
  public static boolean same(String a, String b) {
    return a != null && b != null && Texts.strip(a).toLowerCase(Locale.ROOT).equals(Texts.strip(b).toLowerCase(Locale.ROOT));
  }
}
