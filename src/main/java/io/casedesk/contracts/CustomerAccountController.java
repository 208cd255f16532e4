package io.casedesk.contracts;

import io.casedesk.web.ForbiddenException;
import io.casedesk.web.NotFoundException;
import io.casedesk.web.RequestValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which company a customer user belongs to. Customers may read only their own account. */
@RestController
@RequestMapping("/api/customer-accounts")
public class CustomerAccountController {

  /** Body of {@code PUT /api/customer-accounts/{userId}}. */
  public record CompanyRequest(@NotBlank @Size(max = 200) String company) {}

  private final CustomerAccounts accounts;
  private final IdentityService identityService;
  private final RequestValidation validation;

  public CustomerAccountController(
      CustomerAccounts accounts, IdentityService identityService, RequestValidation validation) {
    this.accounts = accounts;
    this.identityService = identityService;
    this.validation = validation;
  }

  @GetMapping("/{userId}")
  @PreAuthorize(ContractAccess.READ)
  public CustomerAccount get(@PathVariable String userId, Authentication caller) {
    if (!ContractAccess.isStaffReader(caller) && !caller.getName().equals(userId)) {
      throw new ForbiddenException("Customers may only read their own account");
    }
    return accounts.companyOf(userId)
        .map(company -> new CustomerAccount(userId, company))
        .orElseThrow(() -> new NotFoundException("User " + userId + " is not linked to a company"));
  }

  /** Links an existing user to a company, replacing an earlier link. */
  @PutMapping("/{userId}")
  @PreAuthorize(ContractAccess.WRITE)
  public CustomerAccount link(@PathVariable String userId, @RequestBody CompanyRequest request) {
    validation.valid(request);
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      throw new NotFoundException("User " + userId + " not found");
    }
    accounts.link(userId, request.company());
    return new CustomerAccount(userId, request.company().strip());
  }
}
