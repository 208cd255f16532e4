package io.casedesk.contracts;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Two contracts and a linked customer to try the API with, only in the {@code demo} profile (README lists them).
 * Creates only what is missing, so a restart or a second node keeps changes made since.
 */
@Component
@Profile("demo")
public class DemoContracts implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoContracts.class);

  public static final String DEMO_COMPANY = "Demo Customer Ltd";
  public static final String OTHER_COMPANY = "Other Corp";
  public static final String DEMO_CUSTOMER = "customer1";

  static final List<Contract> CONTRACTS = List.of(
      new Contract("CT-DEMO-1", DEMO_COMPANY, "gold", "24x7",
          LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31), List.of()),
      new Contract("CT-DEMO-2", OTHER_COMPANY, "silver", "8x5",
          LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31), List.of(new RegisteredSystem("router-x", null, null))));

  private final ContractRepository contracts;
  private final CustomerAccounts customerAccounts;

  public DemoContracts(ContractRepository contracts, CustomerAccounts customerAccounts) {
    this.contracts = contracts;
    this.customerAccounts = customerAccounts;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (Contract contract : CONTRACTS) {
      if (!contracts.exists(contract.id())) {
        try {
          contracts.insert(contract);
          log.info("Created demo contract {} of {}", contract.id(), contract.company());
        } catch (DuplicateKeyException createdByAnotherNode) {
          // fine: it exists now
        }
      }
    }
    if (customerAccounts.companyOf(DEMO_CUSTOMER).isEmpty()) {
      customerAccounts.link(DEMO_CUSTOMER, DEMO_COMPANY);
    }
  }
}
