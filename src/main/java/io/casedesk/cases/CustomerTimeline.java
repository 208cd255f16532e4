package io.casedesk.cases;

import io.casedesk.security.PersonNames;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timeline as a customer reads it. The timeline itself keeps who did what by user id and every note, as
 * written, for staff and auditors (its hash chain covers them); the customer's copy is made when they read:
 *
 * <ul>
 *   <li>internal kinds ({@link CaseEventKind#isInternal()}) are left out;
 *   <li>people are named, never by user id: the actor and the people a detail names ("Assigned to Demo engineer")
 *       read as the user's first and last name, or their role when the user has none ({@link PersonNames});
 *   <li>notes written for the desk are left out of the kinds that carry them: the hotline's note for the engineer
 *       on a priority call, the engineer's note when reporting a hardware fault.
 * </ul>
 *
 * <p>The writers build these details with the constants below, so the two stay in step.
 */
public final class CustomerTimeline {

  public static final String ASSIGNED_TO = "Assigned to ";
  public static final String GAVE_BACK = " gave the case back to the queue";
  public static final String CONFIRMED = "Customer confirmed ";
  public static final String AFTER_CALL = " after calling the customer";
  public static final String DECLARED_BY = " declared by ";
  public static final String RMA_OPENED_FOR = " for: ";

  private static final Pattern PRIORITY_CONFIRMED = Pattern.compile(Pattern.quote(CONFIRMED) + "(\\S+?)(:.*)?",
      Pattern.DOTALL);
  private static final Pattern PRIORITY_CHANGED = Pattern.compile("(\\S+) -> (\\S+)" + Pattern.quote(AFTER_CALL)
      + ".*", Pattern.DOTALL);

  private CustomerTimeline() {}

  public static List<Timeline.CaseEvent> of(List<Timeline.CaseEvent> events, PersonNames.Lookup names) {
    return events.stream()
        .filter(e -> !e.kind().isInternal())
        .map(e -> new Timeline.CaseEvent(e.at(), names.actor(e.actor()), e.kind(), detail(e, names)))
        .toList();
  }

  /** The detail of a shown event as the customer reads it. */
  static String detail(Timeline.CaseEvent event, PersonNames.Lookup names) {
    String detail = event.detail();
    if (detail == null) {
      return null;
    }
    return switch (event.kind()) {
      case ASSIGNED -> detail.startsWith(ASSIGNED_TO)
          ? ASSIGNED_TO + names.actor(detail.substring(ASSIGNED_TO.length()))
          : "Assigned to an engineer";
      case UNASSIGNED -> detail.endsWith(GAVE_BACK)
          ? names.actor(detail.substring(0, detail.length() - GAVE_BACK.length())) + GAVE_BACK
          : "Back in the queue";
      case PRIORITY_CONFIRMED -> {
        Matcher m = PRIORITY_CONFIRMED.matcher(detail);
        yield m.matches() ? "Priority " + m.group(1) + " confirmed on the phone" : "Priority confirmed on the phone";
      }
      case PRIORITY_CHANGED -> {
        Matcher m = PRIORITY_CHANGED.matcher(detail);
        yield m.matches() ? "Priority changed from %s to %s after our call".formatted(m.group(1), m.group(2))
            : "Priority changed after our call";
      }
      case RED_FLAG_DECLARED -> {
        int by = detail.lastIndexOf(DECLARED_BY);
        yield by < 0 ? detail : detail.substring(0, by + DECLARED_BY.length())
            + names.actor(detail.substring(by + DECLARED_BY.length()));
      }
      // the engineer's note ("Details" of "Work the case") stays internal unless it is a question or a solution
      case RMA_REQUESTED -> "Hardware fault: a spare-part replacement (RMA) is being prepared";
      case RMA_OPENED -> {
        int forFault = detail.indexOf(RMA_OPENED_FOR);
        yield forFault < 0 ? detail : detail.substring(0, forFault);
      }
      default -> detail;
    };
  }
}
