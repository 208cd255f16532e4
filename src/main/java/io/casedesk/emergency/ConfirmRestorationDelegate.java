package io.casedesk.emergency;

import static io.casedesk.emergency.EmergencyVariables.REPORT_DUE;
import static io.casedesk.emergency.EmergencyVariables.REPORT_WITHIN;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import io.casedesk.process.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The service is restored: the customer is told, and the root-cause report falls due {@code reportWithin} (an ISO
 * duration from the diagram) after the restoration, however often it is sent back for rework.
 */
@Component("confirmRestoration")
public class ConfirmRestorationDelegate implements JavaDelegate {

  private final RedFlagSteps steps;

  public ConfirmRestorationDelegate(RedFlagSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineClock.now();
    Instant reportDue = now.plus(Duration.parse(string(execution, REPORT_WITHIN)));
    execution.setVariable(REPORT_DUE, Date.from(reportDue));
    String restoredBy = Actors.of(execution, RecordRecoveryProgressListener.RESTORED_BY);
    steps.changes().restored(RedFlagSteps.number(execution), restoredBy, now, reportDue);
    steps.notifyCustomer(execution, NotificationKind.RED_FLAG_SERVICE_RESTORED, Map.of("restoredAt", now.toString()));
    steps.record(execution, restoredBy, CaseEventKind.RED_FLAG_RESTORED,
        "Service restored; red flag " + RedFlagSteps.number(execution) + " stays open until its root-cause report "
            + "is accepted");
  }
}
