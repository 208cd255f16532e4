package io.casedesk.reporting;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The report page answers at {@code /reports/} (and {@code /reports}), not only at {@code /reports/index.html}. */
@Configuration
public class ReportPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/reports", "/reports/");
    registry.addViewController("/reports/").setViewName("forward:/reports/index.html");
  }
}
