package io.casedesk.deployment;

import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * A check of every new deployment, by anyone, before the engine parses it: a Spring bean the engine takes as a
 * plugin ({@link DeploymentChecks#runBeforeParsing}). Stored deployments the deployment cache parses again for
 * whoever reads them are not checked again. A refusal ({@link #refuse}) is a {@link ParseException}: the engine
 * REST answers 400 naming the file, the element and the reason, and nothing of the deployment is stored.
 */
abstract class NewDeploymentCheck extends AbstractProcessEnginePlugin implements Deployer {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DeploymentChecks.runBeforeParsing(configuration, this, false);
  }

  @Override
  public final void deploy(DeploymentEntity deployment) {
    if (deployment.isNew()) {
      check(deployment);
    }
  }

  /** Throws {@link #refuse} at the first thing of the deployment that may not be deployed. */
  abstract void check(DeploymentEntity deployment);

  static ParseException refuse(String resource, String element, String reason) {
    var refusal = new AnalystDeploymentCheck.Refusal(resource, element, reason);
    return new ParseException("Cannot deploy " + resource + ": element '" + element + "': " + reason, resource,
        List.of(refusal), List.of());
  }
}
