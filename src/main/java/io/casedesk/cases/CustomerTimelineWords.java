package io.casedesk.cases;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The customer's timeline in the customer's language. The timeline keeps each event as it was written, in English,
 * and its audit chain covers that text, so nothing stored changes: an event is translated when it is read. Each
 * customer-visible kind has the sentences its writers make, as codes {@code timeline.<KIND>[.<variant>]} of
 * {@code messages*.properties}; the English sentence is read back into its parts (a case number, a priority, what
 * someone wrote), which fill the same sentence in the reader's language. Parts that are words of Casedesk (a channel,
 * a queue, a group, a role, a complaint class) are translated too ({@code timeline.word.<word>}); what people wrote
 * never is. A detail that matches none of its kind's sentences is shown as written.
 *
 * <p>English readers get the details as {@link CustomerTimeline} makes them.
 */
@Component
public class CustomerTimelineWords {

  /** A sentence of a kind: its code and which of its parts are Casedesk's words. */
  record Sentence(String code, Set<Integer> words) {}

  /** Per kind its sentences, the more specific before the more general. */
  static final Map<CaseEventKind, List<Sentence>> SENTENCES = new EnumMap<>(CaseEventKind.class);

  static {
    sentences(CaseEventKind.OPENED, "", 0);
    sentences(CaseEventKind.NO_CONTRACT, "notYetValid", "expired", "noProduct", "notRegistered", "none", "unknown");
    sentences(CaseEventKind.TRIAGE_DELAYED, "");
    sentences(CaseEventKind.TRIAGED, "", 1);
    sentences(CaseEventKind.PRIORITY_CONFIRMED, "priority", "");
    sentences(CaseEventKind.PRIORITY_CHANGED, "priorities", "");
    sentences(CaseEventKind.ASSIGNED, "engineer", "to", 0);
    sentences(CaseEventKind.UNASSIGNED, "queue", "by", 0);
    sentences(CaseEventKind.SLA_PAUSED, "confirmation", "customer");
    sentences(CaseEventKind.SLA_RESUMED, "");
    sentences(CaseEventKind.ESCALATED, "", 1);
    sentences(CaseEventKind.RMA_REQUESTED, "");
    sentences(CaseEventKind.RMA_FINISHED, "completedSerial", "completed", "quoted", "cancelledNote", "cancelled", "");
    sentences(CaseEventKind.VENDOR_CASE_OPENED, "");
    sentences(CaseEventKind.CLOSURE_REJECTED, "supplement");
    sentences(CaseEventKind.CLOSURE_REMINDER_SENT, "");
    sentences(CaseEventKind.CLOSED, "noAnswer", "accepted");
    sentences(CaseEventKind.REOPENED, "");
    sentences(CaseEventKind.FOLLOW_UP_CASE_OPENED, "");
    sentences(CaseEventKind.ACTION_PLAN_PUBLISHED, "");
    sentences(CaseEventKind.SURVEY_ANSWERED, "comment", "");
    sentences(CaseEventKind.COMPLAINT_RECEIVED, "class", 1, "");
    sentences(CaseEventKind.RED_FLAG_DECLARED, "criteria", "by", 1);
    sentences(CaseEventKind.RED_FLAG_STATUS_UPDATE, "underWay", "progress");
    sentences(CaseEventKind.RED_FLAG_RESTORED, "");
    sentences(CaseEventKind.RED_FLAG_CLOSED, "");
    sentences(CaseEventKind.RMA_OPENED, "");
    sentences(CaseEventKind.RMA_CANCELLED, "note", "");
    sentences(CaseEventKind.RMA_REQUEST_FILED, "", 4);
    sentences(CaseEventKind.RMA_NOT_COVERED, "noWarranty", "warrantyEnded");
    sentences(CaseEventKind.RMA_QUOTE_SENT, "note", "");
    sentences(CaseEventKind.RMA_PART_ISSUED, "serial", "");
    sentences(CaseEventKind.RMA_VENDOR_REQUESTED, "refill", "waiting");
    sentences(CaseEventKind.RMA_PART_RECEIVED, "");
    sentences(CaseEventKind.RMA_PART_REPLACED, "note", "");
    sentences(CaseEventKind.RMA_PART_RETURNED, "note", "");
    sentences(CaseEventKind.ATTACHMENT_REJECTED, "");
  }

