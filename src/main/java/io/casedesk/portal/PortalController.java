package io.casedesk.portal;

import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.Timeline;
import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.contracts.MailSenders;
import io.casedesk.forms.DeployedDecisionInputs;
import io.casedesk.mail.MailProperties;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.BadRequestException;
import io.casedesk.web.InvalidField;
import io.casedesk.web.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the customer portal's pages need beside the Casedesk API: the session's CSRF token, who is logged in, the
 * choices of the case form as the decision tables name them, and the user's own password. Everything about cases
 * goes through the Casedesk API ({@code /api/cases...}) with the portal's login.
 */
@RestController
@RequestMapping("/portal/api")
public class PortalController {

  static final int MIN_PASSWORD_LENGTH = 10;

  private final IdentityService identityService;
  private final CustomerAccounts accounts;
  private final DeployedDecisionInputs decisionInputs;
  private final MailProperties mail;
  private final CaseAccess caseAccess;
  private final Timeline timeline;
  private final MailSenders mailSenders;

  public PortalController(IdentityService identityService, CustomerAccounts accounts,
      DeployedDecisionInputs decisionInputs, MailProperties mail, CaseAccess caseAccess, Timeline timeline,
      MailSenders mailSenders) {
    this.mailSenders = mailSenders;
    this.identityService = identityService;
    this.accounts = accounts;
    this.decisionInputs = decisionInputs;
    this.mail = mail;
    this.caseAccess = caseAccess;
    this.timeline = timeline;
  }

  /** At most this many cases per question: a page of the portal's list. */
  static final int MAX_LAST_CHANGES = 50;

  /**
   * When each of the given cases (the lines of a page of the list) last changed as the customer sees it. Cases the
   * user may not read are left out, as are unknown ones, so the answer tells nothing of other companies.
   */
  @GetMapping("/last-changes")
  public Map<String, Instant> lastChanges(@RequestParam("cases") List<String> caseNumbers, CurrentUser user) {
    if (caseNumbers.size() > MAX_LAST_CHANGES) {
      throw new BadRequestException(List.of(InvalidField.worded("cases", "portal.lastChanges.tooMany",
          String.valueOf(MAX_LAST_CHANGES))));
    }
    List<String> readable = caseNumbers.stream().distinct().filter(n -> {
      try {
        caseAccess.readable(n, user);
        return true;
      } catch (NotFoundException notTheirs) {
        return false;
      }
    }).toList();
    return new TreeMap<>(timeline.lastCustomerVisibleChange(readable));
  }

  public record Csrf(String headerName, String token) {}

  /**
   * Who is logged in; {@code language} is the one the desk's e-mails to the user's address are written in (a contact
   * of a contract registered with a language, {@link MailSenders}), null (left out) when none is: the portal starts
   * in it when the browser keeps no choice of its own.
   */
  public record Me(String userId, String firstName, String lastName, String email, String company, Csrf csrf,
      String language) {}

  /** The case form's choices, and the largest file it takes (bytes), as for e-mail attachments. */
  public record Choices(List<String> categories, List<String> impacts, List<String> urgencies, long maxFileSize) {}

  public record PasswordChange(String currentPassword, String newPassword, String repeatPassword) {}

  /** The token the login form (and every later change) sends; asking for it starts the session. */
  @GetMapping("/csrf")
  public Csrf csrf(CsrfToken token) {
    return new Csrf(token.getHeaderName(), token.getToken());
  }

  @GetMapping("/me")
  public Me me(CurrentUser user, CsrfToken token) {
    User profile = identityService.createUserQuery().userId(user.userId()).singleResult();
    String email = profile == null ? null : profile.getEmail();
    String language = mailSenders.languageOf(email)
        .map(tag -> Locale.forLanguageTag(tag).getLanguage()).filter(tag -> !tag.isEmpty()).orElse(null);
    return new Me(user.userId(), profile == null ? null : profile.getFirstName(),
        profile == null ? null : profile.getLastName(), email,
        accounts.companyOf(user.userId()).orElse(null), new Csrf(token.getHeaderName(), token.getToken()), language);
  }

  /**
   * The words the case form offers: those the decision tables {@code case-routing} and {@code case-priority} use;
   * and the size limit of a file.
   */
  @GetMapping("/choices")
  public Choices choices() {
    return new Choices(decisionInputs.allowedValues("case-routing", "category"),
        decisionInputs.allowedValues("case-priority", "impact"),
        decisionInputs.allowedValues("case-priority", "urgency"), mail.maxAttachmentSize().toBytes());
  }

  /**
   * Changes the user's own password after checking the current one (a wrong one counts as a failed login for the
   * address, {@code LoginThrottle}). 204, or 400 naming each field that is wrong.
   */
  @PostMapping("/password")
  public ResponseEntity<Void> changePassword(@RequestBody PasswordChange change, CurrentUser user) {
    List<InvalidField> errors = new ArrayList<>();
    String current = change.currentPassword();
    String next = change.newPassword();
    if (current == null || current.isEmpty()) {
      errors.add(InvalidField.worded("currentPassword", "password.current.missing"));
    } else if (!identityService.checkPassword(user.userId(), current)) {
      errors.add(InvalidField.worded("currentPassword", "password.current.wrong"));
    }
    if (next == null || next.isBlank()) {
      errors.add(InvalidField.worded("newPassword", "password.new.missing"));
    } else if (next.length() < MIN_PASSWORD_LENGTH) {
      errors.add(InvalidField.worded("newPassword", "password.new.tooShort", MIN_PASSWORD_LENGTH));
    } else if (!next.strip().equals(next)) {
      errors.add(InvalidField.worded("newPassword", "password.new.space"));
    } else if (next.toLowerCase(Locale.ROOT).contains(user.userId().toLowerCase(Locale.ROOT))) {
      errors.add(InvalidField.worded("newPassword", "password.new.userName"));
    } else if (next.equals(current)) {
      errors.add(InvalidField.worded("newPassword", "password.new.same"));
    } else if (next.chars().distinct().count() < 5) {
      errors.add(InvalidField.worded("newPassword", "password.new.fewCharacters", 5));
    }
    if (next != null && !next.isBlank() && !next.equals(change.repeatPassword())) {
      errors.add(InvalidField.worded("repeatPassword", "password.repeat.differs"));
    }
    if (!errors.isEmpty()) {
      throw new BadRequestException(errors);
    }
    User profile = identityService.createUserQuery().userId(user.userId()).singleResult();
    profile.setPassword(next);
    identityService.saveUser(profile);
    return ResponseEntity.noContent().build();
  }
}
