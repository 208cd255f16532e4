package io.casedesk.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the Casedesk API into an RFC 9457 problem ({@code application/problem+json}).
 *
 * <ul>
 *   <li>400: bean-validation errors, unreadable or mistyped JSON, bad or missing request parameters, and
 *       {@link BadRequestException}; the property {@code errors} lists every offending field as
 *       {@code {"field": "systems[0].product", "message": "must not be blank"}} ({@link InvalidField}).</li>
 *   <li>403: Spring Security's {@link AccessDeniedException} (also {@link AuthorizationDeniedException} from
 *       {@code @PreAuthorize}), the engine's {@link org.camunda.bpm.engine.AuthorizationException}, and
 *       {@link ForbiddenException}.</li>
 *   <li>404: {@link NotFoundException}; 409: {@link ConflictException}.</li>
 *   <li>Spring MVC's own exceptions (405, 415, unknown path ...) keep their status, as problems; anything else is
 *       a 500 whose details go to the log, not to the client.</li>
 * </ul>
 *
 * <p>Titles, details and the fields' messages are written in the request's language ({@link ApiLanguage}): the
 * handler's own texts, and those of {@link WordedException}s and {@link InvalidField#worded} fields, by their codes
 * in {@code messages*.properties}; bean validation's messages arrive already in it. Field names stay as they are.
 *
 * <p>Extending {@link ResponseEntityExceptionHandler} replaces Spring Boot's own problem-details advice.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** Name of the problem property listing the offending fields. */
  public static final String ERRORS = "errors";

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", detail(e));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", detail(e));
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", detail(e));
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e, HttpServletRequest request) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", say("problem.groupsDoNotAllow",
        "Your groups do not allow {0} {1}", request.getMethod(), request.getRequestURI()));
  }

  @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
  ResponseEntity<ProblemDetail> engineAuthorization(org.camunda.bpm.engine.AuthorizationException e) {
    // the engine's message names the resources' ids, which may be another company's
    return problem(HttpStatus.FORBIDDEN, "Forbidden", EngineErrors.withoutIds(e));
  }

  @ExceptionHandler(BadRequestException.class)
  ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
    List<InvalidField> errors = worded(e.errors());
    ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, "Invalid request",
        e.detailNamesFields() ? detailOf(errors) : detail(e));
    response.getBody().setProperty(ERRORS, errors);
    return response;
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
    List<InvalidField> errors = e.getConstraintViolations().stream()
        .map(InvalidField::of)
        .toList();
    return invalid(sorted(errors));
  }

  /** Whatever nobody else handles: a 500 (or the status of {@code @ResponseStatus}), details only in the log. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
    if (declared != null) {
      String reason = declared.reason().isBlank() ? e.getMessage() : declared.reason();
      HttpStatus status = declared.code();
      if (status.is5xxServerError()) {
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
      }
      return problem(status, status.getReasonPhrase(), reason);
    }
    log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error", say("problem.internal",
        "The server could not complete the request; the details are in its log."));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<InvalidField> errors = new ArrayList<>();
    ex.getBindingResult().getFieldErrors().forEach(e -> errors.add(fieldError(e)));
    ex.getBindingResult().getGlobalErrors()
        .forEach(e -> errors.add(new InvalidField(e.getObjectName(), e.getDefaultMessage())));
    return handleExceptionInternal(ex, invalidBody(sorted(errors)), headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<InvalidField> errors = new ArrayList<>();
    for (ParameterValidationResult result : ex.getAllValidationResults()) {
      if (result instanceof ParameterErrors bean) {
        bean.getFieldErrors().forEach(e -> errors.add(fieldError(e)));
        bean.getGlobalErrors().forEach(e -> errors.add(new InvalidField(e.getObjectName(), e.getDefaultMessage())));
      } else {
        String name = result.getMethodParameter().getParameterName();
        for (MessageSourceResolvable error : result.getResolvableErrors()) {
          errors.add(new InvalidField(name, error.getDefaultMessage()));
        }
      }
    }
    return handleExceptionInternal(ex, invalidBody(sorted(errors)), headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail body = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    body.setTitle(title(HttpStatus.BAD_REQUEST, "Invalid request"));
    Throwable cause = ex.getCause();
    List<InvalidField> errors = new ArrayList<>();
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      InvalidField field = new InvalidField(jsonPath(mapping.getPath()), describe(mapping));
      errors.add(field);
      body.setDetail(detailOf(errors));
    } else if (cause instanceof JsonMappingException mapping) {
      body.setDetail(say("problem.body.unreadableBecause", "The request body could not be read: {0}",
          describe(mapping)));
    } else if (cause instanceof JsonProcessingException json) {
      JsonLocation at = json.getLocation();
      body.setDetail(at == null
          ? say("problem.body.notJson", "The request body is not valid JSON: {0}", json.getOriginalMessage())
          : say("problem.body.notJsonAt", "The request body is not valid JSON (line {0}, column {1}): {2}",
              String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()), json.getOriginalMessage()));
    } else if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
      body.setDetail(say("problem.body.missing", "The request body is missing"));
    } else {
      body.setDetail(say("problem.body.unreadable", "The request body could not be read"));
    }
    body.setProperty(ERRORS, errors);
    return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
        : ex.getPropertyName();
    String expected = expected(ex.getRequiredType());
    InvalidField field = new InvalidField(name, invalidValue(ex.getValue(), expected));
    ProblemDetail body = invalidBody(List.of(field));
    return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail body = invalidBody(List.of(new InvalidField(ex.getParameterName(),
        say("field.required", "is required"))));
    return handleExceptionInternal(ex, body, headers, status, request);
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String title, String detail) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setTitle(title(status, title));
    return ResponseEntity.status(status).body(body);
  }

  private ResponseEntity<ProblemDetail> invalid(List<InvalidField> errors) {
    return ResponseEntity.badRequest().body(invalidBody(errors));
  }

  private ProblemDetail invalidBody(List<InvalidField> errors) {
    List<InvalidField> worded = worded(errors);
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detailOf(worded));
    body.setTitle(title(HttpStatus.BAD_REQUEST, "Invalid request"));
    body.setProperty(ERRORS, worded);
    return body;
  }

  private InvalidField fieldError(FieldError error) {
    String message = error.getDefaultMessage();
    if (error.isBindingFailure() && error.getRejectedValue() != null) {
      message = invalidValue(error.getRejectedValue(), null);
    }
    return new InvalidField(error.getField(), message);
  }

  // --- the texts, in the request's language (ApiLanguage) ---

  /**
   * The text of {@code code} in the request's language; {@code english} (a MessageFormat pattern too) when the code
   * has no text.
   */
  private String say(String code, String english, Object... arguments) {
    MessageSource messages = getMessageSource();
    if (messages == null) {
      return java.text.MessageFormat.format(english, arguments);
    }
    return messages.getMessage(code, arguments, english, ApiLanguage.current());
  }

  private String title(HttpStatusCode status, String english) {
    return say("problem.title." + status.value(), english);
  }

  /** A worded exception's detail in the request's language, else its message as it is. */
  private String detail(WordedException e) {
    MessageSourceResolvable wording = e.wording();
    MessageSource messages = getMessageSource();
    if (wording == null || messages == null) {
      return e.getMessage();
    }
    return messages.getMessage(wording, ApiLanguage.current());
  }

  /** The fields with their worded messages written in the request's language. */
  private List<InvalidField> worded(List<InvalidField> errors) {
    MessageSource messages = getMessageSource();
    if (messages == null) {
      return errors;
    }
    return errors.stream().map(e -> e.wording() == null ? e
        : new InvalidField(e.field(), messages.getMessage(e.wording(), ApiLanguage.current()))).toList();
  }

  /** "Invalid field subject: must not be blank", or the names of several fields. */
  private String detailOf(List<InvalidField> errors) {
    if (errors.isEmpty()) {
      return say("problem.invalid", "The request is invalid");
    }
    if (errors.size() == 1) {
      return say("problem.invalidField", "Invalid field {0}: {1}", errors.get(0).field(), errors.get(0).message());
    }
    return say("problem.invalidFields", "Invalid fields: {0}",
        errors.stream().map(InvalidField::field).distinct().collect(Collectors.joining(", ")));
  }

  private String invalidValue(Object value, String expected) {
    return expected == null ? say("field.invalidValue", "invalid value ''{0}''", String.valueOf(value))
        : say("field.invalidValueExpected", "invalid value ''{0}''; expected {1}", String.valueOf(value), expected);
  }

  private static List<InvalidField> sorted(List<InvalidField> errors) {
    return errors.stream()
        .sorted(Comparator.comparing(InvalidField::field, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(InvalidField::message, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  /** {@code systems[0].product} from Jackson's path. */
  static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  private String describe(JsonMappingException e) {
    if (e instanceof InvalidFormatException format) {
      return invalidValue(format.getValue(), expected(format.getTargetType()));
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String expected = expected(mismatch.getTargetType());
      if (expected != null) {
        return say("field.expected", "expected {0}", expected);
      }
    }
    return e.getOriginalMessage();
  }

  private String expected(Class<?> type) {
    if (type == null) {
      return null;
    }
    if (type == LocalDate.class) {
      return say("expected.date", "a date like 2026-01-31");
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return say("expected.timestamp", "a timestamp like 2026-01-31T09:30:00Z");
    }
    if (type == Boolean.class || type == boolean.class) {
      return say("expected.boolean", "true or false");
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
      return say("expected.number", "a number");
    }
    if (type.isEnum()) {
      return say("expected.oneOf", "one of {0}", Arrays.stream(type.getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining(", ")));
    }
    if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
      return say("expected.text", "text");
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return say("expected.list", "a list");
    }
    return say("expected.object", "an object");
  }
}
