package io.casedesk.security;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every endpoint the engine REST and the webapps' APIs offer, read from their JAX-RS resources: the engine REST's
 * root ({@code DefaultProcessEngineRestServiceImpl}, whose sub-resource locators lead to every resource), and the
 * root resources of the webapps' applications, under the application's name as {@link EngineApiPolicy} writes
 * them. A resource Camunda adds in a new version shows up here, and {@code EngineApiPolicyCoverageTest} then
 * asks for a rule.
 */
final class EngineApiEndpoints {

  record Endpoint(String method, String template) implements Comparable<Endpoint> {

    /** The template with a sample value in each variable ({@code /task/{id}/claim} -> {@code /task/no-such-id/claim}). */
    String samplePath() {
      return template.replaceAll("\\{[^}]+}", "no-such-id");
    }

    @Override
    public int compareTo(Endpoint other) {
      return (template + " " + method).compareTo(other.template + " " + other.method);
    }

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  private static final List<Class<? extends Annotation>> METHODS =
      List.of(GET.class, POST.class, PUT.class, DELETE.class, HEAD.class, OPTIONS.class, PATCH.class);

  /** Root resources of the webapps' JAX-RS applications (camunda-webapp 7.24), by application. */
  private static final Map<String, List<String>> WEBAPP_ROOTS = Map.of(
      "/admin", List.of("org.camunda.bpm.admin.impl.web.SetupResource",
          "org.camunda.bpm.admin.impl.plugin.resources.AdminPluginsRootResource",
          "org.camunda.bpm.webapp.impl.security.auth.UserAuthenticationResource"),
      "/cockpit", List.of("org.camunda.bpm.cockpit.impl.plugin.resources.CockpitPluginsRootResource",
          "org.camunda.bpm.cockpit.impl.plugin.resources.BaseRootResource"),
      "/tasklist", List.of("org.camunda.bpm.tasklist.impl.plugin.resources.TasklistPluginsRootResource"),
      "/welcome", List.of("org.camunda.bpm.welcome.impl.plugin.resources.WelcomePluginsRootResource"));

  static Set<Endpoint> engineRest() {
    Set<Endpoint> endpoints = new TreeSet<>();
    walk(load("org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl"), "", 0, endpoints);
    // the list of engines (the named engines' own resources are the default engine's, under /engine/{name})
    endpoints.add(new Endpoint("GET", "/engine"));
    return endpoints;
  }

  static Set<Endpoint> webapps() {
    Set<Endpoint> endpoints = new TreeSet<>();
    WEBAPP_ROOTS.forEach((app, roots) -> roots.forEach(root -> {
      Class<?> type = load(root);
      Path path = path(type);
      walk(type, app + (path == null ? "" : "/" + path.value()), 0, endpoints);
    }));
    return endpoints;
  }

  static Set<Endpoint> all() {
    Set<Endpoint> all = new TreeSet<>(engineRest());
    all.addAll(webapps());
    return all;
  }

  private static void walk(Class<?> type, String prefix, int depth, Set<Endpoint> into) {
    if (depth > 8) {
      throw new IllegalStateException("resources nested too deep at " + prefix);
    }
    for (Method method : type.getMethods()) {
      Path path = annotation(method, Path.class);
      String full = normalize(prefix + (path == null ? "" : "/" + path.value()));
      String http = httpMethod(method);
      if (http != null) {
        into.add(new Endpoint(http, full));
      } else if (path != null) {
        walk(method.getReturnType(), full, depth + 1, into);
      }
    }
  }

  private static String normalize(String path) {
    String p = path.replaceAll("/+", "/").replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static String httpMethod(Method method) {
    for (Class<? extends Annotation> http : METHODS) {
      if (annotation(method, http) != null) {
        return http.getSimpleName();
      }
    }
    return null;
  }

  /** An annotation on the method or on the method it implements (Camunda annotates the interfaces). */
  private static <T extends Annotation> T annotation(Method method, Class<T> type) {
    T found = method.getAnnotation(type);
    if (found != null) {
      return found;
    }
    for (Class<?> c = method.getDeclaringClass(); c != null; c = c.getSuperclass()) {
      for (Class<?> api : c.getInterfaces()) {
        try {
          found = api.getMethod(method.getName(), method.getParameterTypes()).getAnnotation(type);
          if (found != null) {
            return found;
          }
        } catch (NoSuchMethodException notThere) {
          // next
        }
      }
    }
    return null;
  }

  private static Path path(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getAnnotation(Path.class) != null) {
        return c.getAnnotation(Path.class);
      }
      for (Class<?> api : c.getInterfaces()) {
        if (api.getAnnotation(Path.class) != null) {
          return api.getAnnotation(Path.class);
        }
      }
    }
    return null;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Camunda moved " + name + ": update EngineApiEndpoints", e);
    }
  }

  private EngineApiEndpoints() {}
}
