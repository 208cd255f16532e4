package io.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.notification.NotificationKind;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

class DutyManagerTest extends CaseTestSupport {

  @Test
  void dutyManagerMustCallBackWithinThirtyMinutesWithAnActionPlan() {
    String n = open("medium", "medium", "phone").caseNumber();
    advanceBy(n, Duration.ofMinutes(5));
    cases.requestDutyManager(n, "No progress for an hour", CUSTOMER);

    Task callBack = task(n, "call-back-customer");
    assertThat(callBack).isNotNull();
    assertThat(callBack.getDueDate().toInstant()).isEqualTo(T0.plus(Duration.ofMinutes(35)));
    assertThat(taskService.createTaskQuery().taskId(callBack.getId()).taskCandidateGroup("managers")
        .includeAssignedTasks().count()).isOne();
    assertThat(callBack.getAssignee()).as("the duty manager of the shift on duty").isEqualTo("manager1");
    assertThat(notifications(n, NotificationKind.DUTY_MANAGER_REQUEST)).hasSize(1);

    taskService.complete(callBack.getId(), Map.of("actionPlan",
        "engineer1: collect router logs by 11:00\nVendor TAC: analyse the crash dump\nCall the customer at 12:00"));

    CaseView asCustomer = cases.view(n, CUSTOMER);
    assertThat(asCustomer.actionPlan()).as("owners by name: the customer reads no user id").containsExactly(
        new ActionPlan.Item("collect router logs by 11:00", "Demo engineer"),
        new ActionPlan.Item("analyse the crash dump", "Vendor TAC"),
        new ActionPlan.Item("Call the customer at 12:00", "Demo manager"));
    assertThat(view(n).actionPlan()).as("staff read the plan as written").extracting(ActionPlan.Item::owner)
        .containsExactly("engineer1", "Vendor TAC", "manager1");
    assertThat(notifications(n, NotificationKind.ACTION_PLAN)).hasSize(1);
    assertThat(events(n, CaseEventKind.DUTY_MANAGER_OVERDUE)).isEmpty();
  }

  @Test
  void aMissedCallBackEscalatesFurther() {
    String n = open("medium", "medium", "phone").caseNumber();
    cases.requestDutyManager(n, "Outage is hitting our billing", CUSTOMER);

    advanceTo(n, T0.plus(Duration.ofMinutes(29)));
    assertThat(events(n, CaseEventKind.DUTY_MANAGER_OVERDUE)).isEmpty();
    advanceTo(n, T0.plus(Duration.ofMinutes(30)));
    assertThat(events(n, CaseEventKind.DUTY_MANAGER_OVERDUE)).singleElement()
        .satisfies(e -> assertThat(e.at()).isEqualTo(T0.plus(Duration.ofMinutes(30))));
    assertThat(notifications(n, NotificationKind.DUTY_MANAGER_OVERDUE)).singleElement()
        .satisfies(m -> assertThat(m.recipient()).isEqualTo("managers"));
    assertThat(task(n, "call-back-customer")).as("the call-back is still to be done").isNotNull();
  }
}
