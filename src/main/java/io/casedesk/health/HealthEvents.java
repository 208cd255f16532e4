package io.casedesk.health;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseRepository;
import io.casedesk.cases.CaseRequests;
import io.casedesk.cases.CaseStatus;
import io.casedesk.cases.SupportCaseService;
import io.casedesk.cases.Timeline;
import io.casedesk.contracts.MailSenders;
import io.casedesk.process.EngineClock;
import io.casedesk.web.BadRequestException;
import io.casedesk.web.InvalidField;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a notification of Alertmanager in, all of it in one transaction: every alert must name a registered system
 * (label {@code casedesk_system}, its serial number) or nothing is written. Per alert (its fingerprint):
 *
 * <ul>
 *   <li>a firing not seen before opens a case through the case service ({@link SupportCaseService#openFromMonitoring},
 *       channel {@code monitoring}), with impact and urgency from decision table {@code health-event-priority}; when
 *       the alert already has a case that is not closed, the firing goes on that case's timeline instead;
 *   <li>a firing seen before is a repeat ({@code HEALTH_ALERT_REPEATED}) when its last notice is older than
 *       {@link HealthProperties#retryWindow()}, else a retry of the same delivery, which changes nothing;
 *   <li>a resolved notice ends the firing and goes on the case's timeline once.
 * </ul>
 *
 * A closed case stays closed: the alert's next firing opens a new case, which names the closed one.
 */
@Service
public class HealthEvents {

  private static final Logger log = LoggerFactory.getLogger(HealthEvents.class);

  /** The label that names the system: its serial number, as registered under a contract. */
  public static final String SYSTEM_LABEL = "casedesk_system";
  /** Optional: the contract, when the serial number is registered under several. */
  public static final String CONTRACT_LABEL = "casedesk_contract";
  public static final String SEVERITY_LABEL = "severity";
  public static final String NAME_LABEL = "alertname";
  /** The category of a monitoring case, an input value of case-routing. */
  static final String CATEGORY = "operational-problem";
  private static final int ATTEMPTS = 3;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  /** What became of one alert of the notification. */
  public enum Outcome {
    /** Its first firing (or its first after its case closed): a new case. */
    CASE_OPENED,
    /** A new firing of an alert whose case is still open: on that case's timeline. */
    FIRING_RECORDED,
    REPEAT_RECORDED,
    RESOLVED_RECORDED,
    /** Resolved without a firing ever taken and without an open case: kept for availability only. */
    RESOLVED_WITHOUT_CASE,
    /** Taken before (a retry of the delivery, or a notice older than one taken): nothing changed. */
    ALREADY_TAKEN
  }

  public record Taken(String fingerprint, String status, Outcome outcome, String caseNumber) {}

  /** An alert whose system is known, with its times at the database's precision. */
  private record Checked(AlertmanagerNotification.Alert alert, MonitoredSystem system, Instant startsAt,
      Instant endsAt) {}

  private final MonitoredSystems systems;
  private final HealthAlerts alerts;
  private final HealthEventPriority priority;
  private final SupportCaseService caseService;
  private final CaseRepository cases;
  private final Timeline timeline;
  private final MailSenders senders;
  private final HealthProperties properties;
  private final TransactionTemplate transaction;

  public HealthEvents(MonitoredSystems systems, HealthAlerts alerts, HealthEventPriority priority,
      SupportCaseService caseService, CaseRepository cases, Timeline timeline, MailSenders senders,
      HealthProperties properties, PlatformTransactionManager transactionManager) {
    this.systems = systems;
    this.alerts = alerts;
    this.priority = priority;
    this.caseService = caseService;
    this.cases = cases;
    this.timeline = timeline;
    this.senders = senders;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * Takes the notification in as {@code actor} (the technical user Alertmanager logs in as).
   *
   * @throws BadRequestException naming every alert field that is wrong, the unknown systems included; nothing is
   *     written then
   */
  public List<Taken> take(AlertmanagerNotification notification, String actor) {
    List<Checked> checked = check(notification);
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> checked.stream().map(alert -> take(alert, actor)).toList());
      } catch (DuplicateKeyException takenByAnotherNode) {
        // another node registered one of these alerts at the same moment: take the notification again, after it
        if (attempt == ATTEMPTS) {
          throw takenByAnotherNode;
        }
        log.info("Health event of alert registered by another node meanwhile, taking it again: {}",
            takenByAnotherNode.getMessage());
      }
    }
  }

  private List<Checked> check(AlertmanagerNotification notification) {
    List<InvalidField> errors = new ArrayList<>();
    List<Checked> checked = new ArrayList<>();
    for (int i = 0; i < notification.alerts().size(); i++) {
      AlertmanagerNotification.Alert alert = notification.alerts().get(i);
      String at = "alerts[" + i + "].";
      int before = errors.size();
      if (alert.label(NAME_LABEL) == null) {
        errors.add(new InvalidField(at + "labels." + NAME_LABEL, "must name the alert"));
      } else if (alert.label(NAME_LABEL).length() > 200) {
        errors.add(new InvalidField(at + "labels." + NAME_LABEL, "must be at most 200 characters"));
      }
      if (alert.label(SEVERITY_LABEL) != null && alert.label(SEVERITY_LABEL).length() > 32) {
        errors.add(new InvalidField(at + "labels." + SEVERITY_LABEL, "must be at most 32 characters"));
      }
      Instant startsAt = alert.startsAt().getYear() <= 1 ? null
          : alert.startsAt().toInstant().truncatedTo(ChronoUnit.MICROS);
      if (startsAt == null) {
        errors.add(new InvalidField(at + "startsAt", "must be when the alert started"));
      }
      Instant endsAt = alert.ended() == null ? null : alert.ended().toInstant().truncatedTo(ChronoUnit.MICROS);
      if (!alert.firing() && endsAt == null) {
        errors.add(new InvalidField(at + "endsAt", "must be when a resolved alert ended"));
      } else if (!alert.firing() && startsAt != null && endsAt.isBefore(startsAt)) {
        errors.add(new InvalidField(at + "endsAt", "must not be before startsAt"));
      }
      String serial = alert.label(SYSTEM_LABEL);
      String contract = alert.label(CONTRACT_LABEL);
      Optional<MonitoredSystem> system = Optional.empty();
      if (serial == null) {
        errors.add(new InvalidField(at + "labels." + SYSTEM_LABEL,
            "must name the serial number of a system registered under a contract"));
      } else {
        system = systems.find(serial, contract, (startsAt == null ? EngineClock.now() : startsAt)
            .atZone(ZoneOffset.UTC).toLocalDate());
        if (system.isEmpty()) {
          errors.add(new InvalidField(at + "labels." + SYSTEM_LABEL, "no contract"
              + (contract == null ? "" : " " + contract) + " registers a system with serial number " + serial));
        }
      }
      if (errors.size() == before) {
        checked.add(new Checked(alert, system.orElseThrow(), startsAt, endsAt));
      }
    }
    if (!errors.isEmpty()) {
      throw new BadRequestException(errors);
    }
    return checked;
  }

  private Taken take(Checked checked, String actor) {
    AlertmanagerNotification.Alert alert = checked.alert();
    String fingerprint = alert.fingerprint();
    Optional<HealthAlerts.Alert> known = alerts.lock(fingerprint);
    Optional<HealthAlerts.Firing> firing = alerts.firing(fingerprint, checked.startsAt());
    String openCase = known.map(HealthAlerts.Alert::caseNumber).filter(this::notClosed).orElse(null);
    if (alert.firing()) {
      if (firing.isPresent()) {
        return repeated(checked, firing.get(), actor);
      }
      HealthEventPriority.Decided decided = priority.decide(alert.label(SEVERITY_LABEL));
      Outcome outcome = Outcome.FIRING_RECORDED;
      if (openCase == null) {
        openCase = caseService.openFromMonitoring(newCase(checked, decided, known), actor);
        outcome = Outcome.CASE_OPENED;
        if (known.isPresent()) {
          alerts.moveTo(fingerprint, openCase);
        } else {
          alerts.insert(fingerprint, alert.label(NAME_LABEL), checked.system(), openCase);
        }
      }
      alerts.insertFiring(fingerprint, checked.startsAt(), null, alert.label(SEVERITY_LABEL), decided.downtime(),
          openCase);
      timeline.record(openCase, actor, CaseEventKind.HEALTH_ALERT_FIRING, cut(firingText(checked), 2000));
      return new Taken(fingerprint, alert.status(), outcome, openCase);
    }
    if (firing.isPresent()) {
      if (!alerts.ended(firing.get().id(), checked.endsAt())) {
        return new Taken(fingerprint, alert.status(), Outcome.ALREADY_TAKEN, firing.get().caseNumber());
      }
      String caseNumber = firing.get().caseNumber();
      if (caseNumber != null) {
        timeline.record(caseNumber, actor, CaseEventKind.HEALTH_ALERT_RESOLVED, resolvedText(checked));
      }
      return new Taken(fingerprint, alert.status(), Outcome.RESOLVED_RECORDED, caseNumber);
    }
    // resolved, its firing never taken (it fired before monitoring was connected, say): its time still counts
    HealthEventPriority.Decided decided = priority.decide(alert.label(SEVERITY_LABEL));
    if (known.isEmpty()) {
      alerts.insert(fingerprint, alert.label(NAME_LABEL), checked.system(), null);
    }
    alerts.insertFiring(fingerprint, checked.startsAt(), checked.endsAt(), alert.label(SEVERITY_LABEL),
        decided.downtime(), openCase);
    if (openCase == null) {
      return new Taken(fingerprint, alert.status(), Outcome.RESOLVED_WITHOUT_CASE, null);
    }
    timeline.record(openCase, actor, CaseEventKind.HEALTH_ALERT_RESOLVED, resolvedText(checked));
    return new Taken(fingerprint, alert.status(), Outcome.RESOLVED_RECORDED, openCase);
  }

  private Taken repeated(Checked checked, HealthAlerts.Firing firing, String actor) {
    String fingerprint = checked.alert().fingerprint();
    if (!alerts.noticedAgain(firing.id(), EngineClock.now().minus(properties.retryWindow()))) {
      return new Taken(fingerprint, checked.alert().status(), Outcome.ALREADY_TAKEN, firing.caseNumber());
    }
    if (firing.caseNumber() != null) {
      timeline.record(firing.caseNumber(), actor, CaseEventKind.HEALTH_ALERT_REPEATED,
          "Still firing: " + name(checked) + " on " + checked.system().describe() + ", since "
              + TIME.format(checked.startsAt()) + " (notice " + (firing.notices() + 1) + ")");
    }
    return new Taken(fingerprint, checked.alert().status(), Outcome.REPEAT_RECORDED, firing.caseNumber());
  }

  private boolean notClosed(String caseNumber) {
    return cases.find(caseNumber).map(c -> c.status() != CaseStatus.CLOSED).orElse(false);
  }

  private CaseRequests.OpenCase newCase(Checked checked, HealthEventPriority.Decided decided,
      Optional<HealthAlerts.Alert> known) {
    AlertmanagerNotification.Alert alert = checked.alert();
    MonitoredSystem system = checked.system();
    String summary = alert.annotation("summary");
    String subject = cut(name(checked) + " on " + system.product() + " " + system.serialNumber()
        + (summary == null ? "" : ": " + summary), 300);
    StringBuilder description = new StringBuilder("Monitoring reports alert ").append(name(checked))
        .append(" on ").append(system.describe()).append(", firing since ").append(TIME.format(checked.startsAt()))
        .append(".\n");
    if (summary != null) {
      description.append("\n").append(summary).append("\n");
    }
    if (alert.annotation("description") != null) {
      description.append("\n").append(alert.annotation("description")).append("\n");
    }
    description.append("\nLabels:\n");
    new TreeMap<>(alert.labels()).forEach((name, value) -> description.append("  ").append(name).append(" = ")
        .append(value).append("\n"));
    if (alert.generatorURL() != null && !alert.generatorURL().isBlank()) {
      description.append("\nSource: ").append(alert.generatorURL()).append("\n");
    }
    known.map(HealthAlerts.Alert::caseNumber).ifPresent(closed -> description
        .append("\nThis alert fired before; its case ").append(closed).append(" is closed.\n"));
    String contact = senders.of(system.contractId()).contacts().stream().findFirst()
        .map(MailSenders.Contact::email).orElse(null);
    return new CaseRequests.OpenCase("Monitoring", system.company(), null, contact, null, system.contractId(),
        system.product(), CATEGORY, decided.impact(), decided.urgency(), subject, cut(description.toString(), 4000),
        SupportCaseService.MONITORING_CHANNEL);
  }

  private static String firingText(Checked checked) {
    AlertmanagerNotification.Alert alert = checked.alert();
    String severity = alert.label(SEVERITY_LABEL);
    String summary = alert.annotation("summary");
    return "Firing: " + name(checked) + " on " + checked.system().describe() + " since "
        + TIME.format(checked.startsAt()) + (severity == null ? "" : ", severity " + severity)
        + (summary == null ? "" : ". " + summary);
  }

  private static String resolvedText(Checked checked) {
    Instant start = checked.startsAt();
    Instant end = checked.endsAt();
    long minutes = Math.max(0, (end.toEpochMilli() - start.toEpochMilli()) / 60_000);
    return "Resolved: " + name(checked) + " on " + checked.system().describe() + " at " + TIME.format(end)
        + ", after " + minutes + " minutes";
  }

  private static String name(Checked checked) {
    return checked.alert().label(NAME_LABEL);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
