package io.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.casedesk.notification.Notification.RecipientType;
import io.casedesk.notification.NotificationKind;
import io.casedesk.security.CasedeskGroups;
import io.casedesk.security.DemoUsers;
import io.casedesk.security.IdentityBootstrap;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkTest extends CaseTestSupport {

  @Autowired IdentityBootstrap identity;

  @Test
  void claimingIsTheFirstResponseAndTellsTheEngineer() {
    String n = open("medium", "medium", "phone").caseNumber();
    advanceBy(n, Duration.ofMinutes(7));
    taskService.claim(task(n, "work-case").getId(), "engineer1");

    CaseView claimed = view(n);
    assertThat(claimed.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(claimed.assignee()).isEqualTo("engineer1");
    assertThat(claimed.sla().firstRespondedAt()).isEqualTo(T0.plus(Duration.ofMinutes(7)));
    assertThat(notifications(n, NotificationKind.ASSIGNMENT)).singleElement().satisfies(m -> {
      assertThat(m.recipientType()).isEqualTo(RecipientType.USER);
      assertThat(m.recipient()).isEqualTo("engineer1");
    });
  }

  @Test
  void recordedActionsStayWithTheSameEngineer() {
    String n = open("medium", "medium", "phone").caseNumber();
    work(n, "engineer1", "note", "Checked the interface counters");
    assertThat(task(n, "work-case").getAssignee()).isEqualTo("engineer1");
    assertThat(events(n, CaseEventKind.WORK_ACTION)).singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo("engineer1");
          assertThat(e.detail()).contains("Checked the interface counters");
        });
    assertThat(notifications(n, NotificationKind.ASSIGNMENT)).hasSize(1);
  }

  @Test
  void vendorEscalationRecordsTheVendorCaseNumberForTheCustomer() {
    String n = open("medium", "medium", "phone").caseNumber();
    work(n, "engineer1", "vendor", "Looks like a firmware bug");
    assertThat(task(n, "open-vendor-case").getAssignee()).isEqualTo("engineer1");
    complete(n, "open-vendor-case", Map.of("vendorName", "Acme Networks", "vendorCaseNumber", "ACME-778812"));

    CaseView asCustomer = cases.view(n, CUSTOMER);
    assertThat(asCustomer.vendorCaseNumber()).isEqualTo("ACME-778812");
    assertThat(asCustomer.timeline()).extracting(Timeline.CaseEvent::kind).contains(CaseEventKind.VENDOR_CASE_OPENED);
    assertThat(notifications(n, NotificationKind.VENDOR_CASE)).singleElement()
        .satisfies(m -> assertThat(m.payload()).contains("ACME-778812"));
    assertThat(instance(n)).isWaitingAt("work-case");
  }

  @Test
  void supervisorApprovesAChangeOfEngineer() {
    // the new engineer must be an engineer of the case's queue (see ReassignmentTest for a typo)
    identity.ensureUser("engineer2", "Second", "Engineer", DemoUsers.PASSWORD, Set.of(CasedeskGroups.ENGINEERS));
    String n = open("medium", "medium", "phone").caseNumber();
    work(n, "engineer1", "change-engineer", "Needs an optical specialist");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(n).taskDefinitionKey("supervisor-decision")
        .taskCandidateGroup("supervisors").count()).isOne();

    complete(n, "supervisor-decision", Map.of("supervisorApproved", true, "decisionNote", "Agreed",
        "newEngineer", "engineer2"));
    assertThat(task(n, "work-case").getAssignee()).isEqualTo("engineer2");
    assertThat(view(n).assignee()).isEqualTo("engineer2");
    assertThat(events(n, CaseEventKind.SUPERVISOR_DECISION)).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("approved").contains("engineer2"));
  }

  @Test
  void supervisorRefusesOnSiteSupport() {
    String n = open("medium", "medium", "phone").caseNumber();
    work(n, "engineer1", "onsite", "Need someone at the site");
    complete(n, "supervisor-decision", Map.of("supervisorApproved", false, "decisionNote", "Remote first"));
    assertThat(task(n, "work-case").getAssignee()).isEqualTo("engineer1");
    assertThat(events(n, CaseEventKind.SUPERVISOR_DECISION)).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("onsite refused"));
  }

  @Test
  void hardwareFaultWaitsForTheRma() {
    String n = open("medium", "medium", "phone").caseNumber();
    work(n, "engineer1", "hardware", "Line card LC-3 failed");
    assertThat(view(n).status()).isEqualTo(CaseStatus.RMA_PENDING);
    assertThat(instance(n)).isWaitingAt("run-rma");
    ProcessInstance rma = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(instance(n).getId()).singleResult();
    assertThat(rma).isWaitingAt("fill-rma-request");
    assertThat(view(n).rmas()).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo(rma.getBusinessKey()).matches("RMA-2026-\\d{6}");
      assertThat(r.status()).isEqualTo("DRAFT");
    });

    // the shortest way to the RMA's end: the engineer cancels it
    complete(rma.getBusinessKey(), "fill-rma-request", Map.of("requestAction", "cancel",
        "partNumber", "LC-3-10G", "faultySerialNumber", "SN-0007", "site", "Budapest DC1",
        "requestNote", "Reseating the card fixed it"));
    assertThat(rma).isEnded();
    assertThat(view(n).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(task(n, "work-case").getAssignee()).isEqualTo("engineer1");
    assertThat(events(n, CaseEventKind.RMA_FINISHED)).singleElement()
        .satisfies(e -> assertThat(e.detail()).isEqualTo(rma.getBusinessKey() + " cancelled: Reseating the card fixed it"));
  }
}
