package io.casedesk.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cases.CaseStatus;
import io.casedesk.complaints.ComplaintRequests;
import io.casedesk.complaints.ComplaintService;
import io.casedesk.emergency.EmergencyRequests;
import io.casedesk.emergency.EmergencyService;
import io.casedesk.support.BrowserTestSupport;
import io.casedesk.support.BrowserSteps;
import io.casedesk.support.Chromium;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An auditor reads a finished case in Cockpit, in headless Chromium: log in, open the History page (Casedesk's
 * Cockpit plugin), filter by the case number (as people type it: small letters, spaces around it), open the
 * completed instance, see its diagram with the path it took and its activity log (named steps; gateways on request);
 * then search by other end states and start days, and open the complaint and the red flag about the case, which
 * show their rows (how the complaint came in and who logged it, who declared the red flag). A closed case in its
 * reopening window reads closed, with the date until which it may reopen. Screenshots of each step go to target/e2e/.
 *
 * <p>Text and clicks go in as {@link BrowserSteps} does it: Chromium 156 in headless mode delivers no WebDriver
 * keyboard or mouse events to the webapps, so with {@code sendKeys} Cockpit's login form stays empty and a
 * WebDriver click on its button sends no login request at all.
 */
class CockpitHistoryBrowserTest extends BrowserTestSupport {

  /** The plugin's link in Cockpit's navigation bar. */
  private static final By NAV_HISTORY =
      By.xpath("//ul[@ng-controller='camHeaderViewsCtrl']//a[@href='#/case-history' and normalize-space()='History']");

  @Autowired HistoryService historyService;
  @Autowired ComplaintService complaints;
  @Autowired EmergencyService emergencies;

  CockpitHistoryBrowserTest() {
    super("cockpit-");
  }

