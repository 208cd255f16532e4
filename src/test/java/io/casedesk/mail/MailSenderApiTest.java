package io.casedesk.mail;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.contracts.MailSenders;
import io.casedesk.support.CasedeskTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** Which addresses and domains write to Casedesk for a contract: {@code /api/contracts/{id}/mail-senders}. */
@CasedeskTest
class MailSenderApiTest {

  @Autowired TestRestTemplate http;
  @Autowired MailSenders senders;

  @Test
  void salesRegisterContactsAndDomainsAndSendersAreMatchedByThem() {
    var put = as(http, "sales1").exchange("/api/contracts/CT-DEMO-2/mail-senders", HttpMethod.PUT,
        new HttpEntity<>(Map.of("contacts", List.of(Map.of("email", "Boss@Other.Example", "language", "de")),
            "domains", List.of("Other.Example"))), MailSenders.Senders.class);
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(put.getBody().contacts()).containsExactly(new MailSenders.Contact("boss@other.example", "de"));
    assertThat(put.getBody().domains()).containsExactly("other.example");

    assertThat(senders.match("BOSS@other.example")).hasValueSatisfying(m -> {
      assertThat(m.contractId()).isEqualTo("CT-DEMO-2");
      assertThat(m.language()).isEqualTo("de");
    });
    assertThat(senders.match("clerk@other.example")).hasValueSatisfying(m -> {
      assertThat(m.company()).isEqualTo("Other Corp");
      assertThat(m.language()).isNull();
    });
    assertThat(senders.match("ada@demo.example")).hasValueSatisfying(m -> assertThat(m.contractId()).isEqualTo("CT-DEMO-1"));
    assertThat(senders.match("x@nowhere.example")).isEmpty();

    assertThat(as(http, "engineer1").getForEntity("/api/contracts/CT-DEMO-2/mail-senders", MailSenders.Senders.class)
        .getBody().domains()).containsExactly("other.example");
  }

  @Test
  void customersMayNotReadThemAndInvalidEntriesAreRefused() {
    assertThat(as(http, "customer1").getForEntity("/api/contracts/CT-DEMO-1/mail-senders", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, "engineer1").exchange("/api/contracts/CT-DEMO-1/mail-senders", HttpMethod.PUT,
        new HttpEntity<>(Map.of("contacts", List.of(), "domains", List.of())), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var invalid = as(http, "sales1").exchange("/api/contracts/CT-DEMO-1/mail-senders", HttpMethod.PUT,
        new HttpEntity<>(Map.of("contacts", List.of(Map.of("email", "not-an-address")), "domains", List.of("no domain"))),
        String.class);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody()).contains("contacts[0].email", "domains[0]");
    assertThat(as(http, "sales1").getForEntity("/api/contracts/CT-NONE/mail-senders", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(senders.match("ada@demo.example")).as("CT-DEMO-1 unchanged").isPresent();
  }
}
