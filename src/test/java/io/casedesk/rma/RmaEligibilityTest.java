package io.casedesk.rma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseStatus;
import io.casedesk.contracts.Contract;
import io.casedesk.contracts.ContractRepository;
import io.casedesk.contracts.RegisteredSystem;
import io.casedesk.notification.NotificationKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Warranty, contract cover, and the sales quote instead of an RMA (rma-eligibility.dmn). */
class RmaEligibilityTest extends RmaTestSupport {

  @Autowired DecisionService decisionService;
  @Autowired ContractRepository contracts;

  /** A valid contract that registers one router-x, serial SN-REG-1. */
  String contractId;

  @BeforeEach
  void contractWithARegisteredSystem() {
    contractId = "CT-RMA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    contracts.insert(new Contract(contractId, "Demo Customer Ltd", "silver", "8x5", LocalDate.of(2020, 1, 1),
        LocalDate.of(2099, 12, 31), List.of(new RegisteredSystem("router-x", "SN-REG-1", "Budapest"))));
  }

  DmnDecisionResultEntries decide(String warrantyEndsOn, boolean contractCovers) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("warrantyEndsOn", warrantyEndsOn);
    facts.put("today", "2026-03-02");
    facts.put("contractCovers", contractCovers);
    return decisionService.evaluateDecisionByKey("rma-eligibility").variables(facts).evaluate().getSingleResult();
  }

  @Test
  void decisionTable() {
    assertThat(decide("2026-12-31", false).getEntryMap()).containsEntry("cover", "warranty").containsEntry("route", "rma");
    assertThat(decide("2026-03-02", false).getEntryMap()).as("the warranty's last day still counts")
        .containsEntry("cover", "warranty").containsEntry("route", "rma");
    assertThat(decide("2026-03-01", true).getEntryMap()).containsEntry("cover", "contract").containsEntry("route", "rma");
    assertThat(decide(null, true).getEntryMap()).containsEntry("cover", "contract").containsEntry("route", "rma");
    assertThat(decide("2026-03-01", false).getEntryMap()).containsEntry("cover", "none").containsEntry("route", "quote");
    assertThat(decide(null, false).getEntryMap()).containsEntry("cover", "none").containsEntry("route", "quote");
  }

  @Test
  void outOfWarrantyAndNotCoveredGetsASalesQuoteInsteadOfAnRma() {
    String rmaId = hardwareFault(contractId);
    String n = caseOf(rmaId);
    fillRequest(rmaId, newPart(), "SN-UNREGISTERED-9", "2025-12-31");

    assertThat(rmaProcess(rmaId)).isWaitingAt("quote-spare-part");
    assertThat(rmaTask(rmaId, "quote-spare-part")).hasCandidateGroup("sales");
    assertThat(rma(rmaId).status()).isEqualTo(RmaStatus.QUOTE_PENDING);
    assertThat(rma(rmaId).cover()).isEqualTo("none");
    assertThat(rma(rmaId).warrantyEndsOn()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(events(n, CaseEventKind.RMA_NOT_COVERED)).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("warranty ended 2025-12-31", contractId, "sales"));
    assertThat(notifications(n, NotificationKind.RMA_REQUEST_CONFIRMATION)).isEmpty();

    completeRmaTask(rmaId, "quote-spare-part", Map.of("quoteReference", "QT-2026-0042",
        "quoteNote", "EUR 1,200, delivery in 3 days"));

    assertThat(rma(rmaId).status()).isEqualTo(RmaStatus.QUOTED);
    assertThat(rma(rmaId).quoteReference()).isEqualTo("QT-2026-0042");
    assertThat(notifications(n, NotificationKind.RMA_QUOTE)).singleElement()
        .satisfies(m -> assertThat(m.payload()).contains("QT-2026-0042", "EUR 1,200"));
    assertThat(rmaProcess(rmaId)).isNull();
    assertThat(returnProcess(rmaId)).as("no part, nothing to return").isNull();
    assertThat(view(n).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(events(n, CaseEventKind.RMA_FINISHED)).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("quote QT-2026-0042"));
  }

  @Test
  void underWarrantyTheRmaRunsWithoutContractCover() {
    String rmaId = hardwareFault(contractId);
    fillRequest(rmaId, newPart(), "SN-UNREGISTERED-9", "2026-06-30");

    assertThat(rmaProcess(rmaId)).isWaitingAt("await-request-confirmation");
    assertThat(rma(rmaId).cover()).isEqualTo("warranty");
  }

  @Test
  void aRegisteredSerialNumberIsCoveredByTheContract() {
    String rmaId = hardwareFault(contractId);
    fillRequest(rmaId, newPart(), "sn-reg-1", null);

    assertThat(rmaProcess(rmaId)).isWaitingAt("await-request-confirmation");
    assertThat(rma(rmaId).cover()).isEqualTo("contract");
    assertThat(rma(rmaId).warrantyEndsOn()).isNull();
  }
}
