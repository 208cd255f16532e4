package io.casedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  /** Data as the process steps give it, with every field some template reads. */
  private static Map<String, Object> data() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("caseNumber", "CS-2026-000042");
    data.put("subject", "Core router drops packets");
    data.put("customerName", "Ada Lovelace");
    data.put("priority", "P2");
    data.put("queue", "operational-problems");
    data.put("firstResponseDue", "2026-03-02T10:00:00Z");
    data.put("resolutionDue", "2026-03-02T17:00:00Z");
    data.put("reason", "Contract CT-1 expired on 2025-12-31");
    data.put("level", 2);
    data.put("question", "Which firmware runs on the router?");
    data.put("vendor", "Acme Networks");
    data.put("vendorCaseNumber", "ACME-77");
    data.put("solution", "Upgrade the firmware to 7.2");
    data.put("surveyPath", "/portal/#/cases/CS-2026-000042/survey");
    data.put("closedWithoutAnswer", false);
    data.put("text", "It happened again at 14:00");
    data.put("actions", List.of(Map.of("owner", "Bob", "action", "Replace the line card")));
    data.put("sender", "someone@unknown.example");
    data.put("files", List.of("dump.bin (12.0 MB)"));
    data.put("limit", "10.0 MB");
    data.put("size", "30.0 MB");
    return data;
  }

  @ParameterizedTest
  @EnumSource(NotificationKind.class)
  void everyKindRendersInEnglishAndGerman(NotificationKind kind) {
    for (String language : List.of("en", "de")) {
      MailTemplates.RenderedMail mail = templates.render(kind, "CS-2026-000042", data(), language, "https://support.example/");
      assertThat(mail.subject()).as(kind + " " + language).startsWith("[CS-2026-000042] ").doesNotContain("null", "??");
      assertThat(mail.text()).as(kind + " " + language).contains("CS-2026-000042").doesNotContain("??", "[(", " th:", "[# th");
      assertThat(mail.html()).as(kind + " " + language).contains("<html").contains("CS-2026-000042").doesNotContain("??", " th:");
    }
  }

  @Test
  void acknowledgementInEnglish() {
    MailTemplates.RenderedMail mail = templates.render(NotificationKind.ACKNOWLEDGEMENT, "CS-2026-000042", data(), "en",
        "https://support.example");
    assertThat(mail.subject()).isEqualTo("[CS-2026-000042] Your case has been opened: Core router drops packets");
    assertThat(mail.text()).startsWith("Dear Ada Lovelace,")
        .contains("opened case CS-2026-000042", "Priority: P2", "2026-03-02 10:00 UTC", "reply to this e-mail");
    assertThat(mail.html()).contains("<p>Dear Ada Lovelace,</p>", "lang=\"en\"");
  }

  @Test
  void acknowledgementInGerman() {
    MailTemplates.RenderedMail mail = templates.render(NotificationKind.ACKNOWLEDGEMENT, "CS-2026-000042", data(), "de",
        "https://support.example");
    assertThat(mail.subject()).isEqualTo("[CS-2026-000042] Ihr Fall wurde er\u00f6ffnet: Core router drops packets");
    assertThat(mail.text()).startsWith("Guten Tag Ada Lovelace,").contains("Priorit\u00e4t: P2", "Mit freundlichen Gr\u00fc\u00dfen");
  }

  @Test
  void anUnknownLanguageGetsEnglish() {
    assertThat(templates.render(NotificationKind.CLOSURE_REQUEST, "CS-2026-000042", data(), "fr", "").subject())
        .isEqualTo("[CS-2026-000042] Proposed solution: Core router drops packets");
  }

  @Test
  void surveyInvitationLinksToTheSurveyOnTheCasesPortalPage() {
    for (String language : List.of("en", "de")) {
      MailTemplates.RenderedMail mail = templates.render(NotificationKind.SURVEY_INVITATION, "CS-2026-000042", data(),
          language, "https://support.example/");
      assertThat(mail.text()).contains("https://support.example/portal/#/cases/CS-2026-000042/survey")
          .doesNotContain("/api/");
      assertThat(mail.html()).contains("https://support.example/portal/#/cases/CS-2026-000042/survey")
          .doesNotContain("/api/");
    }
  }

  @ParameterizedTest
  @EnumSource(value = NotificationKind.class, names = {"CLOSURE_REQUEST", "CLOSURE_REMINDER"})
  void closureMailsLinkToTheSolutionOnTheCasesPortalPage(NotificationKind kind) {
    for (String language : List.of("en", "de")) {
      MailTemplates.RenderedMail mail = templates.render(kind, "CS-2026-000042", data(), language,
          "https://support.example/");
      assertThat(mail.text()).as(kind + " " + language)
          .contains("https://support.example/portal/#/cases/CS-2026-000042/closure").doesNotContain("/api/");
      assertThat(mail.html()).as(kind + " " + language)
          .contains("https://support.example/portal/#/cases/CS-2026-000042/closure").doesNotContain("/api/");
    }
  }

  @Test
  void noMailToACustomerLinksToTheApi() {
    for (NotificationKind kind : NotificationKind.values()) {
      for (String language : List.of("en", "de")) {
        MailTemplates.RenderedMail mail = templates.render(kind, "CS-2026-000042", data(), language,
            "https://support.example/");
        assertThat(mail.text()).as(kind + " " + language).doesNotContain("https://support.example/api/");
        assertThat(mail.html()).as(kind + " " + language).doesNotContain("https://support.example/api/");
      }
    }
  }

  @Test
  void htmlEscapesWhatCustomersWrote() {
    Map<String, Object> data = data();
    data.put("text", "<script>alert(1)</script>");
    assertThat(templates.render(NotificationKind.AGENT_MESSAGE, "CS-2026-000042", data, "en", "").html())
        .doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void monthlyReportListsTheCasesAndTheFigures() {
    Map<String, Object> data = new LinkedHashMap<>(Map.of("subject", "2026-05", "month", "2026-05",
        "company", "Acme", "reportId", "1234", "opened", 2, "closed", 1, "rmasOpened", 0, "rmasCompleted", 0,
        "complaintsReceived", 1, "complaintsClosed", 0));
    data.put("firstResponsePercent", 50.0);
    data.put("cases", List.of(Map.of("caseNumber", "CS-2026-000007", "priority", "P1", "status", "CLOSED",
        "subject", "<b>Router</b>")));
    data.put("moreCases", 3);
    MailTemplates.RenderedMail mail = templates.render(NotificationKind.MONTHLY_CUSTOMER_REPORT, null, data, "en",
        "https://support.example/");
    assertThat(mail.subject()).isEqualTo("Monthly support report 2026-05");
    assertThat(mail.text()).contains("support report of Acme for 2026-05", "Cases opened: 2, closed: 1",
        "First response within SLA: 50.0 %", "Resolution within SLA: -", "- CS-2026-000007 P1 CLOSED: <b>Router</b>",
        "... and 3 more.", "in the customer portal: https://support.example/portal/#/reports/1234");
    assertThat(mail.html()).contains("CS-2026-000007", "&lt;b&gt;Router").doesNotContain("<b>Router");
    assertThat(templates.render(NotificationKind.MONTHLY_CUSTOMER_REPORT, null, data, "de", "").subject())
        .isEqualTo("Monatlicher Support-Bericht 2026-05");
  }

  @Test
  void aMailWithoutCaseHasNoCaseNumberInItsSubject() {
    Map<String, Object> data = new LinkedHashMap<>(Map.of("subject", "Help", "sender", "x@unknown.example"));
    MailTemplates.RenderedMail mail = templates.render(NotificationKind.MAIL_UNKNOWN_SENDER, null, data, "en", "");
    assertThat(mail.subject()).isEqualTo("Re: Help");
    assertThat(mail.text()).contains("x@unknown.example", "have not opened a case");
  }

  @Test
  void aKindWithoutTemplatesGetsTheGenericOneListingItsData() {
    assertThat(templates.hasOwnTemplate(NotificationKind.ACKNOWLEDGEMENT)).isTrue();
    // every kind falls back the same way; render the generic template directly through a kind's data
    Map<String, Object> data = new LinkedHashMap<>(Map.of("rmaNumber", "RMA-7", "subject", "Broken PSU"));
    String text = templates.render(NotificationKind.ACKNOWLEDGEMENT, "CS-2026-000001", data, "en", "").text();
    assertThat(text).contains("CS-2026-000001");
    assertThat(MailTemplates.humanize("RMA_UPDATE")).isEqualTo("Rma update");
    assertThat(MailTemplates.humanize("vendorCaseNumber")).isEqualTo("Vendor case number");
  }

}
