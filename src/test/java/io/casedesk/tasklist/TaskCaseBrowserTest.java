package io.casedesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.mail.Attachments;
import io.casedesk.mail.ParsedMail;
import io.casedesk.support.BrowserTestSupport;
import io.casedesk.support.Chromium;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case beside the task in Tasklist, in headless Chromium with the agents' own logins: the engineer opens the
 * work task the customer's answer created and reads the case (subject, description, the answer, a file) and adds a
 * note; the duty manager opens "Call back customer" and reads whom to call on which number, and why. Numbered
 * screenshots go to target/e2e/case-*.png.
 */
class TaskCaseBrowserTest extends BrowserTestSupport {

  @Autowired Attachments attachments;

  TaskCaseBrowserTest() {
    super("case-");
  }

  @BeforeEach
  void useTheRealClock() {
    ClockUtil.reset(); // the real clock: Tasklist shows due times relative to the browser's now
  }

  @Test
  void theEngineerReadsTheCaseAndTheCustomersAnswerAndTheDutyManagerReadsTheNumberToCall() {
    String n = open("high", "medium", "phone").caseNumber();
    attachments.add(n, new ParsedMail.Attachment("router-x-show-tech.txt", "text/plain",
        "interface Gi0/1 CRC errors 1432".getBytes(StandardCharsets.UTF_8)), "browser-test-" + n);
    work(n, "engineer1", "request-info", "Which firmware version runs on the core router?");
    cases.postMessage(n, "Firmware 17.3.2, we upgraded it last Tuesday", CUSTOMER);
    String workTask = task(n, "work-case").getId();
    cases.requestDutyManager(n, "Two sites are down and nobody has called us back", CUSTOMER);
    String callBack = task(n, "call-back-customer").getId();
    logIn("engineer1");
    openTaskFromFilter("My tasks", n, workTask);
    WebElement subject = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cd-case .cd-subject")));
    assertThat(subject.getText()).isEqualTo("Core router drops packets");
    assertThat(text(".cd-case .cd-description")).isEqualTo("Since 08:40 all sites lose packets");
    assertThat(text(".cd-case .cd-answer")).contains("The customer answered")
        .contains("Firmware 17.3.2, we upgraded it last Tuesday")
        .contains("Which firmware version runs on the core router?");
    assertThat(text(".cd-case .cd-file")).isEqualTo("router-x-show-tech.txt");
    assertThat(text(".cd-case .cd-facts")).contains("Ada Lovelace").contains("+36 1 234 5678")
        .contains("CT-DEMO-1").contains("gold").contains("P2");
    assertThat(activeTab()).as("the Case tab opens first").isEqualTo("Case");
    assertThat(browser.findElements(By.cssSelector("a.createCommentLink")).stream().filter(WebElement::isDisplayed))
        .as("Tasklist's comment action, which fails for agents, is not offered").isEmpty();
    assertThat(browser.findElements(By.cssSelector("[cam-tasklist-task-meta] .followup-date, [cam-tasklist-task-meta] .due-date")).stream()
        .filter(WebElement::isDisplayed)).as("nor are the date fields").isEmpty();
    assertThat(browser.findElements(By.cssSelector("a.instance-link")).stream().filter(WebElement::isDisplayed))
        .as("nor the link to Cockpit").isEmpty();
    assertThat(steps.js("return arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))",
        browser.findElement(By.cssSelector("[cam-tasklist-task-meta] li.groups a"))))
        .as("a click on the group field, which the engine would refuse to an engineer, does nothing").isEqualTo(false);
    steps.shot("engineer-reads-the-case");

    steps.js("document.querySelector('.cd-note').scrollIntoView({block: 'center'})");
    steps.type(By.cssSelector(".cd-note textarea"), "Firmware 17.3.2 has the CRC bug CSCwx12345; checking the fix");
    steps.click(By.xpath("//form[contains(@class,'cd-note')]//button[normalize-space()='Add note']"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cd-notice"),
        "Internal note added to the timeline."));
    assertThat(text(".cd-timeline tbody tr:first-child")).contains("Internal note").contains("CSCwx12345");
    assertThat(events(n, CaseEventKind.INTERNAL_NOTE)).singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo("engineer1"));
    steps.shot("engineer-added-a-note");

    steps.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Form']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    assertThat(text(".cd-header")).as("the case stays in sight while the agent fills in the form")
        .contains(n).contains("Core router drops packets")
        .contains("Customer answered:").contains("Firmware 17.3.2, we upgraded it last Tuesday");
    steps.shot("engineer-form-tab");

    signOut();
    logIn("manager1");
    openTaskFromFilter("Duty-manager call-backs", n, callBack);
    WebElement call = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cd-case .cd-call")));
    assertThat(call.getText()).contains("Call Ada Lovelace on +36 1 234 5678 (ada@demo.example)")
        .contains("Asked for the duty manager: \"Two sites are down and nobody has called us back\"");
    assertThat(text(".cd-header")).contains(n).contains("Ada Lovelace, +36 1 234 5678");
    steps.shot("duty-manager-reads-whom-to-call");
  }

  private void logIn(String user) {
    signIn("tasklist", user);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list, .tasks-list")));
  }



  private String activeTab() {
    return browser.findElement(By.cssSelector(".task-card ul.nav-tabs li.active a")).getText();
  }

  private String text(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
  }
}
