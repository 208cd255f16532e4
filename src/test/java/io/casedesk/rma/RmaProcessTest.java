package io.casedesk.rma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseStatus;
import io.casedesk.cases.CaseView;
import io.casedesk.cases.Timeline;
import io.casedesk.notification.Notification.RecipientType;
import io.casedesk.notification.NotificationKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.Test;

/** Every way through rma.bpmn: from stock, from the vendor, refusals, cancellation. */
class RmaProcessTest extends RmaTestSupport {

  @Test
  void confirmedHardwareFaultAsksTheEngineerForTheSparePartRequest() {
    String rmaId = hardwareFault();
    String n = caseOf(rmaId);

    assertThat(view(n).status()).isEqualTo(CaseStatus.RMA_PENDING);
    assertThat(rmaProcess(rmaId)).isWaitingAt("fill-rma-request");
    assertThat(rmaTask(rmaId, "fill-rma-request")).isAssignedTo("engineer1");
    assertThat(taskService.getIdentityLinksForTask(rmaTask(rmaId, "fill-rma-request").getId()))
        .as("the queue's engineers may take over").anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("engineers"));
    assertThat(rma(rmaId).status()).isEqualTo(RmaStatus.DRAFT);
    assertThat(events(n, CaseEventKind.RMA_OPENED)).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo("engineer1");
      assertThat(e.detail()).startsWith(rmaId + ": ").contains("Line card LC-3 dead");
    });
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(rmaProcess(rmaId).getId()).list())
        .extracting(VariableInstance::getName).as("the case's row owns its caller, contract and product")
        .contains("rmaId", "caseNumber", "subject", "faultDescription")
        .doesNotContain("callerName", "callerEmail", "contractId", "product");
  }

  @Test
  void coveredRequestWaitsForTheCustomersConfirmation() {
    String rmaId = hardwareFault();
    String part = newPart();
    fillRequest(rmaId, part, "SN-FAULTY-1", null);

    Rma rma = rma(rmaId);
    assertThat(rma.status()).isEqualTo(RmaStatus.REQUEST_TO_CONFIRM);
    assertThat(rma.cover()).as("CT-DEMO-1 registers no systems: it covers every product").isEqualTo("contract");
    assertThat(rma.partNumber()).isEqualTo(part);
    assertThat(rma.faultySerialNumber()).isEqualTo("SN-FAULTY-1");
    assertThat(rmaProcess(rmaId)).isWaitingAt("await-request-confirmation");
    assertThat(notifications(caseOf(rmaId), NotificationKind.RMA_REQUEST_CONFIRMATION)).singleElement()
        .satisfies(m -> {
          assertThat(m.recipientType()).isEqualTo(RecipientType.CUSTOMER);
          assertThat(m.recipient()).isEqualTo("ada@demo.example");
          assertThat(m.payload()).contains(rmaId, part, "SN-FAULTY-1");
        });
  }

  @Test
  void partInStockIsIssuedAtOnceAndAVendorRmaStillRefillsTheDepot() {
    String part = newPart();
    stock("BUD-1", part, 2);
    stock("VIE-1", part, 1);
    String rmaId = hardwareFault();
    String n = caseOf(rmaId);
    fillRequest(rmaId, part, "SN-FAULTY-1", null);
    rmaService.confirm(rmaId, true, "Yes, please", CUSTOMER);

    assertThat(rmaTask(rmaId, "check-spare-stock")).hasCandidateGroup("rma-desk");
    assertThat(rma(rmaId).status()).isEqualTo(RmaStatus.CHECKING_STOCK);
    assertThat(runtimeService.getVariable(rmaProcess(rmaId).getId(), "stockSummary"))
        .isEqualTo("Part " + part + " in stock: BUD-1 (2), VIE-1 (1).");
    assertThat(runtimeService.getVariable(rmaProcess(rmaId).getId(), "issueFromDepot"))
        .as("the depot with the most stock is suggested").isEqualTo("BUD-1");

    checkStock(rmaId, "BUD-1", "SN-GOOD-1");

    assertThat(quantity("BUD-1", part)).isEqualTo(1);
    Rma issued = rma(rmaId);
    assertThat(issued.status()).isEqualTo(RmaStatus.PART_AVAILABLE);
    assertThat(issued.issuedFromStock()).isTrue();
    assertThat(issued.depot()).isEqualTo("BUD-1");
    assertThat(issued.goodSerialNumber()).isEqualTo("SN-GOOD-1");
    assertThat(issued.goodPartReceivedAt()).isEqualTo(T0);
    // at once: the engineer replaces the part while the desk requests the vendor RMA
    assertThat(rmaProcess(rmaId)).isWaitingAt("request-refill-rma", "replace-part");
    assertThat(rmaTask(rmaId, "replace-part")).isAssignedTo("engineer1");
    assertThat(returnProcess(rmaId)).as("the faulty part's return clock runs").isWaitingAt("return-faulty-part");

    completeRmaTask(rmaId, "request-refill-rma", Map.of("vendorRmaNumber", "VRMA-1001"));
    assertThat(rma(rmaId).vendorRmaNumber()).isEqualTo("VRMA-1001");
    assertThat(rma(rmaId).status()).as("the part is already here").isEqualTo(RmaStatus.PART_AVAILABLE);
    assertThat(events(n, CaseEventKind.RMA_VENDOR_REQUESTED)).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("VRMA-1001", "refill depot BUD-1"));

    completeRmaTask(rmaId, "replace-part", Map.of("replacementNote", "Swapped the line card, links up"));
    assertThat(rma(rmaId).status()).isEqualTo(RmaStatus.FIX_TO_CONFIRM);
    assertThat(notifications(n, NotificationKind.RMA_FIX_CONFIRMATION)).singleElement()
        .satisfies(m -> assertThat(m.payload()).contains("Swapped the line card"));

    rmaService.confirm(rmaId, true, "All good", CUSTOMER);

    assertThat(rma(rmaId).status()).isEqualTo(RmaStatus.COMPLETED);
    assertThat(rma(rmaId).closedAt()).isEqualTo(T0);
    assertThat(rmaProcess(rmaId)).isNull();
    CaseView resumed = view(n);
    assertThat(resumed.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(resumed.rmas()).containsExactly(new CaseView.Rma(rmaId, "COMPLETED"));
    assertThat(task(n, "work-case").getAssignee()).isEqualTo("engineer1");
    assertThat(events(n, CaseEventKind.RMA_FINISHED)).singleElement()
        .satisfies(e -> assertThat(e.detail()).isEqualTo(rmaId + " completed: part " + part + " replaced by serial SN-GOOD-1"));
    assertThat(resumed.timeline()).extracting(Timeline.CaseEvent::kind).containsSubsequence(
        CaseEventKind.RMA_REQUESTED, CaseEventKind.RMA_OPENED, CaseEventKind.RMA_REQUEST_FILED,
        CaseEventKind.RMA_REQUEST_CONFIRMED, CaseEventKind.RMA_PART_ISSUED, CaseEventKind.RMA_VENDOR_REQUESTED,
        CaseEventKind.RMA_PART_REPLACED, CaseEventKind.RMA_FIX_CONFIRMED, CaseEventKind.RMA_FINISHED);
    assertThat(returnProcess(rmaId)).as("the return outlives the RMA").isWaitingAt("return-faulty-part");
  }

  @Test
  void partNotInStockComesFromTheVendorAndTheDeskIsRemindedToChaseIt() {
    String part = newPart();
    String rmaId = hardwareFault();
    String n = caseOf(rmaId);
    fillRequest(rmaId, part, "SN-FAULTY-2", null);
    rmaService.confirm(rmaId, true, null, CUSTOMER);
    assertThat(runtimeService.getVariable(rmaProcess(rmaId).getId(), "stockSummary"))
        .isEqualTo("No depot holds part " + part + ".");
    checkStock(rmaId, null, null);

    assertThat(rmaTask(rmaId, "request-replacement-rma")).hasCandidateGroup("rma-desk");
    completeRmaTask(rmaId, "request-replacement-rma", Map.of("vendorRmaNumber", "VRMA-2002"));
    assertThat(rma(rmaId).status()).isEqualTo(RmaStatus.AWAITING_PART);
    assertThat(rmaProcess(rmaId)).isWaitingAt("receive-part");
    assertThat(returnProcess(rmaId)).as("no good part yet, no return clock").isNull();

    advanceRmaTo(rmaId, T0.plus(Duration.ofDays(3)).minusSeconds(1));
    assertThat(notifications(n, NotificationKind.RMA_VENDOR_REMINDER)).isEmpty();
    advanceRmaTo(rmaId, T0.plus(Duration.ofDays(6)));
    assertThat(notifications(n, NotificationKind.RMA_VENDOR_REMINDER)).hasSize(2).allSatisfy(m -> {
      assertThat(m.recipientType()).isEqualTo(RecipientType.GROUP);
      assertThat(m.recipient()).isEqualTo("rma-desk");
      assertThat(m.payload()).contains("VRMA-2002");
    });
    assertThat(events(n, CaseEventKind.RMA_VENDOR_CHASED)).hasSize(2);
    assertThat(cases.view(n, CUSTOMER).timeline()).extracting(Timeline.CaseEvent::kind)
        .as("chasing the vendor is internal").doesNotContain(CaseEventKind.RMA_VENDOR_CHASED);

    // Friday 13 March 2026, 11:00: the part arrives
    Instant arrival = Instant.parse("2026-03-13T11:00:00Z");
    ClockUtil.setCurrentTime(java.util.Date.from(arrival));
    completeRmaTask(rmaId, "receive-part", Map.of("goodSerialNumber", "SN-GOOD-2", "vendorRmaNumber", "VRMA-2002"));

    Rma received = rma(rmaId);
    assertThat(received.status()).isEqualTo(RmaStatus.PART_AVAILABLE);
    assertThat(received.issuedFromStock()).isFalse();
    assertThat(received.goodSerialNumber()).isEqualTo("SN-GOOD-2");
    assertThat(received.goodPartReceivedAt()).isEqualTo(arrival);
    assertThat(received.returnDeadline()).as("ten working days: two weeks later, Friday")
        .isEqualTo(Instant.parse("2026-03-27T11:00:00Z"));
    assertThat(rmaTimers(rmaId)).as("no more reminders once the part is here").singleElement()
        .satisfies(j -> assertThat(j.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-03-27T11:00:00Z")));

    completeRmaTask(rmaId, "replace-part", Map.of("replacementNote", "Replaced"));
    rmaService.confirm(rmaId, true, null, CUSTOMER);
    assertThat(rmaProcess(rmaId)).isNull();
    assertThat(view(n).status()).isEqualTo(CaseStatus.IN_PROGRESS);
  }

  @Test
  void partTakenMeanwhileSendsTheDeskBackToTheStock() {
    String part = newPart();
    stock("BUD-1", part, 1);
    String rmaId = hardwareFault();
    fillRequest(rmaId, part, "SN-FAULTY-3", null);
    rmaService.confirm(rmaId, true, null, CUSTOMER);
    stock("BUD-1", part, 0); // another RMA took the last one while the desk was looking

    checkStock(rmaId, "BUD-1", "SN-GOOD-3");

    assertThat(rmaProcess(rmaId)).isWaitingAt("check-spare-stock");
    assertThat(quantity("BUD-1", part)).isZero();
    assertThat(runtimeService.getVariable(rmaProcess(rmaId).getId(), "stockSummary"))
        .isEqualTo("Depot BUD-1 had none left. No depot holds part " + part + ".");
    assertThat(rma(rmaId).issuedFromStock()).isFalse();

    checkStock(rmaId, null, null);
    assertThat(rmaProcess(rmaId)).isWaitingAt("request-replacement-rma");
  }

  @Test
  void refusedRequestGoesBackToTheEngineerWhoMayCancelTheRma() {
    String rmaId = hardwareFault();
    String n = caseOf(rmaId);
    fillRequest(rmaId, newPart(), "SN-FAULTY-4", null);

    rmaService.confirm(rmaId, false, "Wrong serial: the unit in rack 2", CUSTOMER);

    assertThat(rma(rmaId).status()).isEqualTo(RmaStatus.DRAFT);
    assertThat(rmaTask(rmaId, "fill-rma-request")).isAssignedTo("engineer1");
    assertThat(runtimeService.getVariable(rmaProcess(rmaId).getId(), "customerComment"))
        .isEqualTo("Wrong serial: the unit in rack 2");
    assertThat(events(n, CaseEventKind.RMA_REQUEST_REFUSED)).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo("customer1");
      assertThat(e.detail()).isEqualTo(rmaId + ": Wrong serial: the unit in rack 2");
    });

    completeRmaTask(rmaId, "fill-rma-request", Map.of("requestAction", "cancel", "requestNote", "Customer swapped it"));

    assertThat(rma(rmaId).status()).isEqualTo(RmaStatus.CANCELLED);
    assertThat(rmaProcess(rmaId)).isNull();
    assertThat(view(n).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(view(n).rmas()).containsExactly(new CaseView.Rma(rmaId, "CANCELLED"));
  }

  @Test
  void refusedFixGoesBackToTheEngineer() {
    String rmaId = rmaWithPartFromStock(newPart());
    completeRmaTask(rmaId, "request-refill-rma", Map.of("vendorRmaNumber", "VRMA-5"));
    completeRmaTask(rmaId, "replace-part", Map.of("replacementNote", "Replaced the card"));

    rmaService.confirm(rmaId, false, "Port 4 still dark", CUSTOMER);

    assertThat(rma(rmaId).status()).isEqualTo(RmaStatus.PART_AVAILABLE);
    assertThat(rmaProcess(rmaId)).isWaitingAt("replace-part");
    assertThat(rmaTask(rmaId, "replace-part")).isAssignedTo("engineer1");
    assertThat(events(caseOf(rmaId), CaseEventKind.RMA_FIX_REFUSED)).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("Port 4 still dark"));

    completeRmaTask(rmaId, "replace-part", Map.of("replacementNote", "Reseated the optic on port 4"));
    rmaService.confirm(rmaId, true, null, CUSTOMER);
    assertThat(rmaProcess(rmaId)).isNull();
  }

  @Test
  void staffMayConfirmOnTheCustomersBehalf() {
    String rmaId = hardwareFault();
    fillRequest(rmaId, newPart(), "SN-FAULTY-6", null);
    rmaService.confirm(rmaId, true, "Confirmed by phone", HOTLINE);
    assertThat(rmaProcess(rmaId)).isWaitingAt("check-spare-stock");
    assertThat(events(caseOf(rmaId), CaseEventKind.RMA_REQUEST_CONFIRMED)).singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo("hotline1"));
  }

  @Test
  void theCaseListsEveryRmaItRan() {
    String first = rmaWithPartFromStock(newPart());
    String n = caseOf(first);
    completeRmaTask(first, "request-refill-rma", Map.of("vendorRmaNumber", "VRMA-7"));
    completeRmaTask(first, "replace-part", Map.of("replacementNote", "Replaced"));
    rmaService.confirm(first, true, null, CUSTOMER);

    ClockUtil.setCurrentTime(java.util.Date.from(T0.plus(Duration.ofHours(1))));
    work(n, "engineer1", "hardware", "Now the power supply failed");
    ProcessInstance second = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(instance(n).getId()).singleResult();

    assertThat(view(n).rmas()).containsExactly(new CaseView.Rma(first, "COMPLETED"),
        new CaseView.Rma(second.getBusinessKey(), "DRAFT"));
    assertThat(view(n).status()).isEqualTo(CaseStatus.RMA_PENDING);
  }
}
