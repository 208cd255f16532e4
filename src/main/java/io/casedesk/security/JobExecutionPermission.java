package io.casedesk.security;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * A person who may not execute a job cannot make it fail. Camunda 7.24 checks the permission of
 * {@code ManagementService#executeJob} (the engine REST's and Cockpit's {@code POST /job/{id}/execute}) inside the
 * job's own execution, so a refusal is handled as a failure of the job: it takes a retry off and the third one
 * leaves an incident, and an escalation timer never fires. Here the same check ({@code UPDATE} on the instance or
 * {@code UPDATE_INSTANCE} on the definition, and the tenant check) runs first, in a command of its own: a refused call
 * answers the same {@code AuthorizationException} and writes nothing (no retry, no incident, no job log, no operation
 * log). A call that is allowed, and the job executor, run as before, so a job that really fails still counts down.
 */
@Component
public class JobExecutionPermission extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setManagementService(new CheckedManagementService(configuration));
  }

  static final class CheckedManagementService extends ManagementServiceImpl {

    CheckedManagementService(ProcessEngineConfiguration configuration) {
      super(configuration);
    }

    @Override
    public void executeJob(String jobId) {
      if (jobId != null) {
        commandExecutor.execute(commandContext -> {
          JobEntity job = commandContext.getJobManager().findJobById(jobId);
          // as ExecuteJobsCmd: the job executor is not checked; a job that does not exist is its business
          if (job != null && Context.getJobExecutorContext() == null) {
            for (CommandChecker checker : commandContext.getProcessEngineConfiguration().getCommandCheckers()) {
              checker.checkUpdateJob(job);
            }
          }
          return null;
        });
      }
      super.executeJob(jobId);
    }
  }
}
