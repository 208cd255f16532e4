package io.casedesk.rma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.Timeline;
import io.casedesk.notification.Notification.RecipientType;
import io.casedesk.notification.NotificationKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** The faulty part goes back to the vendor within 10 working days of the good part's arrival (rma-return.bpmn). */
class RmaReturnTest extends RmaTestSupport {

  @Test
  void faultyPartIsDueTenWorkingDaysLaterAcrossTwoWeekendsAndEscalatesToTheLeadWhenLate() {
    Instant thursday = Instant.parse("2026-03-05T10:00:00Z");
    ClockUtil.setCurrentTime(Date.from(thursday));
    String rmaId = rmaWithPartFromStock(newPart());
    String n = caseOf(rmaId);

    Instant deadline = Instant.parse("2026-03-19T10:00:00Z"); // Thursday two weeks later
    assertThat(rma(rmaId).goodPartReceivedAt()).isEqualTo(thursday);
    assertThat(rma(rmaId).returnDeadline()).isEqualTo(deadline);
    Task returnTask = rmaTask(rmaId, "return-faulty-part");
    assertThat(returnTask).hasCandidateGroup("rma-desk");
    assertThat(returnTask.getDueDate().toInstant()).isEqualTo(deadline);
    assertThat(rmaTimers(rmaId)).singleElement()
        .satisfies(j -> assertThat(j.getDuedate().toInstant()).isEqualTo(deadline));

    advanceRmaTo(rmaId, deadline.minusSeconds(1));
    assertThat(returnProcess(rmaId)).isWaitingAt("return-faulty-part");
    assertThat(notifications(n, NotificationKind.RMA_RETURN_OVERDUE)).isEmpty();
    assertThat(rma(rmaId).returnOverdue()).isFalse();

    advanceRmaTo(rmaId, deadline);

    assertThat(returnProcess(rmaId)).isWaitingAt("chase-overdue-return");
    Task leadTask = rmaTask(rmaId, "chase-overdue-return");
    assertThat(leadTask).hasName("RMA desk lead: get the overdue faulty part returned").hasCandidateGroup("rma-desk");
    assertThat(notifications(n, NotificationKind.RMA_RETURN_OVERDUE)).singleElement().satisfies(m -> {
      assertThat(m.recipientType()).isEqualTo(RecipientType.GROUP);
      assertThat(m.recipient()).isEqualTo("rma-desk");
      assertThat(m.payload()).contains(rmaId, "SN-FAULTY-1", "2026-03-19T10:00:00Z");
    });
    assertThat(events(n, CaseEventKind.RMA_RETURN_OVERDUE)).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("SN-FAULTY-1", "RMA desk lead"));
    assertThat(cases.view(n, CUSTOMER).timeline()).extracting(Timeline.CaseEvent::kind)
        .doesNotContain(CaseEventKind.RMA_RETURN_OVERDUE);
    assertThat(rma(rmaId).returnOverdue()).isTrue();
    assertThat(rma(rmaId).returnedAt()).isNull();

    Instant sent = deadline.plus(Duration.ofDays(1));
    ClockUtil.setCurrentTime(Date.from(sent));
    taskService.complete(leadTask.getId(), Map.of("returnTrackingNumber", "1Z999AA10123456784",
        "returnNote", "Was left in the engineer's car"));

    assertThat(returnProcess(rmaId)).isNull();
    assertThat(rma(rmaId).returnedAt()).isEqualTo(sent);
    assertThat(rma(rmaId).returnTrackingNumber()).isEqualTo("1Z999AA10123456784");
    assertThat(events(n, CaseEventKind.RMA_PART_RETURNED)).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("1Z999AA10123456784", "engineer's car"));
  }

  @Test
  void aHolidayOnTheWayPushesTheReturnDeadlineByADay() {
    // Thursday before Easter 2026; Easter Monday (6 April) is a holiday in the test configuration
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-02T10:00:00Z")));
    String rmaId = rmaWithPartFromStock(newPart());

    Instant deadline = Instant.parse("2026-04-17T10:00:00Z"); // Friday, not Thursday
    assertThat(rma(rmaId).returnDeadline()).isEqualTo(deadline);
    assertThat(rmaTask(rmaId, "return-faulty-part").getDueDate().toInstant()).isEqualTo(deadline);

    advanceRmaTo(rmaId, Instant.parse("2026-04-16T10:00:00Z"));
    assertThat(returnProcess(rmaId)).isWaitingAt("return-faulty-part");
    advanceRmaTo(rmaId, deadline);
    assertThat(returnProcess(rmaId)).isWaitingAt("chase-overdue-return");
  }

  @Test
  void partReturnedInTimeIsNotEscalated() {
    String rmaId = rmaWithPartFromStock(newPart());
    String n = caseOf(rmaId);

    advanceRmaTo(rmaId, T0.plus(Duration.ofDays(5)));
    completeRmaTask(rmaId, "return-faulty-part", Map.of("returnTrackingNumber", "TRK-42"));

    assertThat(returnProcess(rmaId)).isNull();
    assertThat(rmaTimers(rmaId)).isEmpty();
    assertThat(rma(rmaId).returnedAt()).isEqualTo(T0.plus(Duration.ofDays(5)));
    assertThat(rma(rmaId).returnOverdue()).isFalse();
    assertThat(notifications(n, NotificationKind.RMA_RETURN_OVERDUE)).isEmpty();
    assertThat(rmaProcess(rmaId)).as("returning the part early does not end the RMA").isWaitingAt("request-refill-rma",
        "replace-part");
  }
}
