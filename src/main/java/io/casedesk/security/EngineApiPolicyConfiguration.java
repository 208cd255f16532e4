package io.casedesk.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the security model's two gates in front of the engine REST, the webapps' API and the Casedesk API
 * (README "Security model").
 */
@Configuration
public class EngineApiPolicyConfiguration {

  /** Before Spring Security: a cross-site request is refused before credentials are even looked at. */
  @Bean
  FilterRegistrationBean<CrossSiteRequestRefusal> crossSiteRequestRefusal() {
    var registration = new FilterRegistrationBean<>(new CrossSiteRequestRefusal());
    registration.setName("casedesk-cross-site-request-refusal");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/*", "/portal/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
    return registration;
  }

  /** After Spring Security (which authenticates /engine-rest), before the engine REST and the webapps' API. */
  @Bean
  FilterRegistrationBean<EngineApiGate> engineApiGate(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new EngineApiGate(engine.getName()));
    registration.setName("casedesk-engine-api-gate");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
    return registration;
  }
}
