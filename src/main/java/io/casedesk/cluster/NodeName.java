package io.casedesk.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node in what the engine writes, so that operators see which node did what: the historic job log
 * and the metrics carry it as host name, and the locks of the jobs this node is executing carry it as lock
 * owner (Cockpit shows both). Defaults to the machine's host name, unique per container; the lock owner gets a
 * random suffix, so two nodes given the same name by mistake still never take each other's locks for their own.
 */
@Component
public class NodeName extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(NodeName.class);

  private final String name;

  public NodeName(@Value("${casedesk.node-name:}") String configured) {
    this.name = configured == null || configured.isBlank() ? hostName() : configured;
  }

  public String name() {
    return name;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHostname(name);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getJobExecutor() != null) {
      String lockOwner = name + "/" + UUID.randomUUID().toString().substring(0, 8);
      configuration.getJobExecutor().setLockOwner(lockOwner);
      log.info("Node {}: jobs it executes are locked by {}", name, lockOwner);
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "casedesk";
    }
  }
}
