package io.casedesk.audit;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditTrailTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired AuditVerifier verifier;

  @Test
  void theChainIsIntactAfterACaseRunsItsCourse() {
    String n = open("medium", "medium", "phone").caseNumber();
    work(n, "engineer1", "solve", "Reseated the card");
    cases.answerClosure(n, true, null, CUSTOMER);

    var response = as(http, "auditor1").getForEntity("/api/audit/verify", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("intact").asBoolean()).isTrue();
    assertThat(response.getBody().path("eventsChecked").asLong()).isGreaterThanOrEqualTo(view(n).timeline().size());
  }

  @Test
  void anAlteredEventIsReportedAsTheFirstBrokenLink() {
    String n = open("medium", "medium", "phone").caseNumber();
    work(n, "engineer1", "note", "Checked the optics");
    Map<String, Object> event = jdbc.sql("SELECT id, detail FROM case_event WHERE case_number = :n AND seq = 2")
        .param("n", n).query().singleRow();
    long id = ((Number) event.get("id")).longValue();
    try {
      jdbc.sql("UPDATE case_event SET detail = 'nothing to see' WHERE id = :id").param("id", id).update();

      var report = verifier.verify();
      assertThat(report.intact()).isFalse();
      assertThat(report.firstBrokenLink().caseNumber()).isEqualTo(n);
      assertThat(report.firstBrokenLink().eventId()).isEqualTo(id);
      assertThat(report.firstBrokenLink().reason()).contains("altered");
    } finally {
      jdbc.sql("UPDATE case_event SET detail = :d WHERE id = :id").param("d", event.get("detail")).param("id", id)
          .update();
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void aDeletedEventIsReported() {
    String n = open("medium", "medium", "phone").caseNumber();
    Map<String, Object> event = jdbc.sql("SELECT * FROM case_event WHERE case_number = :n AND seq = 2")
        .param("n", n).query().singleRow();
    try {
      jdbc.sql("DELETE FROM case_event WHERE id = :id").param("id", event.get("id")).update();
      var report = verifier.verify();
      assertThat(report.intact()).isFalse();
      assertThat(report.firstBrokenLink().caseNumber()).isEqualTo(n);
      assertThat(report.firstBrokenLink().reason()).contains("missing");
    } finally {
      putBack(event);
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void theNewestEventDeletedIsReportedThroughTheHeadTheCaseRowKeeps() {
    String n = open("medium", "medium", "phone").caseNumber();
    Map<String, Object> newest = jdbc.sql("SELECT * FROM case_event WHERE case_number = :n ORDER BY seq DESC LIMIT 1")
        .param("n", n).query().singleRow();
    assertThat(jdbc.sql("SELECT audit_head FROM support_case WHERE case_number = :n").param("n", n)
        .query(String.class).single()).as("the head the opening's transaction left on the row")
        .isEqualTo(newest.get("hash"));
    try {
      jdbc.sql("DELETE FROM case_event WHERE id = :id").param("id", newest.get("id")).update();
      var report = verifier.verify();
      assertThat(report.intact()).isFalse();
      assertThat(report.firstBrokenLink().caseNumber()).isEqualTo(n);
    } finally {
      putBack(newest);
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  private void putBack(Map<String, Object> event) {
    jdbc.sql("""
        INSERT INTO case_event (id, case_number, seq, occurred_at, actor, kind, detail, prev_hash, hash)
        VALUES (:id, :case_number, :seq, :occurred_at, :actor, :kind, :detail, :prev_hash, :hash)""")
        .params(event).update();
  }

  @Test
  void onlyAuditorsAndAdministratorsVerify() {
    assertThat(as(http, "engineer1").getForEntity("/api/audit/verify", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, "customer1").getForEntity("/api/audit/verify", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, "admin").getForEntity("/api/audit/verify", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }
}
