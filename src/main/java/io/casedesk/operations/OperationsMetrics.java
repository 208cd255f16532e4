package io.casedesk.operations;

import io.casedesk.notification.OutboxMessages;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * What an operator of Casedesk watches, in {@code /actuator/prometheus}, each a count query read at every scrape
 * (indexed, cheap). The figures are the cluster's, read from the shared database: every node reports the same value,
 * so aggregate them with {@code max}, not {@code sum}.
 *
 * <ul>
 *   <li>{@code casedesk_incidents_open}: open incidents (a job that used up its retries, ...): look in Cockpit</li>
 *   <li>{@code casedesk_jobs_failed}: jobs without retries left (each has an incident)</li>
 *   <li>{@code casedesk_jobs_due}: jobs due now with retries left (timers, escalations, asynchronous steps)
 *   that no node has finished yet: grows when the job executors fall behind</li>
 *   <li>{@code casedesk_outbox_messages{state="pending"|"failed"}}: notifications waiting to be sent; given up on</li>
 *   <li>{@code casedesk_mail_server_up{server="smtp"|"imap"}}: 1 when the server answered, 0 when not
 *   ({@link MailServerChecks})</li>
 * </ul>
 */
@Component
public class OperationsMetrics implements MeterBinder {

  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final OutboxMessages outbox;
  private final MailServerChecks mail;

  public OperationsMetrics(RuntimeService runtimeService, ManagementService managementService,
      OutboxMessages outbox, MailServerChecks mail) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.outbox = outbox;
    this.mail = mail;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    // no engine user is set on the scrape's thread: the engine counts without authorization checks
    Gauge.builder("casedesk.incidents.open", () -> runtimeService.createIncidentQuery().count())
        .description("Open incidents of the engine (jobs that failed for good, ...)").register(registry);
    Gauge.builder("casedesk.jobs.failed", () -> managementService.createJobQuery().noRetriesLeft().count())
        .description("Jobs without retries left").register(registry);
    Gauge.builder("casedesk.jobs.due", () -> managementService.createJobQuery().executable().active().count())
        .description("Jobs due now with retries left, not yet done").register(registry);
    Gauge.builder("casedesk.outbox.messages", () -> outbox.backlog().pending()).tag("state", "pending")
        .description("Notifications in the outbox by state").register(registry);
    Gauge.builder("casedesk.outbox.messages", () -> outbox.backlog().failed()).tag("state", "failed")
        .description("Notifications in the outbox by state").register(registry);
    for (String server : new String[] {MailServerChecks.SMTP, MailServerChecks.IMAP}) {
      Gauge.builder("casedesk.mail.server.up", () -> mail.up(server)).tag("server", server)
          .description("1 when the mail server answered its last check, 0 when not").register(registry);
    }
  }
}
