package io.casedesk.contracts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may write to Casedesk by e-mail for a contract (tables {@code contract_contact} and
 * {@code contract_mail_domain}): single addresses, with the language to answer them in, and whole mail domains.
 * Addresses and domains are kept and compared in lower case.
 */
@Repository
public class MailSenders {

  /** A registered address; {@code language} (e.g. {@code de}) may be null. */
  public record Contact(@NotBlank @Email @Size(max = 320) String email,
      @Pattern(regexp = "[a-z]{2}(-[A-Za-z]{2})?", message = "must be a language tag such as en or de") String language) {}

  /** The senders of one contract; the body of {@code PUT /api/contracts/{id}/mail-senders}. */
  public record Senders(@NotNull @Valid List<Contact> contacts,
      @NotNull List<@NotBlank @Pattern(regexp = "[A-Za-z0-9.-]+\\.[A-Za-z]{2,}",
          message = "must be a mail domain such as example.com") String> domains) {}

  /** The contract a sender belongs to, and the language to answer in when known. */
  public record Match(String contractId, String company, String language) {}

  private final JdbcClient jdbc;

  public MailSenders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The contract of a sender address: a registered contact first, else the address's mail domain. When several
   * contracts register it, the one with the smallest id.
   */
  public Optional<Match> match(String address) {
    if (address == null || !address.contains("@")) {
      return Optional.empty();
    }
    String email = address.strip().toLowerCase(Locale.ROOT);
    Optional<Match> contact = jdbc.sql("""
            SELECT c.id, c.company, cc.language FROM contract_contact cc JOIN contract c ON c.id = cc.contract_id
            WHERE cc.email = :email ORDER BY c.id""")
        .param("email", email)
        .query((rs, n) -> new Match(rs.getString("id"), rs.getString("company"), rs.getString("language")))
        .list().stream().findFirst();
    if (contact.isPresent()) {
      return contact;
    }
    return jdbc.sql("""
            SELECT c.id, c.company FROM contract_mail_domain d JOIN contract c ON c.id = d.contract_id
            WHERE d.domain = :domain ORDER BY c.id""")
        .param("domain", email.substring(email.lastIndexOf('@') + 1))
        .query((rs, n) -> new Match(rs.getString("id"), rs.getString("company"), null))
        .list().stream().findFirst();
  }

  /** The language registered for an address, if any. */
  public Optional<String> languageOf(String address) {
    if (address == null) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT language FROM contract_contact WHERE email = :email AND language IS NOT NULL"
            + " ORDER BY contract_id")
        .param("email", address.strip().toLowerCase(Locale.ROOT))
        .query(String.class).list().stream().findFirst();
  }

  public Senders of(String contractId) {
    List<Contact> contacts = jdbc.sql("SELECT email, language FROM contract_contact WHERE contract_id = :id ORDER BY email")
        .param("id", contractId)
        .query((rs, n) -> new Contact(rs.getString("email"), rs.getString("language"))).list();
    List<String> domains = jdbc.sql("SELECT domain FROM contract_mail_domain WHERE contract_id = :id ORDER BY domain")
        .param("id", contractId).query(String.class).list();
    return new Senders(contacts, domains);
  }

  /** Replaces the contract's contacts and domains. */
  @Transactional
  public void replace(String contractId, Senders senders) {
    jdbc.sql("DELETE FROM contract_contact WHERE contract_id = :id").param("id", contractId).update();
    jdbc.sql("DELETE FROM contract_mail_domain WHERE contract_id = :id").param("id", contractId).update();
    senders.contacts().stream().map(c -> new Contact(c.email().strip().toLowerCase(Locale.ROOT), c.language()))
        .distinct()
        .forEach(c -> jdbc.sql("INSERT INTO contract_contact (contract_id, email, language) VALUES (:id, :email, :language)")
            .param("id", contractId).param("email", c.email()).param("language", c.language()).update());
    senders.domains().stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).distinct()
        .forEach(d -> jdbc.sql("INSERT INTO contract_mail_domain (contract_id, domain) VALUES (:id, :domain)")
            .param("id", contractId).param("domain", d).update());
  }

  /** Registers the domain for the contract unless it is there already. */
  public void addDomain(String contractId, String domain) {
    String lower = domain.strip().toLowerCase(Locale.ROOT);
    if (!of(contractId).domains().contains(lower)) {
      jdbc.sql("INSERT INTO contract_mail_domain (contract_id, domain) VALUES (:id, :domain)")
          .param("id", contractId).param("domain", lower).update();
    }
  }

  /** Registers or updates one contact of the contract. */
  @Transactional
  public void putContact(String contractId, String email, String language) {
    String lower = email.strip().toLowerCase(Locale.ROOT);
    int updated = jdbc.sql("UPDATE contract_contact SET language = :language WHERE contract_id = :id AND email = :email")
        .param("id", contractId).param("email", lower).param("language", language).update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO contract_contact (contract_id, email, language) VALUES (:id, :email, :language)")
          .param("id", contractId).param("email", lower).param("language", language).update();
    }
  }
}
