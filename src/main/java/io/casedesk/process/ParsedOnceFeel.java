package io.casedesk.process;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Decision tables are evaluated by {@link ParsedOnceFeelEngine}: each FEEL expression is parsed once, not per case. */
@Component
public class ParsedOnceFeel extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDmnEngineConfiguration(configure(configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration()));
  }

  /** The DMN engine configuration, evaluating FEEL as the server does (the decision tables' tests use it too). */
  public static DefaultDmnEngineConfiguration configure(DefaultDmnEngineConfiguration dmn) {
    // the providers are those the engine's configuration hands the DMN engine when it builds it, after preInit
    dmn.setFeelEngineFactory(() -> new ParsedOnceFeelEngine(
        dmn.getFeelCustomFunctionProviders() == null ? List.of() : dmn.getFeelCustomFunctionProviders()));
    return dmn;
  }
}
