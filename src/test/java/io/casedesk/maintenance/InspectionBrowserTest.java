package io.casedesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.contracts.Contract;
import io.casedesk.contracts.RegisteredSystem;
import io.casedesk.support.BrowserTestSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engineer's day with an inspection in Tasklist: the checklist of a registered system, filled in and completed
 * through the form, and the finding kept. Screenshots {@code target/e2e/inspection-*.png}.
 */
class InspectionBrowserTest extends BrowserTestSupport {

  @Autowired Inspections inspections;

  InspectionBrowserTest() {
    super("inspection-");
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void anEngineerInspectsASystemThroughTheChecklistInTasklist() {
    contracts.insert(new Contract("CT-INSP-BROWSER", "Demo Customer Ltd", "gold", "24x7", LocalDate.of(2020, 1, 1),
        LocalDate.of(2099, 12, 31), List.of(new RegisteredSystem("firewall-z", "SN-F7", "Vienna")), 12));
    Job timer = managementService.createJobQuery().processDefinitionKey("maintenance-inspection").timers().list()
        .stream().filter(j -> j.getProcessInstanceId() == null).findFirst().orElseThrow();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-09-01T05:00:00Z"))); // every month: the 1st (24x7)
    managementService.executeJob(timer.getId());
    managementService.createJobQuery().processDefinitionKey("maintenance-inspection").messages().executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    String number = "IN-CT-INSP-BROWSER-2031-09-01";
    // the day's process instance inspects every contract due that day: this contract's task by its scope's number
    Task task = taskService.createTaskQuery().processDefinitionKey("maintenance-inspection")
        .taskDefinitionKey("inspect-system").list().stream()
        .filter(t -> number.equals(taskService.getVariable(t.getId(), "inspectionNumber"))).findFirst().orElse(null);
    assertThat(task).as("the inspection's one task").isNotNull();
    ClockUtil.reset(); // the browser's session runs on the real clock

    signIn("tasklist", "engineer1");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list, .tasks-list")));
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.task-card h2.task")));
    steps.openTaskForm();
    steps.click(By.cssSelector("button.claim"));
    wait.until(d -> "engineer1".equals(taskService.createTaskQuery().taskId(task.getId()).singleResult()
        .getAssignee()));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    String form = browser.findElement(By.cssSelector(".fjs-form")).getText();
    assertThat(form).contains("Inspect firewall-z SN-F7", "Vienna", "CT-INSP-BROWSER", number,
        "Hardware and environment checked", "Logs reviewed", "Configuration backed up", "Follow-up");
    steps.shot("checklist");

    for (String key : List.of("hardwareChecked", "logsReviewed", "configurationBackedUp")) {
      steps.click(By.cssSelector(".fjs-form input[type=checkbox][id$='Field_" + key + "']"));
    }
    steps.choose("Condition", "Needs attention");
    steps.type(By.cssSelector(".fjs-form input[id$='Field_softwareVersion']"), "7.4.2");
    steps.type(By.cssSelector(".fjs-form textarea[id$='Field_notes']"), "Disk 80 % full");
    steps.type(By.cssSelector(".fjs-form textarea[id$='Field_recommendation']"), "Rotate the logs weekly");
    steps.choose("Follow-up", "None: the report is enough");
    steps.shot("checklist-filled");
    steps.click(By.xpath("//button[normalize-space()='Complete']"));
    wait.until(d -> inspections.get(number).findings().size() == 1);

    Inspection.Finding finding = inspections.get(number).findings().get(0);
    assertThat(finding.condition()).isEqualTo("attention");
    assertThat(finding.softwareVersion()).isEqualTo("7.4.2");
    assertThat(finding.hardwareChecked() && finding.logsReviewed() && finding.configurationBackedUp()).isTrue();
    assertThat(finding.inspectedBy()).isEqualTo("engineer1");
    assertThat(finding.product()).isEqualTo("firewall-z");
  }
}
