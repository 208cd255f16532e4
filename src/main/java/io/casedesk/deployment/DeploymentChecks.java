package io.casedesk.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.w3c.dom.Element;

/** What the checks of a new deployment share: how they join the engine, and how they read a file. */
final class DeploymentChecks {

  private DeploymentChecks() {}

  /** Runs {@code check} on every deployment before the engine parses it; {@code first}: before the other checks. */
  static void runBeforeParsing(ProcessEngineConfigurationImpl configuration, Deployer check, boolean first) {
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
    if (first) {
      deployers.add(0, check);
    } else {
      deployers.add(check);
    }
    configuration.setCustomPreDeployers(deployers);
  }

  /** The root element of an XML file, read without DTDs or external entities (the file comes from a user). */
  static Element xml(byte[] content) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content)).getDocumentElement();
  }
}
