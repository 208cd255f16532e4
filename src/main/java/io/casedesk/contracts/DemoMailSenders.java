package io.casedesk.contracts;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Demo profile: e-mail from any address at {@code demo.example} opens cases under CT-DEMO-1. Runs once the demo
 * contracts exist (after start-up), and adds only what is missing.
 */
@Component
@Profile("demo")
public class DemoMailSenders {

  public static final String DEMO_DOMAIN = "demo.example";

  private final ContractRepository contracts;
  private final MailSenders senders;

  public DemoMailSenders(ContractRepository contracts, MailSenders senders) {
    this.contracts = contracts;
    this.senders = senders;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void registerDemoDomain() {
    if (contracts.exists("CT-DEMO-1")) {
      try {
        senders.addDomain("CT-DEMO-1", DEMO_DOMAIN);
      } catch (DuplicateKeyException addedByAnotherNode) {
        // fine: it is there now
      }
    }
  }
}
