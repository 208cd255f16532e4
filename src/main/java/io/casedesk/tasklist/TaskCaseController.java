package io.casedesk.tasklist;

import io.casedesk.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The case beside a Tasklist task, read and annotated with the agent's own login (Tasklist's case panel). */
@RestController
@RequestMapping("/api/tasks/{taskId}")
@Tag(name = "Tasks", description = "The case beside a Tasklist task")
public class TaskCaseController {

  private final TaskCases taskCases;

  public TaskCaseController(TaskCases taskCases) {
    this.taskCases = taskCases;
  }

  /** A note beside a task: {@code forCustomer} makes it a message the customer reads (and gets by e-mail). */
  public record Note(@NotBlank @Size(max = 4000) String text, Boolean forCustomer) {}

  @GetMapping("/case")
  @Operation(summary = "The case of a task, as the case API shows it to you",
      description = "404 unless you may read the task; `case` is null for a task of no case. Also the case's files, "
          + "whom to call and why (call tasks), the customer's answer that created the task, and a shift hand-off's "
          + "hot cases.")
  public TaskCaseView get(@PathVariable String taskId, CurrentUser user) {
    return taskCases.of(taskId, user);
  }

  @PostMapping("/notes")
  @Operation(summary = "Add a note to the task's case",
      description = "Internal unless `forCustomer`: then it is a message to the customer, e-mailed to them. Agents "
          + "and administrators; 403 for auditors, 409 for a task of no case, 400 naming `text` when it is blank.")
  public ResponseEntity<TaskCaseView> addNote(@PathVariable String taskId, @RequestBody(required = false) Note note,
      CurrentUser user) {
    return ResponseEntity.status(HttpStatus.CREATED).body(taskCases.addNote(taskId, note, user));
  }
}
