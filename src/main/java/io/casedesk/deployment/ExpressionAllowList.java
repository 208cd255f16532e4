package io.casedesk.deployment;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.util.ClassUtils;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What a JUEL expression in a diagram deployed by someone who is not an administrator may do: read process
 * variables (and their properties), compare and compute with them, and call the methods of the beans Casedesk
 * publishes for diagrams ({@link DiagramBeans}) and of what those return.
 *
 * <p>Methods may be called only on published beans, on what their methods return, and on a business rule task's
 * {@code decisionResult} ({@code ${decisionResult.getSingleResult().queue}}); process variables are read, not called.
 *
 * <p>The expression is parsed with the engine's own JUEL parser and every node of the tree is checked, so spelling,
 * brackets or string concatenation cannot hide a call: what is not on the list is refused. Refused are the engine's
 * objects ({@code execution}, {@code task}, ...) except {@code execution} handed as is to a published bean's method
 * and {@code execution.getVariable('name')}; every bean that is not published; functions other than
 * {@code now()}/{@code dateTime()}; property or method names computed at run time ({@code x['get' + 'Class']});
 * and any member whose name reaches into Java ({@code class}, {@code getClass}, {@code forName}, class loaders,
 * reflection, {@code Runtime}, the engine and its services, Spring contexts).
 */
final class ExpressionAllowList {

  /** Names the engine resolves to its own objects before variables and beans. */
  private static final Set<String> ENGINE_OBJECTS = Set.of(
      "execution", "task", "caseExecution", "externalTask", "variableScope", "processEngine",
      "processEngineServices", "processEngineConfiguration", "applicationContext");

  private static final Set<String> FUNCTIONS = Set.of("now", "dateTime");

  /**
   * Words of member names (split at camel case, so {@code escalateToEngineerAfter} is data but {@code getClass},
   * {@code getProcessEngineServices} and {@code getRUNTIME} are not) that lead out of the data into Java, the engine
   * or the server.
   */
  private static final Set<String> FORBIDDEN_WORDS = Set.of(
      "class", "classes", "forname", "loader", "classloader", "instance", "newinstance", "invoke", "method", "methods",
      "constructor", "constructors", "field", "fields", "reflect", "reflection", "runtime", "exec", "process",
      "engine", "engines", "service", "services", "context", "bean", "beans", "environment", "system", "thread",
      "proxy", "module", "unsafe", "script", "command", "session", "configuration", "delegate", "parent", "identity",
      "authorization", "authorizations", "repository", "spin", "serializable", "resource", "resources", "socket",
      "lookup", "annotation", "annotations", "declaring", "declared", "package", "security", "factory", "wait",
      "notify", "notifyall");

  private final Predicate<String> isBean;
  private final Function<String, Class<?>> beanType;

  /**
   * @param isBean whether a name is a bean of the server (published or not)
   * @param beanType a bean's class (a proxy's included), to find the methods it publishes
   */
  ExpressionAllowList(Predicate<String> isBean, Function<String, Class<?>> beanType) {
    this.isBean = isBean;
    this.beanType = beanType;
  }

  /** Why the expression may not be deployed by an analyst, or empty where it may. */
  Optional<String> whyNot(String expression) {
    if (!expression.contains("${") && !expression.contains("#{")) {
      return Optional.empty();
    }
    Node root;
    try {
      root = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(expression).getRoot();
    } catch (TreeBuilderException e) {
      return Optional.of("the expression " + expression + " does not parse: " + e.getMessage());
    }
    try {
      check(root);
      return Optional.empty();
    } catch (Refused refused) {
      return Optional.of(refused.getMessage() + " in " + expression);
    }
  }

  /** Whether the delegate expression is exactly one published bean, as in {@code ${registerCase}}. */
  Optional<String> whyNotDelegate(String expression) {
    String name = expression.trim();
    if ((name.startsWith("${") || name.startsWith("#{")) && name.endsWith("}")) {
      name = name.substring(2, name.length() - 1).trim();
    }
    if (name.matches("[A-Za-z_][A-Za-z0-9_]*") && DiagramBeans.isPublished(name)) {
      return Optional.empty();
    }
    return Optional.of("a delegate or listener must be one of the beans Casedesk publishes for diagrams, written as "
        + "${beanName}; " + expression + " is not");
  }

