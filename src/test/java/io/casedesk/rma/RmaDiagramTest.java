package io.casedesk.rma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

import io.casedesk.support.DiagramTestSupport;
import io.casedesk.support.StandIn;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rma.bpmn with rma-eligibility.dmn: the engineer's request, warranty or contract cover or a sales quote, the
 * customer's confirmations, the part from stock (and the vendor RMA that refills it) or from the vendor (with the
 * reminder every three days), and the replacement until the customer confirms the fix. Today is 2 March 2026.
 */
@Deployment(resources = {"processes/rma.bpmn", "processes/rma-eligibility.dmn"})
class RmaDiagramTest extends DiagramTestSupport {

  static final String RMA_ID = "RMA-2026-000007";

  /** What AssessRmaCoverDelegate would find on the case's contract. */
  boolean contractCovers;
  /** What IssueSparePartDelegate answers, one per issue attempt: issued, unavailable (taken meanwhile) or none. */
  final Deque<String> issueOutcomes = new ArrayDeque<>();

  StandIn register;
  StandIn cancel;
  StandIn assessCover;
  StandIn requestQuote;
  StandIn recordQuote;
  StandIn askToConfirmRequest;
  StandIn lookUpStock;
  StandIn issue;
  StandIn recordVendorRma;
  StandIn chaseVendor;
  StandIn recordPartArrival;
  StandIn startReturn;
  StandIn askToConfirmFix;
  StandIn completeRma;

  @BeforeEach
  void standIns() {
    register = standIn("registerRma").doing(scope -> scope.setVariable("rmaId", RMA_ID));
    cancel = standIn("cancelRma");
    assessCover = standIn("assessRmaCover").doing(scope -> {
      scope.setVariable("today", LocalDate.ofInstant(now(), ZoneOffset.UTC).toString());
      scope.setVariable("contractCovers", contractCovers);
    });
    requestQuote = standIn("requestSparePartQuote");
    recordQuote = standIn("recordSparePartQuote");
    askToConfirmRequest = standIn("askCustomerToConfirmRequest");
    lookUpStock = standIn("lookUpSpareStock");
    issue = standIn("issueSparePart").doing(scope -> scope.setVariable("issueOutcome", issueOutcomes.remove()));
    recordVendorRma = standIn("recordVendorRma");
    chaseVendor = standIn("chaseVendor");
    recordPartArrival = standIn("recordPartArrival");
    startReturn = standIn("startFaultyPartReturn");
    askToConfirmFix = standIn("askCustomerToConfirmFix");
    completeRma = standIn("completeRma");
  }

