package io.casedesk.portal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The customer portal answers at {@code /portal/} (and {@code /portal}), not only at {@code /portal/index.html}. */
@Configuration
public class PortalPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/portal", "/portal/");
    registry.addViewController("/portal/").setViewName("forward:/portal/index.html");
  }
}