  private void check(Node node) {
    if (node instanceof AstIdentifier identifier) {
      checkVariable(identifier.getName());
    } else if (node instanceof AstMethod method) {
      checkMethod(method);
    } else if (node instanceof AstProperty property) {
      checkMember(memberName(property), "a property");
      if (property.getChild(0) instanceof AstIdentifier bean && DiagramBeans.isPublished(bean.getName())) {
        throw new Refused("'" + bean.getName() + "' is published for its methods, not its properties");
      }
      check(property.getChild(0));
    } else if (node instanceof AstFunction function) {
      if (!FUNCTIONS.contains(function.getName())) {
        throw new Refused("the function " + function.getName() + "() is not one analysts may use (only "
            + String.join("(), ", FUNCTIONS) + "())");
      }
      children(function);
    } else {
      children(node);
    }
  }

  private void children(Node node) {
    for (int i = 0; i < node.getCardinality(); i++) {
      check(node.getChild(i));
    }
  }

  private void checkVariable(String name) {
    if (ENGINE_OBJECTS.contains(name)) {
      throw new Refused("'" + name + "' is the engine's own object, which analysts' diagrams may not use");
    }
    if (isBean.test(name) && !DiagramBeans.isPublished(name)) {
      throw new Refused("'" + name + "' is a bean of the server that Casedesk does not publish for diagrams");
    }
  }

  private void checkMethod(AstMethod method) {
    AstProperty target = (AstProperty) method.getChild(0);
    AstParameters parameters = (AstParameters) method.getChild(1);
    String name = memberName(target);
    Node prefix = target.getChild(0);
    if (prefix instanceof AstIdentifier identifier && DiagramBeans.isPublished(identifier.getName())
        && !ENGINE_OBJECTS.contains(identifier.getName())) {
      checkMember(name, "a method");
      if (!declares(identifier.getName(), name)) {
        throw new Refused("'" + identifier.getName() + "' has no method " + name + "() of its own (only the methods "
            + "its class declares are published, not those of Object or of a proxy)");
      }
      // a published bean's method may be handed the execution itself, as ${slaClock.dueAfter(execution, x)}
      for (int i = 0; i < parameters.getCardinality(); i++) {
        Node argument = parameters.getChild(i);
        if (!(argument instanceof AstIdentifier id && id.getName().equals("execution"))) {
          check(argument);
        }
      }
      return;
    }
    if (prefix instanceof AstIdentifier identifier && identifier.getName().equals("execution")
        && name.equals("getVariable") && parameters.getCardinality() == 1
        && parameters.getChild(0) instanceof AstString) {
      return;
    }
    if (!isCalledOnPublishedResult(prefix)) {
      throw new Refused("the method " + name + "() is called on something else than a bean Casedesk publishes for "
          + "diagrams (or what its methods and a business rule task's decisionResult return)");
    }
    checkMember(name, "a method");
    check(prefix);
    children(parameters);
  }

  private boolean declares(String bean, String method) {
    Class<?> type = beanType.apply(bean);
    if (type == null) {
      return false;
    }
    Class<?> userClass = ClassUtils.getUserClass(type);
    return Arrays.stream(userClass.getMethods())
        .filter(candidate -> candidate.getDeclaringClass() != Object.class)
        .anyMatch(candidate -> candidate.getName().equals(method));
  }

  /** Whether the target is what a published bean's method (or the business rule task's decisionResult) returned. */
  private static boolean isCalledOnPublishedResult(Node target) {
    if (target instanceof AstMethod method) {
      Node prefix = method.getChild(0).getChild(0);
      return prefix instanceof AstIdentifier identifier
          ? DiagramBeans.isPublished(identifier.getName()) || identifier.getName().equals("decisionResult")
          : isCalledOnPublishedResult(prefix);
    }
    return target instanceof AstIdentifier identifier && identifier.getName().equals("decisionResult");
  }

  private static void checkMember(String name, String what) {
    for (String word : name.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[_$0-9]+")) {
      if (FORBIDDEN_WORDS.contains(word.toLowerCase(Locale.ROOT))
          || FORBIDDEN_WORDS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new Refused(what + " named '" + name + "' reaches beyond process data, which analysts' diagrams may "
            + "not do");
      }
    }
  }

  /** The member a property node names: written out after a dot, or a literal in brackets; nothing computed. */
  private static String memberName(AstProperty property) {
    if (property instanceof AstDot dot) {
      return (String) read(AstDot.class, "property", dot);
    }
    if (property instanceof AstBracket bracket) {
      Node key = bracket.getChild(1);
      if (key instanceof AstString || key instanceof AstNumber) {
        return String.valueOf(((AstNode) key).eval(null, null));
      }
      throw new Refused("a property or method name computed at run time (" + bracket + ")");
    }
    throw new Refused("an unknown kind of property " + property);
  }

  private static Object read(Class<?> type, String fieldName, Object target) {
    try {
      Field field = type.getDeclaredField(fieldName);
      field.setAccessible(true);
      return field.get(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("JUEL's tree changed: " + type.getName() + "." + fieldName, e);
    }
  }

  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }
}
