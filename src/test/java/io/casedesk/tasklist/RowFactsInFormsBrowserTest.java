package io.casedesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.complaints.ComplaintRequests;
import io.casedesk.complaints.ComplaintService;
import io.casedesk.emergency.EmergencyRequests;
import io.casedesk.emergency.EmergencyService;
import io.casedesk.security.CurrentUser;
import io.casedesk.support.BrowserTestSupport;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The complaint and red-flag forms in Tasklist, in headless Chromium, show who complained and about what, and why a
 * red flag was raised, though their processes keep none of it as variables: the forms read the rows
 * ({@code FormFacts}). Screenshots go to target/e2e/.
 */
class RowFactsInFormsBrowserTest extends BrowserTestSupport {

  static final CurrentUser SUPERVISOR = new CurrentUser("supervisor1", Set.of("supervisors"));

  @Autowired ComplaintService complaints;
  @Autowired EmergencyService emergencies;

  RowFactsInFormsBrowserTest() {
    super("row-facts-");
  }

  @BeforeEach
  void useTheRealClock() {
    ClockUtil.reset();
  }

  @Test
  void theHotlineClassifiesAComplaintReadingWhoComplainedFromItsRow() {
    String complaintId = complaints.open(new ComplaintRequests.OpenComplaint(null, "letter", null,
        "The engineer left the rack open", "Grace Hopper", "grace@acme.example", "+36 1 555 0101", "Acme"),
        HOTLINE).complaintId();
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(complaintId)
        .taskDefinitionKey("classify-complaint").singleResult().getId();
    String instanceId = taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceId).list())
        .extracting(VariableInstance::getName).doesNotContain("contactName", "description", "company");

    logIn("hotline1");
    String form = formOf(taskId, complaintId);
    assertThat(form).contains("Grace Hopper").contains("+36 1 555 0101")
        .contains("grace@acme.example").contains("Acme").contains("The engineer left the rack open");
    steps.shot("complaint");

    // completing the form sends its input, not what it showed of the row
    steps.click(By.cssSelector("button.claim"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.assignee"), "Demo hotline"));
    steps.choose("Complaint class", "Billing");
    steps.click(By.xpath("//button[normalize-space()='Complete']"));
    wait.until(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    assertThat(complaints.view(complaintId, HOTLINE).complaintClass()).isEqualTo("billing");
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceId).list())
        .extracting(VariableInstance::getName).contains("complaintClass")
        .doesNotContain("contactName", "contactPhone", "contactEmail", "description", "company");
    steps.shot("classified");
  }

  @Test
  void aDutySupervisorAcknowledgesARedFlagReadingWhyFromItsRow() {
    String number = emergencies.declare(new EmergencyRequests.Declaration(null, "Network operation severely hit",
        "Backbone link Budapest-Vienna down"), SUPERVISOR).redFlagNumber();
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("acknowledge-as-duty-supervisor").singleResult().getId();

    logIn("supervisor1");
    String form = formOf(taskId, number);
    assertThat(form).contains("Network operation severely hit")
        .contains("Backbone link Budapest-Vienna down");
    steps.shot("red-flag");
  }

  private void logIn(String user) {
    signIn("tasklist", user);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'My tasks')]")));
  }

  /** The task opened from its address, and the text of its form once Tasklist has filled in {@code key}. */
  private String formOf(String taskId, String key) {
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    wait.until(ExpectedConditions.urlContains("task=" + taskId));
    steps.openTaskForm();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), key));
    return (String) steps.js("return document.querySelector('.fjs-form').innerText");
  }
}
