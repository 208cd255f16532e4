package io.casedesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CasedeskApplication {

  public static void main(String[] args) {
    SpringApplication.run(CasedeskApplication.class, args);
  }
}
