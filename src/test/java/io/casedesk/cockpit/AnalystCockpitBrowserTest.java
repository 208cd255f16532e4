package io.casedesk.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.BrowserTestSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An analyst checks their work in Cockpit, in headless Chromium: log in as analyst1, open Processes, Case handling,
 * and see its running instances (by case number) and an incident; open the instance with the incident and read its
 * variables (what the diagram decided on, not the caller's details) and the incident. Screenshots under target/e2e/analyst-*.
 */
class AnalystCockpitBrowserTest extends BrowserTestSupport {

  AnalystCockpitBrowserTest() {
    super("analyst-");
  }

  @Test
  void analystSeesTheRunningInstancesOfCaseHandlingAndAnIncident() {
    endCasesOtherTestsLeftRunning();
    String second = open("high", "high", "phone").caseNumber();
    String first = open("medium", "low", "phone").caseNumber();
    ProcessInstance broken = instance(second);
    // an escalation timer whose retries ran out, as a broken rule leaves it
    managementService.setJobRetries(timerJobs(second).get(0).getId(), 0);
    ClockUtil.reset(); // the browser's session runs on the real clock

    signIn("cockpit", "analyst1");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[href='#/processes']")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Running Process Instances"));
    // what is deployed, counted with the analyst's READ on definitions and deployments
    wait.until(d -> ((String) steps.js("return document.body.innerText"))
        .matches("(?s).*Process Definitions\\s+[1-9].*Decision Definitions\\s+[1-9].*Deployments\\s+[1-9].*"));
    steps.shot("dashboard");

    steps.click(By.cssSelector("a[href='#/processes']"));
    By caseHandling = By.xpath("//a[normalize-space()='Case handling']");
    wait.until(ExpectedConditions.visibilityOfElementLocated(caseHandling));
    steps.shot("processes");

    steps.click(caseHandling);
    By firstRow = By.xpath("//tr[td[contains(normalize-space(),'" + first + "')]]");
    By secondRow = By.xpath("//tr[td[contains(normalize-space(),'" + second + "')]]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(firstRow));
    wait.until(ExpectedConditions.visibilityOfElementLocated(secondRow));
    // the diagram counts the running instances and incidents on its activities
    wait.until(d -> !d.findElements(By.cssSelector(".djs-overlay .instance-count, .djs-overlay .badge")).isEmpty());
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("not authorized")
        .doesNotContain("Forbidden");
    steps.shot("case-handling-instances");

    steps.click(By.xpath("//tr[td[contains(normalize-space(),'" + second + "')]]//a[contains(@href,'"
        + broken.getId() + "')]"));
    wait.until(ExpectedConditions.urlContains(broken.getId()));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), second));
    steps.click(tab("Incidents"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Next escalation due"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Failed Job");
    steps.shot("instance-incident");

    // what the diagram and its decision tables decided on; the caller's details stay in the case row
    steps.click(tab("Variables"));
    // innerText: also the rows scrolled out of the table's view
    wait.until(d -> ((String) steps.js("return document.body.innerText")).contains("candidateGroup"));
    assertThat((String) steps.js("return document.body.innerText")).contains("escalationLevel", "queue")
        .doesNotContain("Ada Lovelace");
    steps.shot("instance-variables");

    steps.click(tab("Jobs"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//tr[td[contains(normalize-space(),'Next escalation due')]]")));
    steps.shot("instance-jobs");

    // Cockpit still offers its buttons; suspending is refused and the case keeps running
    steps.click(By.xpath("//a[@uib-tooltip='Suspend Process Instance']"));
    steps.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Suspend']"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".modal-body"), "not"));
    steps.shot("suspend-refused");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(broken.getId()).singleResult()
        .isSuspended()).isFalse();
  }

  private static By tab(String name) {
    return By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='" + name + "']");
  }
}
