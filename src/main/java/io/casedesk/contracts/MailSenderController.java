package io.casedesk.contracts;

import io.casedesk.web.ForbiddenException;
import io.casedesk.web.NotFoundException;
import io.casedesk.web.RequestValidation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The addresses and mail domains whose e-mails open cases under a contract. Staff read them; administrators,
 * managers and sales replace them.
 */
@RestController
@RequestMapping("/api/contracts/{id}/mail-senders")
public class MailSenderController {

  private final ContractRepository contracts;
  private final MailSenders senders;
  private final RequestValidation validation;

  public MailSenderController(ContractRepository contracts, MailSenders senders, RequestValidation validation) {
    this.contracts = contracts;
    this.senders = senders;
    this.validation = validation;
  }

  @GetMapping
  @PreAuthorize(ContractAccess.READ)
  public MailSenders.Senders get(@PathVariable String id, Authentication caller) {
    if (!ContractAccess.isStaffReader(caller)) {
      throw new ForbiddenException("Only staff read the mail senders of a contract");
    }
    requireContract(id);
    return senders.of(id);
  }

  @PutMapping
  @PreAuthorize(ContractAccess.WRITE)
  public MailSenders.Senders replace(@PathVariable String id, @RequestBody MailSenders.Senders body) {
    validation.valid(body);
    requireContract(id);
    senders.replace(id, body);
    return senders.of(id);
  }

  private void requireContract(String id) {
    if (!contracts.exists(id)) {
      throw new NotFoundException("Contract " + id + " not found");
    }
  }
}
