package io.casedesk.cases;

/** Tasklist sorts by the engine's task priority (0..100); a P1 case's tasks come first. */
final class TaskPriorities {

  private TaskPriorities() {}

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
