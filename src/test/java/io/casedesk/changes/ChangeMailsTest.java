package io.casedesk.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.notification.MailTemplates;
import io.casedesk.notification.NotificationKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The customer's mails of a change, in English and German: the approval request and the implementation report. */
class ChangeMailsTest {

  private final MailTemplates templates = new MailTemplates();

  private static Map<String, Object> approval() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("changeId", "CHG-2026-000007");
    data.put("subject", "Upgrade IOS on core-1");
    data.put("plan", "IOS 15.2(4)M7 to 15.2(4)M11");
    data.put("risk", "Ten minutes without routing");
    data.put("rollback", "Boot the previous image");
    data.put("windowStart", "2026-03-07T22:00:00Z");
    data.put("windowEnd", "2026-03-08T02:00:00Z");
    data.put("quoteReference", "QT-2026-0042");
    data.put("quotePrice", "EUR 1,200.00");
    return data;
  }

  @Test
  void theApprovalRequestShowsPlanWindowQuoteAndThePortalLink() {
    var mail = templates.render(NotificationKind.CHANGE_APPROVAL_REQUEST, "CHG-2026-000007", approval(), "en",
        "https://support.example/");
    assertThat(mail.subject()).isEqualTo("[CHG-2026-000007] Please approve the planned change: Upgrade IOS on core-1");
    assertThat(mail.text()).contains("approved the plan for change CHG-2026-000007",
        "What we will change: IOS 15.2(4)M7 to 15.2(4)M11", "Window: 2026-03-07 22:00 UTC to 2026-03-08 02:00 UTC",
        "Quote QT-2026-0042: EUR 1,200.00", "https://support.example/portal/#/changes/CHG-2026-000007");
    var german = templates.render(NotificationKind.CHANGE_APPROVAL_REQUEST, "CHG-2026-000007", approval(), "de", "");
    assertThat(german.subject()).isEqualTo(
        "[CHG-2026-000007] Bitte geben Sie die geplante \u00c4nderung frei: Upgrade IOS on core-1");
    assertThat(german.text()).contains("Zeitfenster: 2026-03-07 22:00 UTC bis 2026-03-08 02:00 UTC");
  }

  @Test
  void theReportSaysWhetherTheChangeWasCarriedOutOrRolledBack() {
    Map<String, Object> done = new LinkedHashMap<>(Map.of("subject", "Upgrade IOS on core-1",
        "report", "Upgraded at 22:07", "rolledBack", false));
    var mail = templates.render(NotificationKind.CHANGE_REPORT, "CHG-2026-000007", done, "en", "");
    assertThat(mail.subject()).isEqualTo("[CHG-2026-000007] Implementation report: Upgrade IOS on core-1");
    assertThat(mail.text()).contains("change CHG-2026-000007 was carried out in its window", "Upgraded at 22:07")
        .doesNotContain("rolled back");
    Map<String, Object> rolledBack = new LinkedHashMap<>(done);
    rolledBack.put("rolledBack", true);
    var german = templates.render(NotificationKind.CHANGE_REPORT, "CHG-2026-000007", rolledBack, "de", "");
    assertThat(german.subject()).isEqualTo("[CHG-2026-000007] Durchf\u00fchrungsbericht: Upgrade IOS on core-1");
    assertThat(german.text()).contains("zur\u00fcckgenommen", "Upgraded at 22:07");
    assertThat(german.html()).contains("lang=\"de\"", "Upgraded at 22:07");
  }
}
