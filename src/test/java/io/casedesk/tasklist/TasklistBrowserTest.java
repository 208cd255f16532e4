package io.casedesk.tasklist;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.BrowserTestSupport;
import io.casedesk.support.BrowserSteps;
import io.casedesk.support.Chromium;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * An engineer works a case in Tasklist, in headless Chromium: log in, open the queue's filter, claim a P2 case's
 * task, fill in its form, complete it; then try an invalid value. Screenshots of each step go to target/e2e/.
 *
 * <p>Chromium 156 (Debian's) in headless mode delivers no synthetic keyboard or mouse events to Tasklist once its
 * AngularJS app runs, so text and clicks go in as {@link BrowserSteps} does it ({@code mousedown} for form-js'
 * select, which opens on it): what Angular and form-js react to either way. Everything else is the real Tasklist
 * talking to the real server.
 */
class TasklistBrowserTest extends BrowserTestSupport {

  private static final String QUEUE = "My queue: operational problems";

  @Autowired TestRestTemplate http;

  TasklistBrowserTest() {
    super("tasklist-");
  }

  @BeforeEach
  void useTheRealClock() {
    // the engine runs on the real clock here, so this case's task is the newest in the queue, as Tasklist sorts
    ClockUtil.reset();
  }

  @Test
  void engineerWorksAP2CaseInTasklist() {
    endCasesOtherTestsLeftRunning();
    String n = open("high", "medium", "phone").caseNumber();
    assertThat(view(n).priority()).isEqualTo("P2");
    String firstTask = task(n, "work-case").getId();
    logIn("engineer1");
    steps.click(By.xpath("//*[contains(@class,'filters')]//*[contains(text(),'" + QUEUE + "')]"));
    By caseInList = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(.,'" + n + "')]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(caseInList));
    steps.shot("queue");

    steps.click(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(.,'" + n + "')]//h4/a"));
    steps.openTaskForm();
    steps.shot("task");
    steps.click(By.cssSelector("button.claim"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.assignee"), "Demo engineer"));
    assertThat(task(n, "work-case").getAssignee()).isEqualTo("engineer1");
    steps.shot("claimed");

    steps.choose("What do you want to do?", "Record an action, keep working");
    steps.type(By.cssSelector("textarea.fjs-textarea"), "Checked the interface counters: no errors");
    steps.shot("filled");
    steps.click(By.xpath("//button[normalize-space()='Complete']"));

    // the process moved on: the work action is recorded and the case's next work task waits for its engineer
    wait.until(d -> task(n, "work-case") != null && !task(n, "work-case").getId().equals(firstTask));
    List<JsonNode> tasks = workTasksOverRest(n);
    assertThat(tasks).singleElement().satisfies(t -> {
      assertThat(t.path("id").asText()).isNotEqualTo(firstTask);
      assertThat(t.path("assignee").asText()).isEqualTo("engineer1");
    });
    JsonNode timeline = as(http, "engineer1").getForEntity("/api/cases/" + n, JsonNode.class).getBody().path("timeline");
    assertThat(StreamSupport.stream(timeline.spliterator(), false)
        .filter(e -> e.path("kind").asText().equals("WORK_ACTION")).map(e -> e.path("detail").asText()))
        .containsExactly("note: Checked the interface counters: no errors");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(@class,'page-notifications')]//*[contains(.,'You are assigned to the following tasks')]")));
    steps.shot("completed");

    // an invalid value: the form says what is wrong and nothing is sent
    String secondTask = tasks.get(0).path("id").asText();
    steps.click(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(.,'" + n + "')]//h4/a"));
    wait.until(ExpectedConditions.attributeContains(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(.,'"
        + n + "')]//h4/a"), "href", secondTask));
    steps.openTaskForm();
    assertThat(browser.findElement(By.cssSelector("textarea.fjs-textarea")).getAttribute("value"))
        .as("a new work task starts with an empty form").isEmpty();
    steps.choose("What do you want to do?", "Record an action, keep working");
    steps.type(By.cssSelector("textarea.fjs-textarea"), "x".repeat(4001));
    By error = By.cssSelector(".fjs-form-field-textarea .fjs-form-field-error");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(error, "Field must have maximum length of 4000."));
    steps.js("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(error));
    assertThat(browser.findElement(By.xpath("//button[normalize-space()='Complete']")).isEnabled()).isFalse();
    steps.shot("invalid");
    assertThat(workTasksOverRest(n)).extracting(t -> t.path("id").asText()).containsExactly(secondTask);
  }

  private void logIn(String user) {
    signIn("tasklist", user);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'" + QUEUE + "')]")));
    steps.shot("filters");
  }



  private List<JsonNode> workTasksOverRest(String caseNumber) {
    JsonNode tasks = as(http, "engineer1").getForEntity("/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=work-case", JsonNode.class).getBody();
    return StreamSupport.stream(tasks.spliterator(), false).toList();
  }
}
