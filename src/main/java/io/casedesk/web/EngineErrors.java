package io.casedesk.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.server.ParamException;

/**
 * What an error of the engine REST may tell the caller, in both engine REST applications ({@code /engine-rest} and
 * the webapps' {@code /camunda/api/...}; registered next to {@code io.casedesk.forms.RefusalMessages}): never SQL,
 * a stack trace, nor an id the caller did not give.
 *
 * <ul>
 *   <li>403: the permissions and resource types that were missing, without the resources' ids (Camunda names the
 *       process instance, task or deployment, which may be another company's).</li>
 *   <li>5xx: the request's fault when it is one (a variable filter on an object value, ordering by an object
 *       variable or by an unknown variable type, a variable whose serializer does not exist or that asks for Java
 *       serialization, a File variable without its file name, an invalid user or group id, a value longer than its
 *       column) becomes 400 naming the field; one naming something that does not exist ("Cannot find task with id ...") becomes 404; any other
 *       becomes "the details are in the server's log" (Camunda logs it there).</li>
 *   <li>any other status: Camunda's message, unless it carries SQL or a stack trace (then a sentence of its own),
 *       with every id that is not in the request's URI replaced by {@code <id>}.</li>
 *   <li>a query parameter of the wrong type ({@code maxResults=abc}) is 400 naming it, where Jersey said 404.</li>
 * </ul>
 */
public final class EngineErrors implements Feature {

  static final String SERVER_ERROR = "The server could not complete the request; the details are in its log.";

  private static final Pattern ID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private static final Pattern SQL_OR_STACK = Pattern.compile(
      // MyBatis' "### SQL: select ...", the drivers' and MyBatis' class names, a stack trace's lines
      "###|\\bSQL\\b|SQLState|PSQLException|JdbcSQL|org\\.h2\\.|org\\.postgresql|org\\.apache\\.ibatis|"
          + "\\n\\s*at [a-zA-Z_$][\\w$.]*\\(|Exception:|\\.java:\\d+");

  /** Engine errors that answer 500 although what the request names does not exist: 404 with Camunda's words. */
  private static final Pattern NOT_FOUND = Pattern.compile(
      "Cannot find (task|process instance|execution|process definition|deployment|job)\\b|\\bdoes not exist\\b");

  /** Engine errors that answer 500 although the request is at fault: message start, field, what to say. */
  private static final List<String[]> BAD_INPUT = List.of(
      new String[] {"Object values cannot be used to query", "variables",
          "a variable filter compares text, numbers, dates or booleans, not objects or lists"},
      new String[] {"Cannot order by variables of type object", "sorting.parameters.type",
          "cannot order by an object variable"},
      new String[] {"valueType is null", "sorting.parameters.type",
          "must be a variable type such as String, Integer, Long, Double, Boolean or Date"},
      new String[] {"Cannot find serializer for value", "valueInfo",
          "names a serialization data format this server does not have"},
      new String[] {"Java serialization format is prohibited", "valueInfo.serializationDataFormat",
          "Java serialization is not accepted"},
      new String[] {"Cannot create file without valueInfo", "valueInfo.filename",
          "a File variable needs valueInfo with its filename"},
      new String[] {"has an invalid id", "id",
          "must be letters, digits and the characters the identity service allows (no spaces)"});

  /** Camunda's error code for a value longer than its column ({@code BuiltinExceptionCode.COLUMN_SIZE_TOO_SMALL}). */
  private static final int VALUE_TOO_LONG = 10002;

  @Override
  public boolean configure(FeatureContext context) {
    context.register(Scrub.class);
    context.register(ParameterTypes.class);
    return true;
  }

  /** The sentence of a refused engine call without resource ids: "READ on ProcessInstance or READ_INSTANCE on ...". */
  public static String withoutIds(AuthorizationException e) {
    List<MissingAuthorization> missing = e.getMissingAuthorizations();
    String what = missing == null || missing.isEmpty() ? "the permission this needs"
        : missing.stream().map(m -> m.getViolatedPermissionName() + " on " + m.getResourceType())
            .distinct().collect(Collectors.joining(" or "));
    return "The user " + e.getUserId() + " lacks " + what + ".";
  }

