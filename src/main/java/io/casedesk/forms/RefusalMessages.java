package io.casedesk.forms;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import io.casedesk.web.EngineErrors;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A refusal Casedesk makes ({@link RefusedInput}: a form not accepted, an assignee refused) reaches an agent over
 * the engine REST as HTTP 400 whose {@code message} is only what the person reads: Camunda's resources would prefix
 * it with "Cannot instantiate process definition case-handling:1:...: Form case-intake was not accepted: ", which
 * Tasklist shows as it is. The {@code type} (and {@code code}) stay as Camunda gives them; every other error keeps
 * Camunda's answer, less what {@link EngineErrors} (registered alongside) takes out of it.
 *
 * <p>Registered in both engine REST applications: {@code /engine-rest} (the starter's Jersey application, through
 * its documented hook {@link CamundaJerseyResourceConfig#registerAdditionalResources()}), and the webapps' own
 * {@code /camunda/api/engine/...} that Tasklist calls. The webapp starter builds its JAX-RS applications (engine,
 * Cockpit, Tasklist, Admin, Welcome) as Jersey servlets from fixed {@code Application} classes, with no hook for
 * providers; but Jersey gives each such servlet the servlet context's attributes as properties, so the attribute
 * {@code jersey.config.server.provider.classnames} adds this feature to all of them (harmless where no refusal
 * passes). The starter's {@code /engine-rest} servlet is built from its own {@code ResourceConfig} and ignores it.
 */
public final class RefusalMessages implements Feature {

  @Override
  public boolean configure(FeatureContext context) {
    context.register(RestExceptions.class);
    context.register(EngineExceptions.class);
    return true;
  }

  /** What Camunda answers, with the refusal's words as the message and 400 (a refused start over /start got 500). */
  static Response answer(Throwable exception, RefusedInput refusal) {
    ExceptionDto dto = ExceptionHandlerHelper.getInstance().fromException(exception);
    dto.setMessage(refusal.reason());
    return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  static Optional<RefusedInput> refusalIn(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof RefusedInput refusal) {
        return Optional.of(refusal);
      }
    }
    return Optional.empty();
  }

  /**
   * Before Camunda's RestExceptionHandler (same exception type, higher priority), for the resources that wrap the
   * engine's exception: "Cannot submit task form ...", "Cannot instantiate process definition ...".
   */
  @Priority(Priorities.USER - 100)
  public static final class RestExceptions implements ExtendedExceptionMapper<RestException> {

    @Override
    public boolean isMappable(RestException exception) {
      return refusalIn(exception).isPresent();
    }

    @Override
    public Response toResponse(RestException exception) {
      return answer(exception, refusalIn(exception).orElseThrow());
    }
  }

  /** Before Camunda's ProcessEngineExceptionHandler, for the resources that let the engine's exception through. */
  @Priority(Priorities.USER - 100)
  public static final class EngineExceptions implements ExtendedExceptionMapper<ProcessEngineException> {

    @Override
    public boolean isMappable(ProcessEngineException exception) {
      return refusalIn(exception).isPresent();
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception, refusalIn(exception).orElseThrow());
    }
  }

  /** {@code /engine-rest}: the starter's application and this feature (the starter's own bean backs off). */
  public static class EngineRest extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
      register(RefusalMessages.class);
      register(EngineErrors.class);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    EngineRest engineRest() {
      return new EngineRest();
    }

    /** {@code /camunda/api/engine/...}, and the webapps' other JAX-RS applications. */
    @Bean
    ServletContextInitializer webappRefusalMessages() {
      return servletContext -> servletContext.setAttribute(ServerProperties.PROVIDER_CLASSNAMES,
          RefusalMessages.class.getName() + "," + EngineErrors.class.getName());
    }
  }
}
