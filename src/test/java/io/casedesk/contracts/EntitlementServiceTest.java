package io.casedesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CasedeskTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CasedeskTest
class EntitlementServiceTest {

  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 12, 31);
  static final Instant MID_YEAR = Instant.parse("2026-06-15T12:00:00Z");

  @Autowired EntitlementService entitlements;
  @Autowired ContractRepository contracts;

  @Test
  void validContractWithoutSystemsEntitlesAnyProduct() {
    Contract contract = store(company(), "gold", "24x7", FROM, TO);

    Entitlement entitlement = entitlements.check(contract.id(), "anything", MID_YEAR);

    assertThat(entitlement).isEqualTo(
        new Entitlement(true, contract.id(), contract.company(), "gold", "24x7", null));
  }

  @Test
  void bothEndsOfTheValidityAreIncludedInUtc() {
    Contract contract = store(company(), "silver", "8x5", FROM, TO);

    assertThat(entitlements.check(contract.id(), null, Instant.parse("2026-01-01T00:00:00Z")).entitled()).isTrue();
    assertThat(entitlements.check(contract.id(), null, Instant.parse("2026-12-31T23:59:59Z")).entitled()).isTrue();
    // 00:30 on 1 January in Paris is still 31 December in UTC
    assertThat(entitlements.check(contract.id(), null,
        OffsetDateTime.parse("2027-01-01T00:30:00+01:00").toInstant()).entitled()).isTrue();
  }

  @Test
  void expiredContractDoesNotEntitle() {
    Contract contract = store(company(), "gold", "24x7", FROM, TO);

    Entitlement entitlement = entitlements.check(contract.id(), "router-x", Instant.parse("2027-01-01T00:00:00Z"));

    assertThat(entitlement.entitled()).isFalse();
    assertThat(entitlement.reason()).isEqualTo("Contract " + contract.id() + " expired on 2026-12-31");
    // the contract is known: who it belongs to is still reported, e.g. for sales to follow up
    assertThat(entitlement.company()).isEqualTo(contract.company());
    assertThat(entitlement.serviceLevel()).isEqualTo("gold");
  }

  @Test
  void contractNotYetValidDoesNotEntitle() {
    Contract contract = store(company(), "bronze", "8x5", FROM, TO);

    Entitlement entitlement = entitlements.check(contract.id(), null, Instant.parse("2025-12-31T23:59:59Z"));

    assertThat(entitlement.entitled()).isFalse();
    assertThat(entitlement.reason()).isEqualTo("Contract " + contract.id() + " is not valid before 2026-01-01");
  }

  @Test
  void productNotRegisteredUnderTheContractIsNotEntitled() {
    Contract contract = store(company(), "gold", "24x7", FROM, TO, new RegisteredSystem("router-x", "SN-1", "Lyon"));

    Entitlement entitlement = entitlements.check(contract.id(), "switch-y", MID_YEAR);

    assertThat(entitlement.entitled()).isFalse();
    assertThat(entitlement.reason())
        .isEqualTo("Product switch-y is not registered under contract " + contract.id());
    assertThat(entitlements.check(contract.id(), null, MID_YEAR).entitled()).isFalse();
  }

  @Test
  void registeredProductIsEntitledIgnoringCase() {
    Contract contract = store(company(), "gold", "24x7", FROM, TO,
        new RegisteredSystem("router-x", "SN-1", "Lyon"), new RegisteredSystem("switch-y", null, null));

    Entitlement entitlement = entitlements.check(contract.id(), "Switch-Y", MID_YEAR);

    assertThat(entitlement.entitled()).isTrue();
    assertThat(entitlement.reason()).isNull();
  }

  @Test
  void unknownContractIsNotEntitledAndHasNoCompany() {
    String id = "CT-NONE-" + suffix();

    Entitlement entitlement = entitlements.check(id, "router-x", MID_YEAR);

    assertThat(entitlement).isEqualTo(new Entitlement(false, id, null, null, null, "No contract " + id));
  }

  @Test
  void validContractOfPicksTheBestContractThatCoversTheProduct() {
    String company = company();
    store(company, "gold", "24x7", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)); // expired
    store(company, "bronze", "8x5", FROM, TO);
    Contract silver = store(company, "silver", "5x24", FROM, TO);
    Contract goldRouters = store(company, "gold", "24x7", FROM, TO, new RegisteredSystem("router-x", null, null));

    assertThat(entitlements.validContractOf(company, "router-x", MID_YEAR)).contains(goldRouters);
    assertThat(entitlements.validContractOf(company.toUpperCase(), "printer-z", MID_YEAR)).contains(silver);
    assertThat(entitlements.validContractOf(company, "printer-z", Instant.parse("2027-03-01T00:00:00Z"))).isEmpty();
    assertThat(entitlements.validContractOf("Nobody " + suffix(), "router-x", MID_YEAR)).isEmpty();
  }

  private Contract store(String company, String level, String calendar, LocalDate from, LocalDate to,
      RegisteredSystem... systems) {
    Contract contract = new Contract("CT-E-" + suffix(), company, level, calendar, from, to, List.of(systems));
    contracts.insert(contract);
    return contract;
  }

  private static String company() {
    return "Entitlement Test " + suffix();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