  /** The case's call activity starts the RMA with the case's engineer and group. */
  ProcessInstance hardwareFaultConfirmed() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("rma", RMA_ID, Map.of(
        "caseNumber", "CS-2026-000001", "caseEngineer", "engineer1", "candidateGroup", "engineers",
        "faultDescription", "PSU dead"));
    assertThat(register.ran()).isTrue();
    return instance;
  }

  void request(ProcessInstance instance, String warrantyEndsOn) {
    Map<String, Object> form = new HashMap<>();
    form.put("requestAction", "submit");
    form.put("partNumber", "PSU-450");
    form.put("faultySerialNumber", "SN-1");
    form.put("warrantyEndsOn", warrantyEndsOn);
    complete(task(instance, "fill-rma-request"), form);
  }

  void customerAnswersRequest(boolean confirmed) {
    engine.getRuntimeService().createMessageCorrelation("rma-request-answered").processInstanceBusinessKey(RMA_ID)
        .setVariable("requestConfirmed", confirmed).correlate();
  }

  void customerAnswersFix(boolean confirmed) {
    engine.getRuntimeService().createMessageCorrelation("rma-fix-answered").processInstanceBusinessKey(RMA_ID)
        .setVariable("fixConfirmed", confirmed).correlate();
  }

  /** A request under warranty that the customer confirmed: the RMA desk checks the stock. */
  ProcessInstance confirmedRequest() {
    ProcessInstance instance = hardwareFaultConfirmed();
    request(instance, "2026-12-31");
    customerAnswersRequest(true);
    return instance;
  }

  @Test
  void theEngineerOfTheCaseFillsInTheRequest() {
    ProcessInstance instance = hardwareFaultConfirmed();

    assertThat(instance).isWaitingAt("fill-rma-request").task().hasName("Fill in spare-part request")
        .isAssignedTo("engineer1").hasCandidateGroupAssociated("engineers");
  }

  @Test
  void engineerMayCancelTheRequest() {
    ProcessInstance instance = hardwareFaultConfirmed();

    complete(task(instance, "fill-rma-request"), Map.of("requestAction", "cancel", "requestNote", "Fixed by reboot"));

    assertThat(cancel.ran()).isTrue();
    assertThat(assessCover.ran()).isFalse();
    assertThat(instance).hasPassed("rma-cancelled").isEnded();
  }

  @ParameterizedTest(name = "warranty ends {0}, contract covers: {1} -> {2}, {3}")
  @CsvSource(nullValues = "unknown", value = {
      "2026-12-31, false, warranty, rma",
      "2026-03-02, false, warranty, rma",   // the warranty's last day still counts
      "2026-03-01, true,  contract, rma",
      "unknown,    true,  contract, rma",
      "2026-03-01, false, none,     quote",
      "unknown,    false, none,     quote"})
  void theTableDecidesBetweenRmaAndQuote(String warrantyEndsOn, boolean covers, String cover, String route) {
    contractCovers = covers;
    ProcessInstance instance = hardwareFaultConfirmed();

    request(instance, warrantyEndsOn);

    assertThat(instance).hasPassed("assess-rma-cover", "decide-rma-eligibility").variables()
        .containsEntry("cover", cover).containsEntry("rmaRoute", route);
    if (route.equals("rma")) {
      assertThat(askToConfirmRequest.ran()).isTrue();
      assertThat(instance).isWaitingAt("await-request-confirmation");
    } else {
      assertThat(requestQuote.ran()).isTrue();
      assertThat(instance).isWaitingAt("quote-spare-part");
    }
  }

  @Test
  void notCoveredIsQuotedBySalesInstead() {
    ProcessInstance instance = hardwareFaultConfirmed();
    request(instance, "2025-12-31");

    assertThat(instance).isWaitingAt("quote-spare-part").task().hasName("Quote the spare part")
        .hasCandidateGroup("sales");
    complete(task(instance, "quote-spare-part"), Map.of("quoteReference", "QT-2026-0042"));

    assertThat(recordQuote.ran()).isTrue();
    assertThat(instance).hasPassed("quoted-instead").hasNotPassed("ask-customer-to-confirm-request").isEnded();
  }

  @Test
  void refusedRequestGoesBackToTheEngineer() {
    ProcessInstance instance = hardwareFaultConfirmed();
    request(instance, "2026-12-31");

    customerAnswersRequest(false);

    assertThat(instance).isWaitingAt("fill-rma-request").task().isAssignedTo("engineer1");
    assertThat(lookUpStock.ran()).isFalse();
  }

  @Test
  void partInStockIsIssuedAtOnceAndAVendorRmaStillRefillsTheDepot() {
    issueOutcomes.add("issued");
    ProcessInstance instance = confirmedRequest();

    assertThat(lookUpStock.ran()).isTrue();
    assertThat(instance).isWaitingAt("check-spare-stock").task().hasName("Check spare stock")
        .hasCandidateGroup("rma-desk");
    complete(task(instance, "check-spare-stock"), Map.of("issueFromDepot", "Budapest", "goodSerialNumber", "SN-2"));

    assertThat(instance).isWaitingAt("request-refill-rma", "replace-part");
    assertThat(instance).task("request-refill-rma").hasCandidateGroup("rma-desk");
    assertThat(instance).task("replace-part").isAssignedTo("engineer1").hasCandidateGroupAssociated("engineers");
    assertThat(startReturn.ran()).as("the faulty part's return clock starts with the good part at hand").isTrue();

    complete(task(instance, "request-refill-rma"), Map.of("vendorRmaNumber", "V-1"));
    assertThat(recordVendorRma.activities()).containsExactly("record-refill-rma");
    assertThat(instance).hasPassed("refill-requested").isWaitingAt("replace-part");

    complete(task(instance, "replace-part"), Map.of("replacementNote", "Swapped"));
    assertThat(askToConfirmFix.ran()).isTrue();
    assertThat(instance).isWaitingAt("await-fix-confirmation");
    customerAnswersFix(true);

    assertThat(completeRma.ran()).isTrue();
    assertThat(instance).hasPassed("part-replaced").hasNotPassed("request-replacement-rma").isEnded();
  }

  @Test
  void theRmaEndsOnlyWhenTheRefillIsRequestedToo() {
    // the case waits in RMA_PENDING until the RMA ends: a confirmed fix does not resume it while the desk's
    // refill request is still open (the refill branch joins nothing, but the instance ends with its last token)
    issueOutcomes.add("issued");
    ProcessInstance instance = confirmedRequest();
    complete(task(instance, "check-spare-stock"), Map.of());
    complete(task(instance, "replace-part"), Map.of());

    customerAnswersFix(true);

    assertThat(completeRma.ran()).isTrue();
    assertThat(instance).hasPassed("part-replaced").isNotEnded().isWaitingAt("request-refill-rma");
    complete(task(instance, "request-refill-rma"), Map.of("vendorRmaNumber", "V-1"));
    assertThat(instance).isEnded();
  }

  @Test
  void partTakenMeanwhileSendsTheDeskBackToTheStock() {
    issueOutcomes.addAll(List.of("unavailable", "issued"));
    ProcessInstance instance = confirmedRequest();

    complete(task(instance, "check-spare-stock"), Map.of("issueFromDepot", "Budapest"));

    assertThat(lookUpStock.runs()).hasSize(2);
    assertThat(instance).isWaitingAt("check-spare-stock");
    complete(task(instance, "check-spare-stock"), Map.of("issueFromDepot", "Debrecen"));
    assertThat(instance).isWaitingAt("request-refill-rma", "replace-part");
  }

  @Test
  void partNotInStockComesFromTheVendorAndTheDeskIsRemindedEveryThreeDays() {
    issueOutcomes.add("none");
    ProcessInstance instance = confirmedRequest();
    complete(task(instance, "check-spare-stock"), Map.of());

    assertThat(instance).isWaitingAt("request-replacement-rma").task().hasName("Request vendor RMA for the part")
        .hasCandidateGroup("rma-desk");
    complete(task(instance, "request-replacement-rma"), Map.of("vendorRmaNumber", "V-2"));
    assertThat(recordVendorRma.activities()).containsExactly("record-replacement-rma");
    assertThat(instance).isWaitingAt("receive-part").task().hasCandidateGroup("rma-desk");
    assertThat(timers(instance)).containsExactly(T0.plus(Duration.ofDays(3)));

    passTo(instance, T0.plus(Duration.ofDays(3)).minusSeconds(1));
    assertThat(chaseVendor.ran()).isFalse();
    passTo(instance, T0.plus(Duration.ofDays(3)));
    assertThat(chaseVendor.runs()).hasSize(1);
    passTo(instance, T0.plus(Duration.ofDays(6)));
    assertThat(chaseVendor.runs()).hasSize(2);
    assertThat(instance).isWaitingAt("receive-part");
    assertThat(timers(instance)).containsExactly(T0.plus(Duration.ofDays(9)));

    complete(task(instance, "receive-part"), Map.of("goodSerialNumber", "SN-3"));

    assertThat(recordPartArrival.ran()).isTrue();
    assertThat(startReturn.ran()).isTrue();
    assertThat(timers(instance)).as("no reminders once the part is here").isEmpty();
    assertThat(instance).isWaitingAt("replace-part");
  }

  @Test
  void refusedFixGoesBackToTheEngineerWhoReplacesAgain() {
    issueOutcomes.add("issued");
    ProcessInstance instance = confirmedRequest();
    complete(task(instance, "check-spare-stock"), Map.of());
    complete(task(instance, "replace-part"), Map.of());

    customerAnswersFix(false);

    assertThat(instance).isWaitingAt("request-refill-rma", "replace-part");
    assertThat(startReturn.runs()).as("the return clock started once").hasSize(1);
    complete(task(instance, "replace-part"), Map.of());
    assertThat(askToConfirmFix.runs()).hasSize(2);
  }
}
