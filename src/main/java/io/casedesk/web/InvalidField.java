package io.casedesk.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * One entry of the {@code errors} list of a 400 problem: the offending field as a path into the request
 * ({@code company}, {@code systems[0].product}, or a request parameter's name) and what is wrong with it. The field
 * stays the machine's name in every language; the message is either fixed English text or, made by
 * {@link #worded}, a code of {@code messages*.properties} that {@link ApiExceptionHandler} writes in the request's
 * language (the wording is not part of the JSON).
 */
public record InvalidField(String field, String message, @JsonIgnore MessageSourceResolvable wording) {

  public InvalidField(String field, String message) {
    this(field, message, null);
  }

  /** A message in the request's language: {@code worded("files", "attachment.empty", fileName)}. */
  public static InvalidField worded(String field, String code, Object... arguments) {
    return new InvalidField(field, code, WordedException.words(code, arguments));
  }

  /** The field a bean-validation violation names, as a path into the validated object. */
  public static InvalidField of(ConstraintViolation<?> violation) {
    return new InvalidField(pathOf(violation.getPropertyPath()), violation.getMessage());
  }

  /**
   * {@code systems[0].product} from a validation path; a method's name is left out, so a violation of method
   * validation starts with the parameter's name.
   */
  static String pathOf(Path path) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
          || node.getKind() == ElementKind.BEAN) {
        continue;
      }
      // a node in an iterable carries the index of the container the node before it named
      Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
      if (position != null && !names.isEmpty()) {
        int last = names.size() - 1;
        names.set(last, names.get(last) + "[" + position + "]");
      }
      if (node.getName() != null && !node.getName().isEmpty() && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        names.add(node.getName());
      }
    }
    return String.join(".", names);
  }
}
