package io.casedesk.calendar;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.cases.CaseStatus;
import io.casedesk.notification.NotificationKind;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** SLA clocks on business-hours contracts: escalations fire at the calendar-correct instants. */
class CalendarEscalationTest extends CaseTestSupport {

  static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");
  static final String CONTRACT = "CT-CAL-8X5";

  @Autowired TestRestTemplate http;

  @BeforeEach
  void businessHoursContract() {
    as(http, "admin").postForEntity("/api/contracts", Map.of("id", CONTRACT, "company", "Demo Customer Ltd",
        "serviceLevel", "silver", "coverageCalendar", "8x5", "validFrom", "2020-01-01", "validTo", "2099-12-31"),
        String.class);
    var coverage = as(http, "admin").exchange("/api/contracts/" + CONTRACT + "/coverage",
        org.springframework.http.HttpMethod.PUT, new org.springframework.http.HttpEntity<>(Map.of(
            "calendar", "8x5", "timeZone", "Europe/Budapest", "holidayRegion", "HU", "weekendCover", false)),
        JsonNode.class);
    assertThat(coverage.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  static Instant budapest(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BUDAPEST).toInstant();
  }

  @Test
  void p3OpenedFridayEveningEscalatesMondayMorning() {
    ClockUtil.setCurrentTime(Date.from(budapest("2026-11-20T17:30")));
    JsonNode opened = as(http, "hotline1").postForEntity("/api/cases", Map.of("callerName", "Ada",
        "callerEmail", "ada@demo.example", "contractId", CONTRACT, "product", "router-x",
        "category", "operational-problem", "impact", "medium", "urgency", "medium", "subject", "Slow links",
        "channel", "phone"), JsonNode.class).getBody();
    String n = opened.path("caseNumber").asText();
    assertThat(opened.path("priority").asText()).isEqualTo("P3");

    // 30 minutes on Friday, 90 on Monday from 08:00: the supervisor and manager levels follow on Monday
    assertThat(timers(n)).containsExactly(budapest("2026-11-23T09:30"));
    advanceTo(n, budapest("2026-11-23T09:29"));
    assertThat(view(n).escalationLevel()).isZero();
    advanceTo(n, budapest("2026-11-23T09:30"));
    assertThat(view(n).escalationLevel()).isEqualTo(1);
  }

  @Test
  void aWeekendP1IsAcknowledgedAndItsClockStartsOnTheNextCoveredHour() {
    ClockUtil.setCurrentTime(Date.from(budapest("2026-11-21T11:00")));
    String n = open("high", "high", "phone", "operational-problem", CONTRACT).caseNumber();
    assertThat(view(n).status()).isEqualTo(CaseStatus.OPEN);
    assertThat(notifications(n, NotificationKind.ACKNOWLEDGEMENT)).hasSize(1);
    assertThat(timers(n)).first().isEqualTo(budapest("2026-11-23T08:30"));
  }

  @Test
  void weekendCoverMakesTheWeekendCount() {
    as(http, "admin").exchange("/api/contracts/" + CONTRACT + "/coverage", org.springframework.http.HttpMethod.PUT,
        new org.springframework.http.HttpEntity<>(Map.of("calendar", "8x5", "timeZone", "Europe/Budapest",
            "weekendCover", true)), JsonNode.class);
    ClockUtil.setCurrentTime(Date.from(budapest("2026-11-21T11:00")));
    String n = open("high", "high", "phone", "operational-problem", CONTRACT).caseNumber();
    assertThat(timers(n)).first().isEqualTo(budapest("2026-11-21T11:30"));
  }

  @Test
  void aPauseOutsideBusinessHoursKeepsTheCoveredTimeLeft() {
    ClockUtil.setCurrentTime(Date.from(budapest("2026-11-16T17:00")));
    String n = open("medium", "medium", "phone", "operational-problem", CONTRACT).caseNumber();
    advanceTo(n, budapest("2026-11-16T17:30"));
    work(n, "engineer1", "request-info", "Which slot is the card in?");
    advanceTo(n, budapest("2026-11-17T07:00"));
    cases.postMessage(n, "Slot 3", CUSTOMER);
    // 30 of the 120 minutes ran on Monday; the other 90 from Tuesday 08:00
    assertThat(timers(n)).first().isEqualTo(budapest("2026-11-17T09:30"));
  }

  @Test
  void aComplaintAboutABusinessHoursCaseIsDueInTheCustomersBusinessHours() {
    ClockUtil.setCurrentTime(Date.from(budapest("2026-11-20T17:00")));
    String n = open("medium", "medium", "phone", "operational-problem", CONTRACT).caseNumber();
    JsonNode complaint = as(http, "hotline1").postForEntity("/api/cases/" + n + "/complaints", Map.of(
        "complaintClass", "engineer-conduct", "description", "The engineer hung up on us", "channel", "phone",
        "contactName", "Ada", "contactEmail", "ada@demo.example"), JsonNode.class).getBody();
    // one day (24 h) of covered time: Friday 17-18, Monday and Tuesday 08-18, Wednesday 08-11
    assertThat(Instant.parse(complaint.path("answerDue").asText())).isEqualTo(budapest("2026-11-25T11:00"));
  }

  @Test
  void coverageValidation() {
    var response = as(http, "admin").exchange("/api/contracts/" + CONTRACT + "/coverage",
        org.springframework.http.HttpMethod.PUT, new org.springframework.http.HttpEntity<>(Map.of(
            "calendar", "9x9", "timeZone", "Mars/Olympus")), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as(http, "engineer1").exchange("/api/contracts/" + CONTRACT + "/coverage",
        org.springframework.http.HttpMethod.PUT, new org.springframework.http.HttpEntity<>(Map.of(
            "calendar", "8x5", "timeZone", "UTC")), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, "engineer1").getForEntity("/api/calendars", JsonNode.class).getBody()
        .path("coverage").has("8x5")).isTrue();
  }
}
