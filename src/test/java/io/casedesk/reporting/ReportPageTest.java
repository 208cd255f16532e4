package io.casedesk.reporting;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The report page at {@code /reports/}: served to anyone (it holds no figures), its figures only with a login, and
 * never a basic-auth challenge for the page's own calls, which would make the browser ask for credentials a second
 * time instead of showing the page's login form.
 */
class ReportPageTest extends CaseTestSupport {

  static final Instant DAY = Instant.parse("2025-09-16T09:00:00Z");
  static final String FIGURES = "/api/reports/cases?from=2025-09-16&to=2025-09-17";

  @Autowired TestRestTemplate http;

  @Test
  void thePageAnswersAtItsAddressWithoutAskingForCredentials() {
    for (String path : new String[] {"/reports/", "/reports/index.html"}) {
      var page = http.getForEntity(path, String.class);
      assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(page.getHeaders().getContentType()).as(path).isNotNull()
          .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).isTrue());
      assertThat(page.getBody()).contains("<title>Casedesk · Support figures</title>", "id=\"login-form\"");
      assertThat(page.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).as(path).isNull();
    }
    assertThat(http.getForEntity("/reports/reports.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/reports/reports.css", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/webjars/chart.js/4.5.1/dist/chart.umd.min.js", String.class).getStatusCode())
        .as("the chart library the page loads").isEqualTo(HttpStatus.OK);
  }

  @Test
  void thePagesCallWithoutALoginIsRefusedWithoutABasicChallenge() {
    HttpHeaders xhr = new HttpHeaders();
    xhr.set("X-Requested-With", "XMLHttpRequest");
    xhr.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    var refused = http.exchange(FIGURES, HttpMethod.GET, new HttpEntity<>(xhr), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(refused.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE))
        .as("a challenge would make the browser prompt for basic credentials").isNull();

    // a client that is no page (curl, a browser opening the URL) is still told it may use basic credentials
    var curl = http.getForEntity(FIGURES, String.class);
    assertThat(curl.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(curl.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  @Test
  void theFiguresOfOneDaySayWhatTheyCount() {
    ClockUtil.setCurrentTime(Date.from(DAY));
    String p1 = open("high", "high", "phone").caseNumber();
    advanceTo(p1, DAY.plus(Duration.ofMinutes(10)));
    taskService.claim(task(p1, "work-case").getId(), "engineer1");
    open("medium", "medium", "phone");
    String noContract = open("medium", "medium", "phone", "operational-problem", "CT-NO-SUCH-CONTRACT").caseNumber();
    assertThat(view(noContract).status().name()).isEqualTo("NO_CONTRACT");

    JsonNode report = as(http, "manager1").getForEntity(FIGURES, JsonNode.class).getBody();
    assertThat(report.path("opened").path("total").asLong()).isEqualTo(2);
    assertThat(report.path("openedWithoutContract").asLong()).as("counted, and said so").isEqualTo(1);
    assertThat(report.path("firstResponse").path("compliancePercent").asDouble()).isEqualTo(100.0);
    assertThat(report.path("daily")).hasSize(1);
    assertThat(report.path("complaints").path("received").asLong()).isZero();
    assertThat(report.path("complaints").path("answeredInTime").has("share"))
        .as("no share without complaints (the page shows a dash, not NaN)").isFalse();

    String csv = as(http, "manager1").getForEntity(FIGURES.replace("/cases?", "/cases.csv?"), String.class).getBody();
    assertThat(csv).contains("opened,total,2\n", "opened,without contract (not in total),1\n");
  }
}
