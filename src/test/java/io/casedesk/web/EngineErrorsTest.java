package io.casedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.junit.jupiter.api.Test;

/** What an engine REST error keeps of Camunda's message. */
class EngineErrorsTest {

  private static final String ASKED = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
  private static final String OTHER = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";

  @Test
  void idsTheRequestDidNotNameAreHidden() {
    assertThat(EngineErrors.cleaned("Task " + ASKED + " of process instance " + OTHER + " is suspended", 400,
        "http://host/engine-rest/task/" + ASKED + "/complete"))
        .isEqualTo("Task " + ASKED + " of process instance <id> is suspended");
  }

  @Test
  void sqlAndStackTracesAreReplaced() {
    String mybatis = "Cannot submit task form: ### Error updating database. Cause: org.postgresql.util.PSQLException:"
        + " ERROR: value too long\n### SQL: insert into ACT_RU_VARIABLE values (?, ?)";
    assertThat(EngineErrors.cleaned(mybatis, 400, "")).isEqualTo("The request could not be carried out.");
    assertThat(EngineErrors.cleaned("boom\n\tat org.camunda.Foo.bar(Foo.java:12)", 500, ""))
        .isEqualTo(EngineErrors.SERVER_ERROR);
    assertThat(EngineErrors.cleaned("Phone number (callerPhone): please select a number from the list", 400, ""))
        .as("a person's sentence stays").isEqualTo("Phone number (callerPhone): please select a number from the list");
  }

  @Test
  void refusedCallsNamePermissionsButNoResourceIds() {
    var refused = new AuthorizationException("customer1", List.of(
        new MissingAuthorization("READ", "ProcessInstance", OTHER),
        new MissingAuthorization("READ_INSTANCE", "ProcessDefinition", "case-handling")));
    assertThat(EngineErrors.withoutIds(refused))
        .isEqualTo("The user customer1 lacks READ on ProcessInstance or READ_INSTANCE on ProcessDefinition.")
        .doesNotContain(OTHER);
  }
}
