package io.casedesk.cases;

import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the priorities mean beyond the decision tables that set them: Tasklist sorts by the engine's task priority
 * (0..100), a P1 case's tasks first; P1 and P2 cases are hot (the duty manager hears of them at once, the shift
 * hand-off lists them first). The diagrams ask the same rule as {@code ${priorities.hot(priority)}}.
 */
@Component("priorities")
public class TaskPriorities {

  private static final Set<String> HOT = Set.of("P1", "P2");

  public static boolean isHot(String casePriority) {
    return casePriority != null && HOT.contains(casePriority);
  }

  /** {@link #isHot} for the diagrams' expressions. */
  public boolean hot(String casePriority) {
    return isHot(casePriority);
  }

  static int of(String casePriority) {
    if (casePriority == null) {
      return 50;
    }
    return switch (casePriority) {
      case "P1" -> 100;
      case "P2" -> 75;
      case "P3" -> 50;
      default -> 25;
    };
  }
}
