package io.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.web.ApiLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The customer's timeline read in German: the details as the steps write them (and as {@link CustomerTimeline} shows
 * them to customers) become German sentences with their parts kept, Casedesk's words translated and what people wrote
 * left as written; English readers get them as they are; a detail of no known sentence stays as written. Every
 * sentence has its German words.
 */
class CustomerTimelineWordsTest {

  static final Locale DE = Locale.GERMAN;

  final CustomerTimelineWords words = new CustomerTimelineWords(new ApiLanguage().messageSource());

  String de(CaseEventKind kind, String detail) {
    return words.detail(kind, detail, DE);
  }

  @Test
  void theStepsSentencesReadInGermanWithTheirParts() {
    assertThat(de(CaseEventKind.OPENED, "Opened by %s: %s".formatted("web", "Router: all sites down")))
        .isEqualTo("Eröffnet über Web: Router: all sites down");
    assertThat(de(CaseEventKind.TRIAGED, "Priority %s, queue %s; first response due %s, resolution due %s"
        .formatted("P1", "operational-problems", "2026-03-02T09:15:00Z", "2026-03-02T13:00:00Z")))
        .isEqualTo("Priorität P1, Warteschlange Betriebsprobleme; erste Antwort fällig 2026-03-02T09:15:00Z, "
            + "Lösung fällig 2026-03-02T13:00:00Z");
    assertThat(de(CaseEventKind.TRIAGE_DELAYED, RegisterCaseDelegate.TRIAGE_DELAYED))
        .startsWith("Wir haben Ihren Fall registriert");
    assertThat(de(CaseEventKind.NO_CONTRACT, "Contract CT-9 expired on 2026-01-31"))
        .isEqualTo("Vertrag CT-9 ist am 2026-01-31 abgelaufen");
    assertThat(de(CaseEventKind.PRIORITY_CONFIRMED, "Priority P1 confirmed on the phone"))
        .isEqualTo("Priorität P1 am Telefon bestätigt");
    assertThat(de(CaseEventKind.PRIORITY_CHANGED, "Priority changed from P1 to P2 after our call"))
        .isEqualTo("Priorität nach unserem Anruf von P1 auf P2 geändert");
    assertThat(de(CaseEventKind.ASSIGNED, CustomerTimeline.ASSIGNED_TO + "Demo Engineer"))
        .isEqualTo("Zugewiesen an Demo Engineer");
    assertThat(de(CaseEventKind.ASSIGNED, CustomerTimeline.ASSIGNED_TO + "Engineer"))
        .as("a role is a word").isEqualTo("Zugewiesen an Techniker");
    assertThat(de(CaseEventKind.UNASSIGNED, "Demo Engineer" + CustomerTimeline.GAVE_BACK))
        .isEqualTo("Demo Engineer hat den Fall an die Warteschlange zurückgegeben");
    assertThat(de(CaseEventKind.SLA_PAUSED, "Waiting for the customer's confirmation"))
        .isEqualTo("Wartet auf Ihre Bestätigung");
    assertThat(de(CaseEventKind.SLA_PAUSED, "Waiting for the customer")).isEqualTo("Wartet auf Ihre Antwort");
    assertThat(de(CaseEventKind.SLA_RESUMED, "Resolution due 2026-03-02T13:00:00Z"))
        .isEqualTo("Lösung fällig 2026-03-02T13:00:00Z");
    assertThat(de(CaseEventKind.ESCALATED, "Level %d: %s notified".formatted(2, "supervisors")))
        .isEqualTo("Stufe 2: Teamleitung benachrichtigt");
    assertThat(de(CaseEventKind.CLOSED, "Closed: solution accepted")).isEqualTo("Abgeschlossen: Lösung angenommen");
    assertThat(de(CaseEventKind.SURVEY_ANSWERED, "Score 5: Quick and clear."))
        .isEqualTo("Bewertung 5: Quick and clear.");
    assertThat(de(CaseEventKind.SURVEY_ANSWERED, "Score 4")).isEqualTo("Bewertung 4");
    assertThat(de(CaseEventKind.COMPLAINT_RECEIVED, "Complaint CP-2026-000001 (response-time)"))
        .isEqualTo("Beschwerde CP-2026-000001 (Reaktionszeit)");
    assertThat(de(CaseEventKind.RED_FLAG_DECLARED, "Red flag RF-1" + CustomerTimeline.DECLARED_BY
        + "Support staff")).isEqualTo("Notfall RF-1 ausgerufen von Support-Team");
    assertThat(de(CaseEventKind.RMA_REQUEST_FILED, "RMA-1: part %s for faulty serial %s at %s, covered by %s; "
        .formatted("PSU-1", "SN-7", "Budapest", "warranty") + "waiting for the customer's confirmation"))
        .isEqualTo("RMA-1: Teil PSU-1 für das defekte Gerät mit Seriennummer SN-7 am Standort Budapest, abgedeckt "
            + "durch Garantie; wartet auf Ihre Bestätigung");
    assertThat(de(CaseEventKind.RMA_PART_REPLACED, "RMA-1: part replaced; waiting for the customer's confirmation"))
        .isEqualTo("RMA-1: Teil ersetzt; wartet auf Ihre Bestätigung");
    assertThat(de(CaseEventKind.RMA_FINISHED, "RMA-1 completed: part PSU-1 replaced by serial SN-8"))
        .isEqualTo("RMA-1 erledigt: Teil PSU-1 ersetzt durch Seriennummer SN-8");
    assertThat(de(CaseEventKind.ACTION_PLAN_PUBLISHED, "2 action(s)")).isEqualTo("2 Maßnahme(n)");
  }

  @Test
  void whatPeopleWroteStaysAsWritten() {
    assertThat(de(CaseEventKind.CUSTOMER_MESSAGE, "Firmware 7.1.3 on all routers.")).isEqualTo(
        "Firmware 7.1.3 on all routers.");
    assertThat(de(CaseEventKind.INFORMATION_REQUESTED, "Which firmware?")).isEqualTo("Which firmware?");
    assertThat(de(CaseEventKind.CLOSURE_REJECTED, "Still down")).isEqualTo("Still down");
    assertThat(de(CaseEventKind.OPENED, "Opened in some other way")).as("no known sentence")
        .isEqualTo("Opened in some other way");
    assertThat(words.detail(CaseEventKind.CLOSED, null, DE)).isNull();
  }

  @Test
  void englishReadersGetTheDetailsAsTheyAre() {
    var events = List.of(new Timeline.CaseEvent(java.time.Instant.EPOCH, "Engineer", CaseEventKind.OPENED,
        "Opened by web: x"));
    assertThat(words.in(events, Locale.ENGLISH)).isEqualTo(events);
    assertThat(words.in(events, DE)).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo("Techniker");
      assertThat(e.detail()).isEqualTo("Eröffnet über Web: x");
    });
  }

  @Test
  void everySentenceHasEnglishAndGermanWords() throws IOException {
    Properties english = load("messages.properties");
    Properties german = load("messages_de.properties");
    for (var sentences : CustomerTimelineWords.SENTENCES.values()) {
      for (var sentence : sentences) {
        assertThat(english).as("English of " + sentence.code()).containsKey(sentence.code());
        assertThat(german).as("German of " + sentence.code()).containsKey(sentence.code());
      }
    }
    assertThat(german.stringPropertyNames()).as("every English text has German words")
        .containsAll(english.stringPropertyNames());
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = CustomerTimelineWordsTest.class.getClassLoader().getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
