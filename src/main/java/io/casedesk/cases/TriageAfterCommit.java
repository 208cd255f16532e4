package io.casedesk.cases;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Triage runs right after the case is saved, in a transaction of its own. The case diagram waits before
 * "Check entitlement" ({@code asyncBefore}), so registering a case commits its number, row and timeline whatever
 * the decision tables do next; this class then runs that waiting step at once, on the caller's thread, so the
 * caller (the API, Tasklist's start form, the mail intake) normally sees a triaged case.
 *
 * <p>When triage fails (a broken rule, a table that answers nothing) the case stays registered ({@code NEW}), its
 * timeline says the priority follows shortly, and the job keeps its remaining retries: the job executor tries again,
 * and the last failure is an incident in Cockpit that an admin retries after the fix.
 */
@Component
public class TriageAfterCommit {

  static final String TRIAGE_DELAYED_DETAIL = "We have registered your case and are setting its priority and queue;"
      + " you will receive the acknowledgement with its due times shortly";

  private static final Logger log = LoggerFactory.getLogger(TriageAfterCommit.class);

  private final ManagementService managementService;
  private final IdentityService identityService;
  private final Timeline timeline;
  private final TransactionTemplate outsideTransaction;
  private final TransactionTemplate ownTransaction;

  public TriageAfterCommit(ManagementService managementService, IdentityService identityService, Timeline timeline,
      PlatformTransactionManager transactionManager) {
    this.managementService = managementService;
    this.identityService = identityService;
    this.timeline = timeline;
    // after a commit the finished transaction's resources are still bound to the thread: never join them. The job
    // runs outside any transaction so that the engine's commands each have their own: the job's, which a failure
    // rolls back, and the one that then takes a retry off the job, which must commit
    this.outsideTransaction = new TransactionTemplate(transactionManager);
    this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Runs the case's waiting triage step once the current transaction has committed. */
  void afterCommit(String caseNumber, String processInstanceId) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return; // no transaction to wait for: the job executor takes the step
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        outsideTransaction.executeWithoutResult(status -> triage(caseNumber, processInstanceId));
      }
    });
  }

  private void triage(String caseNumber, String processInstanceId) {
    List<Job> waiting = managementService.createJobQuery().processInstanceId(processInstanceId)
        .executable().messages().list();
    for (Job job : waiting) {
      try {
        asSystem(() -> managementService.executeJob(job.getId()));
      } catch (OptimisticLockingException takenByJobExecutor) {
        return; // the job executor, maybe of another node, ran the step at the same moment
      } catch (RuntimeException failure) {
        // the engine has taken a retry off the job; the job executor retries, the last failure is an incident
        log.warn("Triage of case {} failed, the case waits for it (job {}): {}", caseNumber, job.getId(),
            failure.getMessage());
        ownTransaction.executeWithoutResult(status ->
            timeline.record(caseNumber, Timeline.SYSTEM, CaseEventKind.TRIAGE_DELAYED, TRIAGE_DELAYED_DETAIL));
        return;
      }
    }
  }

  /**
   * The step is the desk's, not the caller's: a hotline agent or customer may not execute jobs, and their permission
   * does not decide whether the case is triaged.
   */
  private void asSystem(Runnable step) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      step.run();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
