package io.casedesk.emergency;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

class ActiveRedFlagsInHandoffTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired ActiveRedFlagsInHandoff contributor;

  @Test
  void theHandoffReportListsOpenRedFlags() {
    String n = open("high", "medium", "phone").caseNumber();
    var declared = as(http, "hotline1").postForEntity("/api/cases/" + n + "/emergency",
        Map.of("criterion", "Media involved", "description", "A TV crew is at the head office"), JsonNode.class);
    assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String redFlag = declared.getBody().path("number").asText();

    var section = contributor.section(T0.minus(Duration.ofHours(6)), T0);
    assertThat(section.title()).contains("emergencies");
    assertThat(section.items()).anySatisfy(item -> assertThat(item).contains(redFlag).contains(n));
  }
}
