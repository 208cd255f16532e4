package io.casedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseStatus;
import io.casedesk.notification.Notification.RecipientType;
import io.casedesk.notification.NotificationKind;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EscalationTest extends CaseTestSupport {

  static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void p1EscalatesToEngineerSupervisorAndGeneralManagerAtHalfAnHourOneAndTwoHours() {
    String n = open("high", "high", "phone").caseNumber();
    assertThat(view(n).priority()).isEqualTo("P1");
    assertThat(timers(n)).as("the engineer's escalation first").containsExactly(T0.plus(Duration.ofMinutes(30)));

    advanceTo(n, T0.plus(Duration.ofMinutes(30)).minus(MINUTE));
    assertThat(view(n).escalationLevel()).isZero();

    advanceTo(n, T0.plus(Duration.ofMinutes(30)));
    assertThat(view(n).escalationLevel()).isEqualTo(1);
    assertThat(timers(n)).as("then the supervisor's").containsExactly(T0.plus(Duration.ofHours(1)));
    var escalations = events(n, CaseEventKind.ESCALATED);
    assertThat(escalations).hasSize(1);
    assertThat(escalations.get(0).at()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
    assertThat(notifications(n, NotificationKind.ESCALATION)).singleElement()
        .satisfies(m -> {
          assertThat(m.recipientType()).isEqualTo(RecipientType.GROUP);
          assertThat(m.recipient()).isEqualTo("engineers");
        });

    advanceTo(n, T0.plus(Duration.ofHours(1)));
    assertThat(view(n).escalationLevel()).isEqualTo(2);
    advanceTo(n, T0.plus(Duration.ofHours(2)));
    assertThat(view(n).escalationLevel()).isEqualTo(3);
    assertThat(notifications(n, NotificationKind.ESCALATION)).extracting(m -> m.recipient())
        .containsExactly("engineers", "supervisors", "managers");
    assertThat(events(n, CaseEventKind.ESCALATED)).extracting(e -> e.at()).containsExactly(
        T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(2)));
  }

  @Test
  void p2EscalatesAtOneTwoAndFourHours() {
    String n = open("high", "medium", "phone").caseNumber();
    assertThat(view(n).priority()).isEqualTo("P2");
    assertThat(timers(n)).containsExactly(T0.plus(Duration.ofHours(1)));
    advanceTo(n, T0.plus(Duration.ofHours(4)));
    assertThat(events(n, CaseEventKind.ESCALATED)).extracting(e -> e.at()).containsExactly(
        T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(4)));
  }

  @Test
  void p3EscalatesAtTwoFourAndEightHours() {
    String n = open("medium", "medium", "phone").caseNumber();
    assertThat(view(n).priority()).isEqualTo("P3");
    assertThat(timers(n)).containsExactly(T0.plus(Duration.ofHours(2)));
    advanceTo(n, T0.plus(Duration.ofHours(8)));
    assertThat(view(n).escalationLevel()).isEqualTo(3);
    assertThat(events(n, CaseEventKind.ESCALATED)).extracting(e -> e.at()).containsExactly(
        T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(4)), T0.plus(Duration.ofHours(8)));
    assertThat(timers(n)).as("the top of the ladder").isEmpty();
  }

  @Test
  void p4NeverEscalates() {
    String n = open("low", "low", "phone").caseNumber();
    assertThat(view(n).priority()).isEqualTo("P4");
    assertThat(timers(n)).isEmpty();
    advanceTo(n, T0.plus(Duration.ofDays(3)));
    assertThat(view(n).escalationLevel()).isZero();
    assertThat(events(n, CaseEventKind.ESCALATED)).isEmpty();
  }

  @Test
  void escalationStopsOnceTheCaseIsResolved() {
    String n = open("high", "high", "phone").caseNumber();
    advanceTo(n, T0.plus(Duration.ofMinutes(40)));
    work(n, "engineer1", "solve", "Replaced the routing table");
    assertThat(view(n).status()).isEqualTo(CaseStatus.RESOLVED);

    // only the closure timers remain: reminder and automatic closure
    assertThat(timers(n)).containsExactly(T0.plus(Duration.ofMinutes(40)).plus(Duration.ofDays(3)),
        T0.plus(Duration.ofMinutes(40)).plus(Duration.ofDays(5)));
    cases.answerClosure(n, true, "Works again", CUSTOMER);
    advanceTo(n, T0.plus(Duration.ofHours(3)));
    assertThat(view(n).escalationLevel()).isEqualTo(1);
    assertThat(view(n).status()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void waitingForTheCustomerPausesTheClockAndResumesWithTheTimeLeft() {
    String n = open("high", "high", "phone").caseNumber();
    advanceTo(n, T0.plus(Duration.ofMinutes(20)));
    work(n, "engineer1", "request-info", "Please send the router's log");
    var waiting = view(n);
    assertThat(waiting.status()).isEqualTo(CaseStatus.WAITING_CUSTOMER);
    assertThat(waiting.sla().paused()).isTrue();
    assertThat(timers(n)).isEmpty();

    // three hours pass without a single escalation
    advanceTo(n, T0.plus(Duration.ofMinutes(20)).plus(Duration.ofHours(3)));
    assertThat(view(n).escalationLevel()).isZero();

    Instant answeredAt = T0.plus(Duration.ofMinutes(20)).plus(Duration.ofHours(3));
    cases.postMessage(n, "Log attached", CUSTOMER);
    var resumed = view(n);
    assertThat(resumed.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(resumed.sla().paused()).isFalse();
    // 20 of the 30 minutes to the first escalation had run: 10 are left, and so on up the ladder
    assertThat(timers(n)).containsExactly(answeredAt.plus(Duration.ofMinutes(10)));
    assertThat(resumed.sla().resolutionDue()).isEqualTo(answeredAt.plus(Duration.ofHours(4).minusMinutes(20)));
    assertThat(task(n, "work-case").getAssignee()).isEqualTo("engineer1");

    advanceTo(n, answeredAt.plus(Duration.ofMinutes(10)));
    assertThat(view(n).escalationLevel()).isEqualTo(1);
    assertThat(timers(n)).as("the supervisor's half hour after the engineer's")
        .containsExactly(answeredAt.plus(Duration.ofMinutes(40)));
  }

  @Test
  void aPauseAfterAnEscalationDoesNotRepeatIt() {
    String n = open("high", "high", "phone").caseNumber();
    advanceTo(n, T0.plus(Duration.ofMinutes(45)));
    assertThat(view(n).escalationLevel()).isEqualTo(1);
    work(n, "engineer1", "request-info", "Which firmware?");
    advanceBy(n, Duration.ofHours(1));
    cases.postMessage(n, "Firmware 7.1", CUSTOMER);
    // 45 minutes had run: supervisor at +15 min, manager at +75 min; no second engineer escalation
    Instant resumedAt = T0.plus(Duration.ofMinutes(105));
    assertThat(timers(n)).containsExactly(resumedAt.plus(Duration.ofMinutes(15)));
    advanceTo(n, resumedAt.plus(Duration.ofMinutes(75)));
    assertThat(events(n, CaseEventKind.ESCALATED)).hasSize(3);
    assertThat(notifications(n, NotificationKind.ESCALATION)).extracting(m -> m.recipient())
        .containsExactly("engineers", "supervisors", "managers");
  }

  @Test
  void dueTimesOfTheCaseFollowTheSlaTargetsOfItsServiceLevel() {
    var opened = open("high", "high", "phone");
    // CT-DEMO-1 is a gold contract: P1 first response in 15 minutes, resolution in 4 hours
    assertThat(opened.serviceLevel()).isEqualTo("gold");
    assertThat(opened.sla().firstResponseDue()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(opened.sla().resolutionDue()).isEqualTo(T0.plus(Duration.ofHours(4)));
    assertThat(task(opened.caseNumber(), "work-case").getDueDate().toInstant())
        .as("due at the deadline that comes first: the first response").isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(taskService.createTaskQuery().taskId(task(opened.caseNumber(), "work-case").getId())
        .taskCandidateGroup("engineers").count()).isOne();
    assertThat(Map.of("queue", opened.queue())).containsEntry("queue", "operational-problems");
  }
}
