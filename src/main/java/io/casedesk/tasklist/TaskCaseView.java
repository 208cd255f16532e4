package io.casedesk.tasklist;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseView;
import io.casedesk.mail.Attachments;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What Tasklist shows beside a task: the task, the case it belongs to exactly as the case API shows it to the
 * caller (null for a task of no case), the case's files, whom to call and why (tasks marked as calls in their
 * diagram), what the customer answered when that answer created the task, and, for a shift hand-off, its hot cases.
 */
public record TaskCaseView(
    Task task,
    @JsonProperty("case") CaseView supportCase,
    Contract contract,
    List<Attachment> attachments,
    Call call,
    CustomerAnswer customerAnswer,
    List<CaseView.Summary> cases,
    boolean mayAddNote,
    boolean mayChangeGroups,
    List<CaseEventKind> internalKinds) {

  /** The timeline's kinds of event that customers never see, to mark them in the timeline. */
  static final List<CaseEventKind> INTERNAL_KINDS =
      Arrays.stream(CaseEventKind.values()).filter(CaseEventKind::isInternal).toList();

  public record Task(String id, String name, String processName, Instant created, Instant due, String assignee) {}

  /** The case's contract: its service level and the hours it covers, in the customer's time zone. */
  public record Contract(String id, String serviceLevel, String coverage, String timeZone, LocalDate validTo) {}

  /** A file of the case; {@code href} downloads it with the same session. */
  public record Attachment(long id, String fileName, String contentType, long size, Instant createdAt, String href) {

    static Attachment of(Attachments.Info info) {
      return new Attachment(info.id(), info.fileName(), info.contentType(), info.size(), info.createdAt(),
          "/api/cases/" + info.caseNumber() + "/attachments/" + info.id());
    }
  }

  /** Whom the task asks to call, on which number, and why (the diagram's {@code casedesk.callReason}). */
  public record Call(String name, String phone, String email, String company, String reason) {}

  /**
   * The customer's message that let the case go on and so created this task. {@code kind}: {@code ANSWER} to the
   * engineer's question ({@code question}), {@code SOLUTION_REJECTED} (the proposed solution is in
   * {@code question}), or {@code MESSAGE} (the customer wrote again, e.g. to a closed case).
   */
  public record CustomerAnswer(String kind, String text, Instant at, String question) {}
}
