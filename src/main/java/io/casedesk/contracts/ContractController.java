package io.casedesk.contracts;

import io.casedesk.web.BadRequestException;
import io.casedesk.web.ConflictException;
import io.casedesk.web.ForbiddenException;
import io.casedesk.web.NotFoundException;
import io.casedesk.web.RequestValidation;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Service contracts. Staff read all of them; customers only their own company's (see {@link CustomerAccounts});
 * administrators, managers and sales create and replace them.
 */
@RestController
@RequestMapping("/api/contracts")
public class ContractController {

  private final ContractRepository contracts;
  private final CustomerAccounts customerAccounts;
  private final RequestValidation validation;

  public ContractController(
      ContractRepository contracts, CustomerAccounts customerAccounts, RequestValidation validation) {
    this.contracts = contracts;
    this.customerAccounts = customerAccounts;
    this.validation = validation;
  }

  /** Every contract, or the company's ({@code ?company=}, ignoring case); a customer gets only their own. */
  @GetMapping
  @PreAuthorize(ContractAccess.READ)
  public List<Contract> list(@RequestParam(required = false) String company, Authentication caller) {
    boolean filtered = company != null && !company.isBlank();
    if (ContractAccess.isStaffReader(caller)) {
      return filtered ? contracts.findByCompany(company) : contracts.findAll();
    }
    Optional<String> own = customerAccounts.companyOf(caller.getName());
    if (own.isEmpty() || (filtered && !ContractAccess.sameCompany(company, own.get()))) {
      return List.of();
    }
    return contracts.findByCompany(own.get());
  }

  @GetMapping("/{id}")
  @PreAuthorize(ContractAccess.READ)
  public Contract get(@PathVariable String id, Authentication caller) {
    if (ContractAccess.isStaffReader(caller)) {
      return contracts.find(id).orElseThrow(() -> notFound(id));
    }
    String own = customerAccounts.companyOf(caller.getName()).orElseThrow(() ->
        new ForbiddenException("User " + caller.getName() + " is not linked to a company"));
    // another company's contract answers as one that does not exist
    return contracts.find(id).filter(contract -> ContractAccess.sameCompany(own, contract.company()))
        .orElseThrow(() -> notFound(id));
  }

  @PostMapping
  @PreAuthorize(ContractAccess.WRITE)
  public ResponseEntity<Contract> create(@RequestBody ContractRequest request) {
    validation.valid(request, Default.class, ContractRequest.OnCreate.class);
    String id = request.id();
    if (contracts.exists(id)) {
      throw alreadyExists(id);
    }
    try {
      contracts.insert(request.toContract(id));
    } catch (DuplicateKeyException createdMeanwhile) {
      throw alreadyExists(id);
    }
    URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
    return ResponseEntity.created(location).body(contracts.find(id).orElseThrow(() -> notFound(id)));
  }

  /** Replaces the contract and its systems with the request's. */
  @PutMapping("/{id}")
  @PreAuthorize(ContractAccess.WRITE)
  public Contract replace(@PathVariable String id, @RequestBody ContractRequest request) {
    validation.valid(request);
    if (request.id() != null && !request.id().equals(id)) {
      throw new BadRequestException("id", "must be " + id + " as in the path, or left out");
    }
    if (!contracts.update(request.toContract(id))) {
      throw notFound(id);
    }
    return contracts.find(id).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("Contract " + id + " not found");
  }

  private static ConflictException alreadyExists(String id) {
    return new ConflictException("Contract " + id + " already exists");
  }
}
