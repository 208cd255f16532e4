package io.casedesk.rma;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.security.CurrentUser;
import io.casedesk.support.CaseTestSupport;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/** Drives RMAs: a case reports a hardware fault, people work the RMA's tasks, time moves its timers. */
abstract class RmaTestSupport extends CaseTestSupport {

  protected static final CurrentUser RMA_DESK = new CurrentUser("rmadesk1", Set.of("rma-desk"));
  protected static final CurrentUser AUDITOR = new CurrentUser("auditor1", Set.of("auditors"));

  @Autowired protected RmaService rmaService;
  @Autowired protected RmaRepository rmaRepository;
  @Autowired protected SpareStock spares;

  /** A part number no other test uses, so that stock lines do not meet. */
  protected static String newPart() {
    return "LC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  protected void stock(String depot, String part, int quantity) {
    spares.set(new SpareStock.Line(depot, part, "Line card", quantity, "rmadesk1", null));
  }

  protected int quantity(String depot, String part) {
    return spares.find(depot, part).map(SpareStock.Line::quantity).orElse(0);
  }

  /** Opens a case under the given contract and reports a hardware fault; returns the new RMA's id. */
  protected String hardwareFault(String contractId) {
    String n = open("medium", "medium", "phone", "hardware-fault", contractId).caseNumber();
    work(n, "engineer1", "hardware", "Line card LC-3 dead, LEDs off");
    return rmaIdOf(n);
  }

  protected String hardwareFault() {
    return hardwareFault("CT-DEMO-1");
  }

  protected String rmaIdOf(String caseNumber) {
    ProcessInstance rma = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(instance(caseNumber).getId()).singleResult();
    assertThat(rma).as("RMA called by " + caseNumber).isNotNull();
    return rma.getBusinessKey();
  }

  protected String caseOf(String rmaId) {
    return rma(rmaId).caseNumber();
  }

  protected ProcessInstance rmaProcess(String rmaId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("rma").processInstanceBusinessKey(rmaId)
        .singleResult();
  }

  protected ProcessInstance returnProcess(String rmaId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("rma-return")
        .processInstanceBusinessKey(rmaId).singleResult();
  }

  protected Rma rma(String rmaId) {
    return rmaRepository.get(rmaId);
  }

  protected Task rmaTask(String rmaId, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(rmaId).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  protected void completeRmaTask(String rmaId, String taskDefinitionKey, Map<String, Object> variables) {
    Task task = rmaTask(rmaId, taskDefinitionKey);
    assertThat(task).as(taskDefinitionKey + " of " + rmaId).isNotNull();
    taskService.complete(task.getId(), variables);
  }

  protected void fillRequest(String rmaId, String part, String serial, String warrantyEndsOn) {
    Map<String, Object> request = new HashMap<>();
    request.put("requestAction", "submit");
    request.put("partNumber", part);
    request.put("faultySerialNumber", serial);
    request.put("site", "Budapest, Váci út 1");
    request.put("warrantyEndsOn", warrantyEndsOn);
    completeRmaTask(rmaId, "fill-rma-request", request);
  }

  /** The RMA desk issues the part from the depot (null: none, the vendor sends it). */
  protected void checkStock(String rmaId, String depot, String goodSerial) {
    Map<String, Object> decision = new HashMap<>();
    decision.put("issueFromDepot", depot);
    decision.put("goodSerialNumber", goodSerial);
    completeRmaTask(rmaId, "check-spare-stock", decision);
  }

  /** Covered request, confirmed by the customer, part issued from a stocked depot. */
  protected String rmaWithPartFromStock(String part) {
    stock("BUD-1", part, 2);
    String rmaId = hardwareFault();
    fillRequest(rmaId, part, "SN-FAULTY-1", null);
    rmaService.confirm(rmaId, true, null, CUSTOMER);
    checkStock(rmaId, "BUD-1", "SN-GOOD-1");
    return rmaId;
  }

  /** Timer jobs of the RMA's processes (the RMA and its faulty-part return), earliest first. */
  protected List<Job> rmaTimers(String rmaId) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(rmaId).list().stream()
        .flatMap(p -> managementService.createJobQuery().processInstanceId(p.getId()).timers().list().stream())
        .sorted(Comparator.comparing(Job::getDuedate))
        .toList();
  }

  /** Moves the clock to {@code at}, executing each timer of the RMA that falls due at its due time. */
  protected void advanceRmaTo(String rmaId, Instant at) {
    while (true) {
      Job due = rmaTimers(rmaId).stream().filter(j -> !j.getDuedate().toInstant().isAfter(at)).findFirst().orElse(null);
      if (due == null) {
        ClockUtil.setCurrentTime(Date.from(at));
        return;
      }
      if (due.getDuedate().after(ClockUtil.getCurrentTime())) {
        ClockUtil.setCurrentTime(due.getDuedate());
      }
      managementService.executeJob(due.getId());
    }
  }
}
