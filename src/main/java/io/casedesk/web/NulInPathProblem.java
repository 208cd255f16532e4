package io.casedesk.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat refuses a path holding {@code %00} itself, before any filter ({@link UnusableCharacters} sees every other
 * unusable character), with an HTML page. This error page answers it as the API's other 400s do: an RFC 9457 problem
 * naming {@code path}. Every other error page stays Tomcat's (as Spring Boot configures it: no report, no server
 * version).
 */
public class NulInPathProblem extends ErrorReportValve {

  public NulInPathProblem() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    String uri = request.getCoyoteRequest().requestURI().toString();
    if (response.getStatus() == 400 && uri != null && uri.toLowerCase(Locale.ROOT).contains("%00")
        && response.getContentWritten() == 0 && response.setErrorReported()) {
      try {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write("{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
              + "\"detail\":\"Invalid field path: must not contain the character U+0000\","
              + "\"message\":\"Invalid field path: must not contain the character U+0000\","
              + "\"errors\":[{\"field\":\"path\",\"message\":\"must not contain the character U+0000\"}]}");
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // the client is gone; nothing to tell it
      }
      return;
    }
    super.report(request, response, throwable);
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    /** The host's error page, added as Spring Boot adds its own (the innermost one that reports wins). */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> nulInPathProblem() {
      return factory -> factory.addContextCustomizers(
          context -> context.getParent().getPipeline().addValve(new NulInPathProblem()));
    }
  }
}
