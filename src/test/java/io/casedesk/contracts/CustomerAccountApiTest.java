package io.casedesk.contracts;

import static io.casedesk.contracts.ContractApiTest.assertProblem;
import static io.casedesk.contracts.ContractApiTest.fields;
import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.security.CasedeskGroups;
import io.casedesk.security.DemoUsers;
import io.casedesk.security.IdentityBootstrap;
import io.casedesk.support.CasedeskTest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@CasedeskTest
class CustomerAccountApiTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired CustomerAccounts accounts;

  @Test
  void demoCustomerIsLinkedToTheDemoCompany() {
    ResponseEntity<JsonNode> own = as(http, "customer1").getForEntity("/api/customer-accounts/customer1", JsonNode.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody().path("userId").asText()).isEqualTo("customer1");
    assertThat(own.getBody().path("company").asText()).isEqualTo("Demo Customer Ltd");
    assertThat(accounts.companyOf("customer1")).contains("Demo Customer Ltd");
  }

  @Test
  void linkingACustomerDecidesWhichContractsTheyRead() {
    String user = newCustomer();
    assertProblem(as(http, user).getForEntity("/api/contracts/CT-DEMO-2", JsonNode.class), HttpStatus.FORBIDDEN);
    assertThat(as(http, user).getForObject("/api/contracts", JsonNode.class)).isEmpty();

    ResponseEntity<JsonNode> linked = link(as(http, "sales1"), user, "Other Corp");

    assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(linked.getBody().path("company").asText()).isEqualTo("Other Corp");
    assertThat(as(http, "auditor1").getForObject("/api/customer-accounts/" + user, JsonNode.class)
        .path("company").asText()).isEqualTo("Other Corp");
    assertThat(as(http, user).getForEntity("/api/contracts/CT-DEMO-2", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // another company's contract answers as one that does not exist
    assertProblem(as(http, user).getForEntity("/api/contracts/CT-DEMO-1", JsonNode.class), HttpStatus.NOT_FOUND);
    assertThat(as(http, user).getForObject("/api/contracts", JsonNode.class).findValuesAsText("id"))
        .contains("CT-DEMO-2").doesNotContain("CT-DEMO-1");

    // linking again moves the customer to the other company
    assertThat(link(as(http, "manager1"), user, "Demo Customer Ltd").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as(http, user).getForEntity("/api/contracts/CT-DEMO-1", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertProblem(as(http, user).getForEntity("/api/contracts/CT-DEMO-2", JsonNode.class), HttpStatus.NOT_FOUND);
  }

  @Test
  void customerMayNotReadAnotherUsersAccount() {
    String user = newCustomer();
    accounts.link(user, "Other Corp");

    ResponseEntity<JsonNode> response =
        as(http, "customer1").getForEntity("/api/customer-accounts/" + user, JsonNode.class);

    assertProblem(response, HttpStatus.FORBIDDEN);
    assertThat(response.getBody().toString()).doesNotContain("Other Corp");
    assertThat(as(http, user).getForObject("/api/customer-accounts/" + user, JsonNode.class)
        .path("company").asText()).isEqualTo("Other Corp");
  }

  @Test
  void onlyAdminsManagersAndSalesLinkCustomers() {
    String user = newCustomer();
    for (String notAllowed : new String[] {"engineer1", "hotline1", "supervisor1", "auditor1", user}) {
      assertProblem(link(as(http, notAllowed), user, "Demo Customer Ltd"), HttpStatus.FORBIDDEN);
    }
    assertThat(accounts.companyOf(user)).isEmpty();

    assertThat(link(http.withBasicAuth("admin", DemoUsers.PASSWORD), user, "Demo Customer Ltd").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(accounts.companyOf(user)).contains("Demo Customer Ltd");
  }

  @Test
  void linkNeedsAKnownUserAndACompany() {
    assertProblem(link(as(http, "admin"), "nobody-" + suffix(), "Demo Customer Ltd"), HttpStatus.NOT_FOUND);

    String user = newCustomer();
    ResponseEntity<JsonNode> blank = link(as(http, "admin"), user, " ");
    assertProblem(blank, HttpStatus.BAD_REQUEST);
    assertThat(fields(blank.getBody())).containsOnlyKeys("company");
    assertThat(accounts.companyOf(user)).isEmpty();
  }

  @Test
  void unlinkedUserHasNoAccount() {
    String user = newCustomer();
    ResponseEntity<JsonNode> response = as(http, "admin").getForEntity("/api/customer-accounts/" + user, JsonNode.class);
    assertProblem(response, HttpStatus.NOT_FOUND);
    assertThat(response.getBody().path("detail").asText()).isEqualTo("User " + user + " is not linked to a company");
  }

  private String newCustomer() {
    String user = "customer-" + suffix().toLowerCase();
    identity.ensureUser(user, "Test", "Customer", DemoUsers.PASSWORD, Set.of(CasedeskGroups.CUSTOMERS));
    return user;
  }

  private static ResponseEntity<JsonNode> link(TestRestTemplate client, String user, String company) {
    return client.exchange("/api/customer-accounts/" + user, HttpMethod.PUT,
        new HttpEntity<>(Map.of("company", company)), JsonNode.class);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