  /**
   * Adds sentences to a kind: variant names ("" for the kind's code alone), each optionally followed by the indexes
   * of its parts that are Casedesk's words.
   */
  private static void sentences(CaseEventKind kind, Object... variantsAndWords) {
    List<Sentence> list = SENTENCES.computeIfAbsent(kind, k -> new ArrayList<>());
    for (int i = 0; i < variantsAndWords.length; i++) {
      String variant = (String) variantsAndWords[i];
      Set<Integer> words = new java.util.HashSet<>();
      while (i + 1 < variantsAndWords.length && variantsAndWords[i + 1] instanceof Integer index) {
        words.add(index);
        i++;
      }
      list.add(new Sentence("timeline." + kind.name() + (variant.isEmpty() ? "" : "." + variant), Set.copyOf(words)));
    }
  }

  private static final int MAX_PARTS = 10;
  private static final String MARK = "\u0000";

  private final MessageSource messages;
  private final Map<String, Pattern> english = new ConcurrentHashMap<>();

  public CustomerTimelineWords(MessageSource messages) {
    this.messages = messages;
  }

  /** The events with their details and actors in {@code locale}; English ones as they are. */
  public List<Timeline.CaseEvent> in(List<Timeline.CaseEvent> events, Locale locale) {
    if (locale == null || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
      return events;
    }
    return events.stream().map(e -> new Timeline.CaseEvent(e.at(), word(e.actor(), locale), e.kind(),
        detail(e.kind(), e.detail(), locale))).toList();
  }

  /** The detail in {@code locale}: the first of the kind's sentences it is, written again; else as it is. */
  String detail(CaseEventKind kind, String detail, Locale locale) {
    if (detail == null) {
      return null;
    }
    for (Sentence sentence : SENTENCES.getOrDefault(kind, List.of())) {
      Matcher parts = englishPattern(sentence.code()).matcher(detail);
      if (parts.matches()) {
        Object[] arguments = new Object[parts.groupCount()];
        for (int i = 0; i < arguments.length; i++) {
          String part = parts.group(i + 1);
          arguments[i] = sentence.words().contains(i) ? word(part, locale) : part;
        }
        return arguments.length == 0 ? messages.getMessage(sentence.code(), null, locale)
            : messages.getMessage(sentence.code(), arguments, locale);
      }
    }
    return detail;
  }

  /** Casedesk's word ("web", "operational-problems", "Engineer") in {@code locale}; other text as it is. */
  String word(String text, Locale locale) {
    if (text == null || text.isBlank() || locale == null || locale.getLanguage().equals("en")) {
      return text;
    }
    return messages.getMessage("timeline.word." + text, null, text, locale);
  }

  /**
   * The English sentence of a code as a pattern of its parts: written with a mark for each argument (a sentence
   * without arguments as it is, as the message source returns it), the text between the marks taken literally.
   */
  private Pattern englishPattern(String code) {
    return english.computeIfAbsent(code, c -> {
      String plain;
      try {
        plain = messages.getMessage(c, null, Locale.ENGLISH);
      } catch (NoSuchMessageException missing) {
        return Pattern.compile("(?!)"); // no sentence: matches nothing
      }
      if (!plain.contains("{")) {
        return Pattern.compile(Pattern.quote(plain), Pattern.DOTALL);
      }
      Object[] marks = new Object[MAX_PARTS];
      for (int i = 0; i < MAX_PARTS; i++) {
        marks[i] = MARK + i + MARK;
      }
      String marked = messages.getMessage(c, marks, Locale.ENGLISH);
      StringBuilder regex = new StringBuilder();
      Matcher mark = Pattern.compile(MARK + "(\\d)" + MARK).matcher(marked);
      List<Integer> order = new ArrayList<>();
      int from = 0;
      while (mark.find()) {
        regex.append(Pattern.quote(marked.substring(from, mark.start()))).append("(.*?)");
        order.add(Integer.parseInt(mark.group(1)));
        from = mark.end();
      }
      regex.append(Pattern.quote(marked.substring(from)));
      if (!order.equals(java.util.stream.IntStream.range(0, order.size()).boxed().toList())) {
        throw new IllegalStateException("The English sentence of " + c + " must name its parts in order: " + plain);
      }
      return Pattern.compile(regex.toString(), Pattern.DOTALL);
    });
  }
}
