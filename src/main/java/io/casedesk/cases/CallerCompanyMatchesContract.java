package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.CALLER_COMPANY;
import static io.casedesk.cases.CaseVariables.CONTRACT_ID;

import io.casedesk.contracts.ContractCompanies;
import io.casedesk.forms.CamundaForm;
import io.casedesk.forms.FormRule;
import io.casedesk.forms.FormViolation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A form naming both the caller's company and a contract (the hotline's case intake) is refused when the
 * contract belongs to another company, naming the company field: the agent corrects one of them with the caller
 * instead of the case silently becoming the contract company's.
 */
@Component
public class CallerCompanyMatchesContract implements FormRule {

  private final ContractCompanies companies;

  public CallerCompanyMatchesContract(ContractCompanies companies) {
    this.companies = companies;
  }

  @Override
  public List<FormViolation> check(CamundaForm form, Map<String, Object> data) {
    Optional<CamundaForm.Field> company = form.field(CALLER_COMPANY);
    if (company.isEmpty() || form.field(CONTRACT_ID).isEmpty()
        || !(data.get(CALLER_COMPANY) instanceof String named) || !(data.get(CONTRACT_ID) instanceof String contract)) {
      return List.of();
    }
    return companies.mismatch(contract, named)
        .map(problem -> List.of(FormViolation.of(company.get(), problem)))
        .orElse(List.of());
  }
}
