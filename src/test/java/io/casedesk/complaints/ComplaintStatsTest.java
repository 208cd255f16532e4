package io.casedesk.complaints;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.security.DemoUsers;
import io.casedesk.security.IdentityBootstrap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The complaint figures over a small fixture with known timings: June 2025, company "Stats Fixture Ltd" (no other
 * test uses either). Answered within / committed / final call-back:
 * <pre>
 *   A billing           24 h / 48 h in time   satisfied 5
 *   B engineer-conduct  30 h / 24 h late      satisfied 3
 *   C product-quality   12 h / 5 d  in time   unsatisfied 1, reinvestigated, satisfied 4
 *   D service-quality   80 h / 3 d  late      unsatisfied 2, reinvestigated, unsatisfied 2, settled by management
 *   G response-time      6 h / 2 d  in time   satisfied 5
 *   E billing           received in June, still open;   F billing  received and closed in July
 * </pre>
 */
class ComplaintStatsTest extends ComplaintTestSupport {

  static final String COMPANY = "Stats Fixture Ltd";
  static final Instant JUNE_2 = Instant.parse("2025-06-02T08:00:00Z");
  static final Duration HOUR = Duration.ofHours(1);

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired CustomerAccounts customerAccounts;

  static boolean fixtureCreated;

  @BeforeEach
  void fixture() {
    if (fixtureCreated) {
      return;
    }
    satisfiedAfter("billing", JUNE_2, 24, 5);
    satisfiedAfter("engineer-conduct", JUNE_2, 30, 3);

    String c = raiseAt("product-quality", JUNE_2.plus(Duration.ofDays(1)));
    answerAt(c, JUNE_2.plus(Duration.ofDays(1)).plus(HOUR.multipliedBy(12)));
    callBack(c, false, 1, "Still broken");
    answerAt(c, JUNE_2.plus(Duration.ofDays(1)).plus(HOUR.multipliedBy(20)));
    callBack(c, true, 4, null);

    String d = raiseAt("service-quality", JUNE_2.plus(Duration.ofDays(2)));
    answerAt(d, JUNE_2.plus(Duration.ofDays(2)).plus(HOUR.multipliedBy(80)));
    callBack(d, false, 2, "No");
    answerAt(d, JUNE_2.plus(Duration.ofDays(7)));
    callBack(d, false, 2, "Still no");
    complete(d, "settle-complaint", Map.of("settlement", "A month's credit"));

    satisfiedAfter("response-time", JUNE_2.plus(Duration.ofDays(10)), 6, 5);
    raiseAt("billing", JUNE_2.plus(Duration.ofDays(20)));
    satisfiedAfter("billing", Instant.parse("2025-07-01T08:00:00Z"), 2, 1);
    fixtureCreated = true;
  }

  String raiseAt(String complaintClass, Instant at) {
    clockAt(at);
    return raise(complaintClass, COMPANY).complaintId();
  }

  void answerAt(String id, Instant at) {
    clockAt(at);
    answer(id, "Answer");
  }

  void satisfiedAfter(String complaintClass, Instant receivedAt, int hours, int score) {
    String id = raiseAt(complaintClass, receivedAt);
    answerAt(id, receivedAt.plus(HOUR.multipliedBy(hours)));
    callBack(id, true, score, null);
  }

  @Test
  void figuresOfJune() {
    ComplaintStats june = complaints.stats(LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-30"), COMPANY,
        SUPERVISOR);

    assertThat(june.received()).isEqualTo(6);
    assertThat(june.closed()).isEqualTo(5);
    // 6, 12, 24, 30 and 80 hours
    assertThat(june.timeToAnswer()).isEqualTo(new ComplaintStats.TimeToAnswer("PT30H24M", "PT24H", 30.4, 24.0));
    assertThat(june.answeredInTime()).isEqualTo(new ComplaintStats.Share(3, 0.6));
    assertThat(june.satisfaction()).isEqualTo(new ComplaintStats.Satisfaction(5, 4, 0.8, 3.8));
    assertThat(june.reopened()).isEqualTo(new ComplaintStats.Share(2, 0.4));
  }

  @Test
  void periodWithoutClosedComplaintsHasNoFigures() {
    ComplaintStats may = complaints.stats(LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-31"), COMPANY,
        SUPERVISOR);

    assertThat(may.received()).isZero();
    assertThat(may.closed()).isZero();
    assertThat(may.timeToAnswer()).isEqualTo(new ComplaintStats.TimeToAnswer(null, null, null, null));
    assertThat(may.answeredInTime()).isEqualTo(new ComplaintStats.Share(0, null));
    assertThat(may.satisfaction()).isEqualTo(new ComplaintStats.Satisfaction(0, 0, null, null));
  }

  @Test
  void aDayCountsWhole() {
    // F was received and closed on 1 July
    ComplaintStats july = complaints.stats(LocalDate.parse("2025-07-01"), LocalDate.parse("2025-07-01"), COMPANY,
        SUPERVISOR);
    assertThat(july.received()).isOne();
    assertThat(july.closed()).isOne();
    assertThat(july.timeToAnswer().medianHours()).isEqualTo(2.0);
  }

  @Test
  void figuresOverRestForStaffAndTheCompanysOwnCustomers() {
    JsonNode june = as(http, "auditor1").getForEntity(
        "/api/complaints/stats?from=2025-06-01&to=2025-06-30&company=" + COMPANY, JsonNode.class).getBody();
    assertThat(june.path("received").asLong()).isEqualTo(6);
    assertThat(june.path("timeToAnswer").path("median").asText()).isEqualTo("PT24H");
    assertThat(june.path("answeredInTime").path("share").asDouble()).isEqualTo(0.6);
    assertThat(june.path("satisfaction").path("meanScore").asDouble()).isEqualTo(3.8);
    assertThat(june.path("reopened").path("share").asDouble()).isEqualTo(0.4);

    // a customer of the fixture company gets its figures; customer1 of another company may not ask for them
    identity.ensureUser("customer8", "Stats", "Customer", DemoUsers.PASSWORD, Set.of("customers"));
    customerAccounts.link("customer8", COMPANY);
    JsonNode own = as(http, "customer8").getForEntity("/api/complaints/stats?from=2025-06-01&to=2025-06-30",
        JsonNode.class).getBody();
    assertThat(own.path("company").asText()).isEqualTo(COMPANY);
    assertThat(own.path("closed").asLong()).isEqualTo(5);
    assertThat(as(http, "customer1").getForEntity("/api/complaints/stats?company=" + COMPANY, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode customer1 = as(http, "customer1").getForEntity("/api/complaints/stats?from=2025-06-01&to=2025-06-30",
        JsonNode.class).getBody();
    assertThat(customer1.path("received").asLong()).as("none of the fixture's").isZero();
  }
}
