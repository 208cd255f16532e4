package io.casedesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.BrowserTestSupport;
import io.casedesk.support.Chromium;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every control Tasklist offers an agent works for that agent, in headless Chromium with the demo users: the engineer
 * is offered neither "Create task" nor "Start process" nor the History and Description tabs they cannot use, and
 * claims the work of their queue; the hotline starts processes but creates no task, and reads an engineer's task
 * with a line saying who works it instead of a "Claim" the engine would refuse; the supervisor reads the task's
 * history. Screenshots {@code controls-*} under target/e2e/.
 */
class TasklistControlsBrowserTest extends BrowserTestSupport {

  private static final By CREATE_TASK = By.cssSelector("li.create-task-action");
  private static final By START_PROCESS = By.cssSelector("li.start-process-action");
  private static final By CLAIM = By.cssSelector("[cam-tasklist-task-meta] button.claim");
  private static final By WORKED_BY = By.cssSelector("[cam-tasklist-task-meta] .cd-worked-by");

  TasklistControlsBrowserTest() {
    super("controls-");
  }

  @BeforeEach
  void useTheRealClock() {
    ClockUtil.reset(); // the real clock: Tasklist shows due times relative to the browser's now
  }

  @Test
  void eachAgentIsOfferedOnlyTheControlsTheyMayUse() {
    endCasesOtherTestsLeftRunning();
    String n = open("high", "medium", "phone").caseNumber();
    String workTask = task(n, "work-case").getId();
    logIn("engineer1");
    openTaskFromFilter("My queue: operational problems", n, workTask);
    awaitTask(workTask);
    wait.until(ExpectedConditions.visibilityOfElementLocated(CLAIM));
    assertThat(shown(CREATE_TASK)).as("engineers may create no task").isEmpty();
    assertThat(shown(START_PROCESS)).as("engineers may start no process").isEmpty();
    assertThat(tabs()).as("no History (engineers read no history), no Description (the task has none)")
        .containsExactly("casedesk-case", "task-detail-form", "task-detail-diagram");
    assertThat(shown(WORKED_BY)).isEmpty();
    assertThat(steps.js("return document.dispatchEvent(new KeyboardEvent('keydown', {key: 'p', code: 'KeyP',"
        + " keyCode: 80, which: 80, ctrlKey: true, altKey: true, bubbles: true, cancelable: true}))"))
        .as("nor does the start-process shortcut (ctrl+alt+p) reach Tasklist").isEqualTo(false);
    assertThat(shown(By.cssSelector(".modal"))).isEmpty();
    steps.shot("engineer-work-task");

    signOut();
    logIn("hotline1");
    wait.until(ExpectedConditions.visibilityOfElementLocated(START_PROCESS));
    assertThat(shown(CREATE_TASK)).as("the hotline starts cases, it creates no stand-alone task").isEmpty();
    steps.shot("hotline-navbar");
    openByAddress(workTask);
    WebElement line = wait.until(ExpectedConditions.visibilityOfElementLocated(WORKED_BY));
    assertThat(line.getText()).isEqualTo("Worked by Engineers; you can read this task");
    assertThat(shown(CLAIM)).as("the engine would refuse the hotline's claim: not offered").isEmpty();
    assertThat(tabs()).doesNotContain("task-detail-history", "task-detail-description");
    steps.shot("hotline-reads-engineers-task");

    // the candidate's claim works, and what the engine refuses an engineer next (giving the task back, handing it
    // on: both need TASK_ASSIGN) is not offered
    signOut();
    logIn("engineer1");
    openTaskFromFilter("My queue: operational problems", n, workTask);
    awaitTask(workTask);
    steps.click(CLAIM);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-task-meta] li.assignee"),
        "Demo engineer"));
    assertThat(task(n, "work-case").getAssignee()).isEqualTo("engineer1");
    assertThat(shown(By.cssSelector("[cam-tasklist-task-meta] li.assignee button.unclaim"))).isEmpty();
    assertThat(steps.js("return arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))",
        browser.findElement(By.cssSelector("[cam-tasklist-task-meta] li.assignee .set-value"))))
        .as("a click on the assignee, which the engine would not let an engineer change, does nothing").isEqualTo(false);
    steps.shot("engineer-claimed");

    // the supervisor reads the task's history (the claim) and keeps the assignee control to reassign it
    signOut();
    logIn("supervisor1");
    openByAddress(workTask);
    assertThat(shown(CREATE_TASK)).isEmpty();
    assertThat(shown(START_PROCESS)).as("supervisors start no process").isEmpty();
    assertThat(shown(By.cssSelector("[cam-tasklist-task-meta] li.assignee a.reset-assignee")))
        .as("supervisors may reassign").hasSize(1);
    assertThat(tabs()).as("supervisors read the task's history")
        .containsExactly("casedesk-case", "task-detail-form", "task-detail-history", "task-detail-diagram");
    steps.click(By.cssSelector(".task-card ul.nav-tabs > li[data-cd-tab='task-detail-history'] > a"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-card .history-pane"),
        "engineer1"));
    steps.shot("supervisor-history");
  }

  private List<WebElement> shown(By element) {
    return browser.findElements(element).stream().filter(WebElement::isDisplayed).toList();
  }

  /** The task's tabs the user sees, by Tasklist's view ids. */
  private List<String> tabs() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-card ul.nav-tabs > li[data-cd-tab]")));
    return shown(By.cssSelector(".task-card ul.nav-tabs > li")).stream().map(li -> li.getAttribute("data-cd-tab")).toList();
  }

  private void logIn(String user) {
    signIn("tasklist", user);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.casedesk-my-cases-toggle")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'My tasks')]")));
  }



  /** A task the user has in none of their filters, opened from its address (as the case dialog's link does). */
  private void openByAddress(String taskId) {
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    awaitTask(taskId);
  }

  /** The task is open, and the engine has answered what the user may do with it. */
  private void awaitTask(String taskId) {
    wait.until(ExpectedConditions.urlContains("task=" + taskId));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.task-card h2.task")));
    // the engine has answered for this task: the Case tab (first) is tagged and the verdict is applied
    wait.until(d -> Boolean.TRUE.equals(steps.js("return !!document.querySelector('section.task-card[data-cd-task=\"'"
        + " + arguments[0] + '\"]')", taskId)));
  }
}
