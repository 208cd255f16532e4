package io.casedesk.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Text no field can hold is refused with 400 before anything reads the request: the NUL character (PostgreSQL
 * cannot store it, so a case subject with one answered 500 after half the work was done), the other C0 control
 * characters except tab, line feed and carriage return, lone surrogates, and the non-characters U+FFFE and U+FFFF.
 *
 * <p>Checked: the path's segments, the query and form parameters (names and values), and every name and string of
 * a JSON body, which covers the variables of the engine REST's {@code submit-form} and {@code start}. The answer is
 * an RFC 9457 problem like the API's other 400s, naming the field ({@code description}, {@code
 * variables.comment.value}, {@code systems[0].product}, a parameter's name, an API path variable's name such as
 * {@code caseNumber}, or else {@code path}); on the engine REST it
 * also carries {@code message}, which Tasklist and Cockpit show.
 */
public class UnusableCharacters extends OncePerRequestFilter {

  /** JSON bodies larger than this are passed on unchecked (none of Casedesk's is near it). */
  static final int MAX_CHECKED_BODY = 4 * 1024 * 1024;

  private static final JsonFactory JSON = new ObjectMapper().getFactory();
  private static final ObjectMapper PROBLEMS = new ObjectMapper();

  /** Index of the first character no field may hold, or -1. */
  public static int firstUnusable(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return i;
      }
      if (c == '\uFFFE' || c == '\uFFFF') {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** What is wrong with {@code text}, or empty when it holds nothing unusable. */
  public static Optional<String> problemWith(CharSequence text) {
    int at = firstUnusable(text);
    if (at < 0) {
      return Optional.empty();
    }
    return Optional.of(String.format("must not contain the character U+%04X (position %d)", (int) text.charAt(at),
        at + 1));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<InvalidField> invalid = inPath(request).or(() -> inParameters(request));
    if (invalid.isPresent()) {
      refuse(request, response, invalid.get());
      return;
    }
    if (isJson(request)) {
      // read whole, as Jackson would: the endpoint gets all of it, checked or not
      byte[] body = request.getInputStream().readAllBytes();
      if (body.length <= MAX_CHECKED_BODY) {
        Optional<InvalidField> inBody = inJson(body);
        if (inBody.isPresent()) {
          refuse(request, response, inBody.get());
          return;
        }
      }
      chain.doFilter(new BodyReadAgain(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static Optional<InvalidField> inPath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return Optional.empty(); // PathVariables names the path variable
    }
    for (String segment : path.split("/")) {
      String decoded = percentDecoded(segment);
      Optional<String> problem = problemWith(decoded);
      if (problem.isPresent()) {
        return Optional.of(new InvalidField("path", problem.get() + " (segment '" + visible(decoded) + "')"));
      }
    }
    return Optional.empty();
  }

  private static Optional<InvalidField> inParameters(HttpServletRequest request) {
    // the query's parameters always; the body's only when it is a form (reading them consumes it, as Spring and
    // Jersey expect of a form)
    Map<String, String[]> parameters;
    if (isForm(request)) {
      parameters = request.getParameterMap();
    } else {
      parameters = queryParameters(request.getQueryString());
    }
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      Optional<String> inName = problemWith(parameter.getKey());
      if (inName.isPresent()) {
        return Optional.of(new InvalidField(visible(parameter.getKey()), "the parameter's name " + inName.get()));
      }
      for (String value : parameter.getValue()) {
        Optional<String> problem = value == null ? Optional.empty() : problemWith(value);
        if (problem.isPresent()) {
          return Optional.of(new InvalidField(parameter.getKey(), problem.get()));
        }
      }
    }
    return Optional.empty();
  }

  static Optional<InvalidField> inJson(byte[] body) {
    try (JsonParser parser = JSON.createParser(body)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          Optional<String> problem = problemWith(parser.currentName());
          if (problem.isPresent()) {
            return Optional.of(new InvalidField(jsonPath(parser), "the name " + problem.get()));
          }
        } else if (token == JsonToken.VALUE_STRING) {
          Optional<String> problem = problemWith(parser.getText());
          if (problem.isPresent()) {
            return Optional.of(new InvalidField(jsonPath(parser), problem.get()));
          }
        }
      }
    } catch (IOException notJson) {
      // the endpoint says what is wrong with it
    }
    return Optional.empty();
  }

  /** {@code variables.comment.value} or {@code systems[0].product}, from Jackson's parsing context. */
  private static String jsonPath(JsonParser parser) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
        context = context.getParent()) {
      if (context.inArray()) {
        path.insert(0, "[" + Math.max(context.getCurrentIndex(), 0) + "]");
      } else if (context.getCurrentName() != null) {
        path.insert(0, "." + visible(context.getCurrentName()));
      }
    }
    if (path.isEmpty()) {
      return "body";
    }
    return path.charAt(0) == '.' ? path.substring(1) : path.toString();
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase().contains("json");
  }

  private static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
  }

  private static Map<String, String[]> queryParameters(String query) {
    Map<String, String[]> parameters = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return parameters;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = formDecoded(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : formDecoded(pair.substring(eq + 1));
      parameters.merge(name, new String[] {value}, (a, b) -> {
        String[] both = java.util.Arrays.copyOf(a, a.length + 1);
        both[a.length] = b[0];
        return both;
      });
    }
    return parameters;
  }

  private static String formDecoded(String text) {
    return percentDecoded(text.replace('+', ' '));
  }

  /** Percent-decoded as UTF-8; malformed escapes are left as they are (the endpoint refuses them if it must). */
  static String percentDecoded(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()
          && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
        bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
        i += 2;
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(raw, 0, raw.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The text as it may be shown in an answer: unusable characters as {@code \\uXXXX}. */
  static String visible(String text) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (problemWith(String.valueOf(c)).isPresent() && !(Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1)))) {
        shown.append(String.format("\\u%04X", (int) c));
      } else {
        shown.append(c);
      }
    }
    return shown.toString();
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, InvalidField field)
      throws IOException {
    String detail = "Invalid field " + field.field() + ": " + field.message();
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "Invalid request");
    problem.put("status", 400);
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    problem.put(ApiExceptionHandler.ERRORS, List.of(field));
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
      problem.put("message", detail); // what Tasklist and Cockpit show of an engine REST error
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    PROBLEMS.writeValue(response.getOutputStream(), problem);
  }


  /** The API's path variables, by name ({@code caseNumber}), before the controller sees them. */
  static final class PathVariables implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
      if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
        for (Map.Entry<?, ?> variable : variables.entrySet()) {
          Optional<String> problem = problemWith(String.valueOf(variable.getValue()));
          if (problem.isPresent()) {
            throw new BadRequestException(String.valueOf(variable.getKey()), problem.get());
          }
        }
      }
      return true;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
      registry.addInterceptor(new PathVariables()).addPathPatterns("/api/**");
    }

    /** Before Spring Security and the webapps' filters: nothing after it sees such a request. */
    @Bean
    FilterRegistrationBean<UnusableCharacters> unusableCharacters() {
      var registration = new FilterRegistrationBean<>(new UnusableCharacters());
      registration.setName("casedesk-unusable-characters");
      registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 2);
      return registration;
    }
  }
}
