package io.casedesk.cases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * Triage runs right after a case (or complaint) is saved, in a transaction of its own, unless the caller asked
 * for both in one ({@link #inOneTransaction}). The diagram waits after
 * registering ("Check entitlement" is {@code asyncBefore}, "Register complaint" {@code asyncAfter}), so the
 * registration commits its number, row and timeline whatever the decision tables do next; this class then runs
 * the waiting step at once, on the caller's thread, so the caller (the API, Tasklist's start form, the mail intake)
 * normally sees a triaged case.
 *
 * <p>When triage fails (a broken rule, a table that answers nothing) the registration stays, the caller's
 * {@code whenDelayed} notes what happens next, and the job keeps its remaining retries: the job executor tries
 * again, and the last failure is an incident in Cockpit that an admin retries after the fix.
 */
@Component
public class TriageAfterCommit {

  private static final Logger log = LoggerFactory.getLogger(TriageAfterCommit.class);
  /** How long a caller waits for a job executor that took its triage step in the same moment (rare: no hint). */
  private static final Duration AWAIT_JOB_EXECUTOR = Duration.ofSeconds(10);
  /**
   * How long the caller's claim on the step keeps the job executors off it: should the node die before it ran
   * the step, a job executor takes it after that.
   */
  private static final Duration CLAIM = Duration.ofMinutes(5);
  private static final String CLAIMED_BY = "triage-after-commit";
  /** The process instances registered inside {@link #inOneTransaction} on this thread, whose steps run there. */
  private static final ThreadLocal<List<String>> REGISTERED_INLINE = new ThreadLocal<>();

  private final ManagementService managementService;
  private final CommandExecutor commands;
  private final IdentityService identityService;
  private final TransactionTemplate outsideTransaction;
  private final TransactionTemplate ownTransaction;

  public TriageAfterCommit(ManagementService managementService, IdentityService identityService,
      ProcessEngineConfigurationImpl engineConfiguration, PlatformTransactionManager transactionManager) {
    this.managementService = managementService;
    this.commands = engineConfiguration.getCommandExecutorTxRequired();
    this.identityService = identityService;
    // after a commit the finished transaction's resources are still bound to the thread: never join them. The job
    // runs outside any transaction so that the engine's commands each have their own: the job's, which a failure
    // rolls back, and the one that then takes a retry off the job, which must commit
    this.outsideTransaction = new TransactionTemplate(transactionManager);
    this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Registers and triages in one engine command and the caller's transaction: {@code start} starts the process
   * instances, and the steps they left waiting at their registration's save point run before the command ends, as
   * the job executor would run them, so nothing is read back from the database and the waiting step's job is
   * never written. When triage fails, the caller's transaction rolls back with the registration: a caller that
   * must keep the registration then starts again outside this method, and triage runs after that commit.
   */
  public <T> T inOneTransaction(Supplier<T> start) {
    return commands.execute(context -> {
      List<String> registered = new ArrayList<>();
      REGISTERED_INLINE.set(registered);
      T started;
      try {
        started = start.get();
      } finally {
        REGISTERED_INLINE.remove();
      }
      for (String processInstanceId : registered) {
        // the engine caches every job under AcquirableJobEntity, and lists a cached type only by its cache key
        List<JobEntity> waiting = context.getDbEntityManager().getCachedEntitiesByType(AcquirableJobEntity.class)
            .stream().filter(job -> job instanceof MessageEntity message
                && processInstanceId.equals(message.getProcessInstanceId()))
            .map(JobEntity.class::cast).toList();
        asSystem(() -> waiting.forEach(job -> runNow(context, job)));
      }
      return started;
    });
  }

  private static void runNow(CommandContext context, JobEntity job) {
    context.setCurrentJob(job);
    try {
      job.execute(context); // runs the step, deletes the job and logs its success, as ExecuteJobsCmd does
    } finally {
      context.setCurrentJob(null);
    }
  }

  /**
   * Runs the instance's waiting step once the current transaction has committed; when it fails, runs
   * {@code whenDelayed} in a transaction of its own. Inside {@link #inOneTransaction} the step runs there instead.
   */
  public void afterCommit(String processInstanceId, Runnable whenDelayed) {
    List<String> registeredInline = REGISTERED_INLINE.get();
    if (registeredInline != null) {
      registeredInline.add(processInstanceId);
      return;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return; // no transaction to wait for: the job executor takes the step
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        outsideTransaction.executeWithoutResult(status -> triage(processInstanceId, whenDelayed));
      }
    });
  }

  private void triage(String processInstanceId, Runnable whenDelayed) {
    List<String> waiting = new ArrayList<>();
    if (!claimWaitingSteps(processInstanceId, waiting)) {
      // the job executor, maybe of another node, took the step at the same moment: let it finish
      waiting.forEach(this::awaitDone);
      return;
    }
    for (String jobId : waiting) {
      try {
        asSystem(() -> managementService.executeJob(jobId));
      } catch (RuntimeException failure) {
        // the engine has taken a retry off the job; the job executor retries, the last failure is an incident
        log.warn("Triage of process instance {} failed, it waits for a retry (job {}): {}", processInstanceId,
            jobId, failure.getMessage());
        ownTransaction.executeWithoutResult(status -> whenDelayed.run());
        return;
      }
    }
  }

  /**
   * Finds the instance's waiting steps and locks them as a job executor's acquisition does, in one transaction, so
   * that no job executor runs them at the same time (which would cost a second run of triage and its rollback).
   * False, and nothing locked, when a job executor holds one of them already; {@code waiting} names them either way.
   */
  private boolean claimWaitingSteps(String processInstanceId, List<String> waiting) {
    try {
      return commands.execute(context -> {
        Date now = ClockUtil.getCurrentTime();
        List<JobEntity> steps = context.getJobManager().findJobsByProcessInstanceId(processInstanceId).stream()
            .filter(job -> job instanceof MessageEntity && job.getRetries() > 0 && !job.isSuspended()
                && (job.getDuedate() == null || !job.getDuedate().after(now)))
            .toList();
        steps.forEach(job -> waiting.add(job.getId()));
        if (steps.stream().anyMatch(job -> job.getLockExpirationTime() != null
            && job.getLockExpirationTime().after(now))) {
          return false;
        }
        steps.forEach(job -> {
          job.setLockOwner(CLAIMED_BY);
          job.setLockExpirationTime(Date.from(now.toInstant().plus(CLAIM)));
        });
        return true;
      });
    } catch (OptimisticLockingException acquiredMeanwhile) {
      return false;
    }
  }

  /** Waits (at most {@link #AWAIT_JOB_EXECUTOR}) until the job executor has run the job or it failed there. */
  private void awaitDone(String jobId) {
    long deadline = System.nanoTime() + AWAIT_JOB_EXECUTOR.toNanos();
    while (System.nanoTime() < deadline) {
      Job job = managementService.createJobQuery().jobId(jobId).singleResult();
      if (job == null || job.getExceptionMessage() != null) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
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
