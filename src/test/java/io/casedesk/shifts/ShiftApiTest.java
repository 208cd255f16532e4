package io.casedesk.shifts;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CasedeskTest;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@CasedeskTest
class ShiftApiTest {

  @Autowired TestRestTemplate http;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void currentNamesTheShiftOnDutyAndItsDutyManager() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T12:00:00Z")));

    var response = as(http, "engineer1").getForEntity("/api/shifts/current", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode current = response.getBody();
    assertThat(current.path("shift").asText()).isEqualTo("Budapest");
    assertThat(current.path("timeZone").asText()).isEqualTo("Europe/Budapest");
    assertThat(current.path("dutyManager").asText()).isEqualTo("manager1");
    assertThat(current.path("startedAt").asText()).isEqualTo("2026-03-02T09:00:00Z");
    assertThat(current.path("endsAt").asText()).isEqualTo("2026-03-02T15:00:00Z");
    assertThat(current.path("next").path("shift").asText()).isEqualTo("Buenos Aires");
    assertThat(current.path("next").path("at").asText()).isEqualTo("2026-03-02T15:00:00Z");
  }

  @Test
  void aTurnoverHandsTheDeskToTheNextShift() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T15:00:00Z")));
    assertThat(as(http, "auditor1").getForEntity("/api/shifts/current", JsonNode.class).getBody()
        .path("shift").asText()).isEqualTo("Buenos Aires");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-03T02:59:59Z")));
    assertThat(as(http, "hotline1").getForEntity("/api/shifts/current", JsonNode.class).getBody()
        .path("shift").asText()).isEqualTo("North America");
  }

  @Test
  void theScheduleListsTheTeamsAndTheNextTurnovers() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T12:00:00Z")));

    var response = as(http, "supervisor1").getForEntity("/api/shifts", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode schedule = response.getBody();
    assertThat(schedule.path("onDuty").path("shift").asText()).isEqualTo("Budapest");
    assertThat(schedule.path("shifts").findValuesAsText("name"))
        .containsExactly("Bangalore", "Budapest", "Buenos Aires", "North America");
    assertThat(schedule.path("shifts").get(0).path("start").asText()).isEqualTo("08:30");
    assertThat(schedule.path("upcoming").findValuesAsText("at")).containsExactly(
        "2026-03-02T15:00:00Z", "2026-03-02T21:00:00Z", "2026-03-03T03:00:00Z", "2026-03-03T09:00:00Z");
  }

  @Test
  void customersDoNotSeeTheShifts() {
    assertThat(as(http, "customer1").getForEntity("/api/shifts/current", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, "customer1").getForEntity("/api/shifts", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/shifts/current", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
