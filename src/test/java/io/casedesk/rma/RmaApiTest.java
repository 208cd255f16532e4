package io.casedesk.rma;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.security.DemoUsers;
import io.casedesk.security.IdentityBootstrap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** {@code /api/rmas}: who sees and confirms an RMA, and what is refused. */
class RmaApiTest extends RmaTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired CustomerAccounts customerAccounts;

  @BeforeEach
  void otherCompanysCustomer() {
    identity.ensureUser("customer9", "Other", "Customer", DemoUsers.PASSWORD, Set.of("customers"));
    customerAccounts.link("customer9", "Other Corp");
  }

  String rmaWaitingForConfirmation() {
    String rmaId = hardwareFault();
    fillRequest(rmaId, newPart(), "SN-API-1", null);
    return rmaId;
  }

  @Test
  void staffAuditorsAndTheCustomersOwnCompanySeeTheRma() {
    String rmaId = rmaWaitingForConfirmation();
    for (String user : new String[] {"customer1", "engineer1", "rmadesk1", "sales1", "auditor1", "admin"}) {
      var response = as(http, user).getForEntity("/api/rmas/" + rmaId, JsonNode.class);
      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(response.getBody().path("status").asText()).isEqualTo("REQUEST_TO_CONFIRM");
      assertThat(response.getBody().path("faultySerialNumber").asText()).isEqualTo("SN-API-1");
      assertThat(response.getBody().has("faultyPartReturn")).as("no part yet").isFalse();
    }
    var other = as(http, "customer9").getForEntity("/api/rmas/" + rmaId, JsonNode.class);
    assertThat(other.getStatusCode()).as("as an RMA that does not exist").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(other.getBody().path("detail").asText()).isEqualTo("RMA " + rmaId + " not found");
    assertThat(http.getForEntity("/api/rmas/" + rmaId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void unknownRmaIsNotFound() {
    var response = as(http, "engineer1").getForEntity("/api/rmas/RMA-1999-000001", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody().path("detail").asText()).isEqualTo("RMA RMA-1999-000001 not found");
    assertThat(as(http, "customer1").postForEntity("/api/rmas/RMA-1999-000001/confirmation", Map.of("accept", true),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void auditorsAndOtherCompaniesMayNotConfirm() {
    String rmaId = rmaWaitingForConfirmation();
    assertThat(as(http, "auditor1").postForEntity("/api/rmas/" + rmaId + "/confirmation", Map.of("accept", true),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, "customer9").postForEntity("/api/rmas/" + rmaId + "/confirmation", Map.of("accept", true),
        JsonNode.class).getStatusCode()).as("another company's").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rma(rmaId).status()).isEqualTo(RmaStatus.REQUEST_TO_CONFIRM);
  }

  @Test
  void confirmationNeedsAnAnswer() {
    String rmaId = rmaWaitingForConfirmation();
    Map<String, Object> body = new HashMap<>();
    body.put("comment", "x".repeat(4001));
    var response = as(http, "customer1").postForEntity("/api/rmas/" + rmaId + "/confirmation", body, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("errors").findValuesAsText("field")).containsExactly("accept", "comment");
    assertThat(rma(rmaId).status()).isEqualTo(RmaStatus.REQUEST_TO_CONFIRM);
  }

  @Test
  void nothingToConfirmIsAConflict() {
    String rmaId = hardwareFault(); // the engineer still drafts the request
    var response = as(http, "customer1").postForEntity("/api/rmas/" + rmaId + "/confirmation",
        Map.of("accept", true), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getBody().path("detail").asText())
        .isEqualTo("RMA " + rmaId + " waits for no confirmation (status DRAFT)");
  }

  @Test
  void customerRefusesOverRestAndTheEngineerSeesWhy() {
    String rmaId = rmaWaitingForConfirmation();
    var response = as(http, "customer1").postForEntity("/api/rmas/" + rmaId + "/confirmation",
        Map.of("accept", false, "comment", "That is the wrong unit"), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("status").asText()).isEqualTo("DRAFT");
    JsonNode caseView = as(http, "customer1").getForEntity("/api/cases/" + caseOf(rmaId), JsonNode.class).getBody();
    assertThat(caseView.path("timeline").findValuesAsText("detail")).contains(rmaId + ": That is the wrong unit");
    assertThat(rmaTask(rmaId, "fill-rma-request")).isNotNull();
  }

  @Test
  void staffConfirmOverRestOnTheCustomersBehalf() {
    String rmaId = rmaWaitingForConfirmation();
    var response = as(http, "hotline1").postForEntity("/api/rmas/" + rmaId + "/confirmation",
        Map.of("accept", true, "comment", "Customer agreed on the phone"), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("status").asText()).isEqualTo("CHECKING_STOCK");
  }
}