  /** Camunda's message without ids that are not in {@code given}, or a sentence of its own if it shows SQL. */
  static String cleaned(String message, int status, String given) {
    if (message == null) {
      return null;
    }
    if (SQL_OR_STACK.matcher(message).find()) {
      return status >= 500 ? SERVER_ERROR : "The request could not be carried out.";
    }
    Matcher ids = ID.matcher(message);
    StringBuilder out = new StringBuilder();
    while (ids.find()) {
      ids.appendReplacement(out, given != null && given.contains(ids.group()) ? ids.group() : "<id>");
    }
    ids.appendTail(out);
    return out.toString();
  }

  /** After Camunda's and Casedesk's exception mappers: rewrites what their answers say. */
  @Priority(Priorities.USER)
  public static final class Scrub implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (!(response.getEntity() instanceof ExceptionDto dto)) {
        return;
      }
      int status = response.getStatus();
      String given = request.getUriInfo().getRequestUri().toString();
      if (dto instanceof AuthorizationExceptionDto authorization) {
        ExceptionDto plain = new ExceptionDto();
        plain.setType(dto.getType());
        plain.setCode(dto.getCode());
        plain.setMessage(withoutIds(authorization));
        response.setEntity(plain, null, MediaType.APPLICATION_JSON_TYPE);
        return;
      }
      if (status >= 500) {
        for (String[] badInput : BAD_INPUT) {
          if (dto.getMessage() != null && dto.getMessage().contains(badInput[0])) {
            response.setStatus(Response.Status.BAD_REQUEST.getStatusCode());
            response.setEntity(invalid(request.getUriInfo().getRequestUri().getRawPath(), badInput[1], badInput[2]), null,
                MediaType.valueOf("application/problem+json"));
            return;
          }
        }
        if (dto.getMessage() != null && NOT_FOUND.matcher(dto.getMessage()).find()) {
          response.setStatus(Response.Status.NOT_FOUND.getStatusCode());
          dto.setMessage(cleaned(dto.getMessage(), Response.Status.NOT_FOUND.getStatusCode(), given));
          return;
        }
        if (dto.getCode() != null && dto.getCode() == VALUE_TOO_LONG) {
          response.setStatus(Response.Status.BAD_REQUEST.getStatusCode());
          response.setEntity(invalid(request.getUriInfo().getRequestUri().getRawPath(), "body",
              "a value is longer than the engine stores (ids and names at most 255 characters, texts 4000)"), null,
              MediaType.valueOf("application/problem+json"));
          return;
        }
        dto.setMessage(SERVER_ERROR);
        return;
      }
      dto.setMessage(cleaned(dto.getMessage(), status, given));
    }

    private static String withoutIds(AuthorizationExceptionDto dto) {
      List<String> missing = dto.getMissingAuthorizations() == null ? List.of()
          : dto.getMissingAuthorizations().stream()
              .map(m -> m.getPermissionName() + " on " + m.getResourceName()).distinct().toList();
      return "The user " + dto.getUserId() + " lacks "
          + (missing.isEmpty() ? "the permission this needs" : String.join(" or ", missing)) + ".";
    }
  }

  /** A query parameter Jersey cannot convert ({@code maxResults=abc}): 400 naming it, not Jersey's 404. */
  @Priority(Priorities.USER - 100)
  public static final class ParameterTypes implements ExceptionMapper<ParamException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ParamException exception) {
      String name = exception.getParameterName();
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(invalid(uri == null ? null : uri.getRequestUri().getRawPath(), name,
              "invalid value; expected " + expected(exception)))
          .type("application/problem+json").build();
    }

    private static String expected(ParamException exception) {
      String message = exception.getCause() == null ? null : exception.getCause().getClass().getSimpleName();
      return message != null && message.startsWith("NumberFormat") ? "a number" : "a value of the parameter's type";
    }
  }

  /**
   * A 400 that is both an RFC 9457 problem and what Camunda's clients read ({@code type}, {@code message}).
   */
  static Map<String, Object> invalid(String instance, String field, String message) {
    String detail = "Invalid field " + field + ": " + message;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("title", "Invalid request");
    body.put("status", 400);
    body.put("detail", detail);
    body.put("message", detail);
    if (instance != null) {
      body.put("instance", instance);
    }
    body.put(ApiExceptionHandler.ERRORS, List.of(Map.of("field", field, "message", message)));
    return body;
  }
}