  @Test
  void auditorReadsAFinishedCaseInCockpit() {
    String cancelled = open("low", "low", "phone").caseNumber(); // on 2 March 2026, as the case below
    runtimeService.deleteProcessInstance(instance(cancelled).getId(), "opened twice");
    String n = open("medium", "medium", "phone").caseNumber();
    String complaintId = complaints.open(new ComplaintRequests.OpenComplaint(n, "phone", "response-time",
        "Nobody called back for two days", null, null, null, null), HOTLINE).complaintId();
    String redFlag = emergencies.declareForCase(n, new EmergencyRequests.CaseDeclaration("VIP customer affected",
        "The central bank calls every 5 minutes"), HOTLINE).redFlagNumber();
    advanceBy(n, Duration.ofHours(1));
    work(n, "engineer1", "solve", "Upgraded firmware to 7.2");
    advanceBy(n, Duration.ofHours(1));
    cases.answerClosure(n, true, "Thanks", CUSTOMER);
    assertThat(view(n).status()).isEqualTo(CaseStatus.CLOSED);
    advanceBy(n, Duration.ofDays(14)); // the reopen window passes and the case's process ends
    HistoricProcessInstance finished = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("case-handling").processInstanceBusinessKey(n).singleResult();
    assertThat(finished.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    Set<String> passed = historyService.createHistoricActivityInstanceQuery().processInstanceId(finished.getId())
        .list().stream().map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
    ClockUtil.reset(); // the browser's session runs on the real clock

    logIn("auditor1");
    steps.click(NAV_HISTORY);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.cd-filter")));
    wait.until(d -> d.findElements(By.cssSelector("select[name=process] option")).size() > 1);
    steps.shot("history");

    // typed in small letters, pasted with spaces around it
    steps.type(By.cssSelector("input[name=caseNumber]"), " " + n.toLowerCase() + "  ");
    steps.js("arguments[0].value = 'completed'", browser.findElement(By.cssSelector("select[name=state]")));
    steps.click(By.xpath("//button[normalize-space()='Search']"));
    By row = By.xpath("//table[@id='cd-instances']//tr[td[1][normalize-space()='" + n + "']]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(row));
    assertThat(browser.getCurrentUrl()).contains("caseNumber=" + n.toLowerCase() + "&").contains("state=completed");
    assertThat(browser.findElement(By.cssSelector("input[name=caseNumber]")).getAttribute("value"))
        .isEqualTo(n.toLowerCase());
    assertThat(text(browser.findElement(row))).contains("Case handling").contains("completed");
    // the complaint about the case is still running, so the "completed" filter leaves it out
    assertThat(text(browser.findElement(By.id("cd-instances")))).doesNotContain(complaintId);
    steps.shot("filtered");

    steps.click(By.xpath("//table[@id='cd-instances']//a[normalize-space()='" + n + "']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cd-diagram svg .djs-element.cd-passed")));
    wait.until(d -> !d.findElements(By.cssSelector("#cd-diagram .cd-count")).isEmpty());
    @SuppressWarnings("unchecked")
    List<String> marked = (List<String>) steps.js(
        "return [...document.querySelectorAll('#cd-diagram .djs-element.cd-passed')]"
            + ".map(e => e.getAttribute('data-element-id'))");
    assertThat(marked).as("the diagram marks the activities the instance passed")
        .contains("work-case").allMatch(passed::contains);
    assertThat(marked).doesNotContain("run-rma"); // no RMA on this case
    assertThat(browser.findElement(By.cssSelector("h2")).getText()).contains(n).contains("Case handling");
    // closed on 2 March; the process ended when the reopening window passed
    assertThat(text(browser.findElement(By.id("cd-summary"))))
        .contains("Closed\n2026-03-02 11:00:00 UTC").contains("Ended\n2026-03-16 11:00:00 UTC");
    assertThat(browser.findElement(By.id("cd-linked")).getText()).contains(complaintId).contains("same case");
    // who called and about what, from the case row (process variables hold only what the diagram decides on)
    assertThat(text(browser.findElement(By.id("cd-case")))).contains("Ada Lovelace").contains("CT-DEMO-1")
        .contains("CLOSED");
    steps.shot("instance");
    WebElement diagram = browser.findElement(By.id("cd-diagram"));
    steps.js("arguments[0].scrollIntoView({block: 'center'})", diagram);
    steps.shot("diagram");

    // the named steps a person reads; gateways only on request
    WebElement log = browser.findElement(By.id("cd-activities"));
    steps.js("arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.cssSelector(".cd-technical-toggle")));
    assertThat(text(log)).contains("Work the case").contains("engineer1").contains("user task")
        .doesNotContain("gateway").doesNotContain("Valid contract?").doesNotContain("Confirm priority by phone?");
    steps.shot("activity-log");
    steps.click(By.id("cd-show-technical"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cd-activities"), "exclusive gateway"));
    log = browser.findElement(By.id("cd-activities"));
    assertThat(text(log)).contains("Valid contract?").contains("Confirm priority by phone?").contains("parallel gateway")
        .contains("Work the case");
    steps.js("arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.cssSelector(".cd-technical-toggle")));
    steps.shot("activity-log-technical");

    // any end state: the case and the complaint whose caseNumber variable names it (in capitals)
    search(n.toLowerCase(), "", "", "");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cd-instances"), complaintId));
    assertThat(text(browser.findElement(By.id("cd-instances")))).contains(n).contains("Complaint");
    steps.shot("any-state");

    // a case deleted as opened twice, by its start day
    search(cancelled, "terminated", "2026-03-02", "2026-03-02");
    By cancelledRow = By.xpath("//table[@id='cd-instances']//tr[td[1][normalize-space()='" + cancelled + "']]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(cancelledRow));
    assertThat(browser.findElement(cancelledRow).getText()).contains("terminated");
    steps.shot("terminated");
    search(cancelled, "terminated", "2026-03-03", "");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cd-count-line"), "0 process instances"));

    // the complaint and the red flag about the case, from their rows: how the complaint came in and who logged it,
    // who declared the red flag (no process variable keeps them)
    search(n, "", "", "");
    steps.click(By.xpath("//table[@id='cd-instances']//a[normalize-space()='" + complaintId + "']"));
    // below the diagram, out of Cockpit's view: present, read as laid out
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cd-complaint")));
    assertThat(text(browser.findElement(By.id("cd-complaint")))).contains("Received by\nphone")
        .contains("Logged by\nhotline1").contains("Ada Lovelace").contains("response-time");
    assertThat(browser.findElements(By.id("cd-case"))).as("a complaint is no case").isEmpty();
    steps.js("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.id("cd-complaint")));
    steps.shot("complaint");
    search(n, "", "", "");
    steps.click(By.xpath("//table[@id='cd-instances']//a[normalize-space()='" + redFlag + "']"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cd-red-flag")));
    assertThat(text(browser.findElement(By.id("cd-red-flag")))).contains("Declared\nhotline1")
        .contains("VIP customer affected").contains("DECLARED");
    steps.js("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.id("cd-red-flag")));
    steps.shot("red-flag");
  }

  @Test
  void aClosedCaseInItsReopeningWindowReadsClosedWithTheDateUntilWhichItMayReopen() {
    String n = open("medium", "medium", "phone").caseNumber();
    advanceBy(n, Duration.ofHours(1));
    work(n, "engineer1", "solve", "Upgraded firmware to 7.2");
    advanceBy(n, Duration.ofHours(1));
    cases.answerClosure(n, true, "Thanks", CUSTOMER);
    assertThat(view(n).status()).isEqualTo(CaseStatus.CLOSED);
    // the process waits for the customer writing again until its reopening timer ends the case
    Job reopenWindow = managementService.createJobQuery().processInstanceId(instance(n).getId())
        .activityId("reopen-window-passed").singleResult();
    String until = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC)
        .format(reopenWindow.getDuedate().toInstant());
    assertThat(until).isEqualTo("2026-03-16 11:00 UTC"); // closed on 2 March at 11:00, 14 days in the diagram
    String closed = "closed (may reopen until " + until + ")";
    // a second case, closed at the same time and reopened by the customer a day later: running again
    String stillOpen = open("low", "low", "phone").caseNumber();
    work(stillOpen, "engineer1", "solve", "Replaced the fan");
    cases.answerClosure(stillOpen, true, "Thanks", CUSTOMER);
    advanceBy(stillOpen, Duration.ofDays(1));
    cases.postMessage(stillOpen, "The fan is loud again", CUSTOMER);
    assertThat(view(stillOpen).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    ClockUtil.reset(); // the browser's session runs on the real clock
    steps = new BrowserSteps(browser, wait, "cockpit-closed-");

    logIn("auditor1");
    search(n, "", "", "");
    By row = By.xpath("//table[@id='cd-instances']//tr[td[1][normalize-space()='" + n + "']]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(row));
    assertThat(text(browser.findElement(row))).contains(closed).doesNotContain("running");
    steps.shot("closed-case");

    // "closed, may reopen" finds it, "running" does not; the other way round for the reopened case
    search(n, "closed", "", "");
    wait.until(ExpectedConditions.visibilityOfElementLocated(row));
    search(n, "running", "", "");
    // what still runs for the closed case is its engineer's offer to write a knowledge article, not the case
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cd-count-line"), "1 process instance"));
    assertThat(text(browser.findElement(By.id("cd-instances")))).contains("Knowledge article")
        .doesNotContain("Case handling");
    search(stillOpen, "running", "", "");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cd-instances"), stillOpen));
    assertThat(text(browser.findElement(By.id("cd-instances")))).contains("running").doesNotContain("closed");
    search(stillOpen, "closed", "", "");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cd-count-line"), "0 process instances"));
    search(stillOpen, "", "", "");
    steps.click(By.xpath("//table[@id='cd-instances']//a[normalize-space()='" + stillOpen + "']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cd-summary")));
    assertThat(text(browser.findElement(By.id("cd-summary")))).contains("running")
        .contains("Last closed\n2026-03-02 11:00:00 UTC, reopened 2026-03-03 11:00:00 UTC").contains("Work the case");
    steps.shot("reopened-instance");

    search(n, "", "", "");
    steps.click(By.xpath("//table[@id='cd-instances']//a[normalize-space()='" + n + "']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cd-summary")));
    String summary = text(browser.findElement(By.id("cd-summary")));
    assertThat(summary).contains(closed).contains("Within reopen window").contains("2026-03-02 11:00:00 UTC")
        .doesNotContain("running").doesNotContain("Ended");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cd-diagram svg .djs-element.cd-active")));
    steps.shot("closed-instance");
    WebElement jobs = browser.findElement(By.id("cd-jobs"));
    steps.js("arguments[0].scrollIntoView({block: 'center'})", jobs);
    assertThat(text(jobs)).as("the job log names the steps").contains("Reopen window passed (14 days)")
        .contains("2026-03-16 11:00:00 UTC");
    steps.shot("closed-job-log");
  }

  /** Opens the History page from the navigation bar and searches; dates as the date fields hold them. */
  private void search(String caseNumber, String state, String startedAfter, String startedBefore) {
    steps.click(NAV_HISTORY);
    // the unfiltered page Cockpit renders for the link, not the last search's page it replaces
    wait.until(d -> d.getCurrentUrl().endsWith("#/case-history")
        && d.findElements(By.cssSelector("input[name=caseNumber]")).stream().allMatch(i -> i.getAttribute("value").isEmpty()));
    steps.type(By.cssSelector("input[name=caseNumber]"), caseNumber);
    steps.js("arguments[0].value = arguments[1]", browser.findElement(By.cssSelector("select[name=state]")), state);
    steps.js("arguments[0].value = arguments[1]", browser.findElement(By.cssSelector("input[name=startedAfter]")), startedAfter);
    steps.js("arguments[0].value = arguments[1]", browser.findElement(By.cssSelector("input[name=startedBefore]")), startedBefore);
    steps.js("document.querySelectorAll('.cd-results').forEach((r) => { r.dataset.stale = 'yes'; })");
    steps.click(By.xpath("//button[normalize-space()='Search']"));
    wait.until(ExpectedConditions.urlContains("caseNumber=" + caseNumber));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cd-results:not([data-stale]) .cd-count-line")));
  }

  /** The element's text as the page lays it out, also the part scrolled out of Cockpit's view. */
  private String text(WebElement element) {
    return (String) steps.js("return arguments[0].innerText", element);
  }

  private void logIn(String user) {
    signIn("cockpit", user);
    wait.until(ExpectedConditions.visibilityOfElementLocated(NAV_HISTORY));
    steps.shot("dashboard");
  }
}
