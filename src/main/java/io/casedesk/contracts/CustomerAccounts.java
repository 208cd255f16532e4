package io.casedesk.contracts;

import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Which company a customer user belongs to (table {@code customer_account}). */
@Service
public class CustomerAccounts {

  private final JdbcClient jdbc;

  public CustomerAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The company the user is linked to; empty when the user is not linked (or null). */
  public Optional<String> companyOf(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT company FROM customer_account WHERE user_id = :userId")
        .param("userId", userId)
        .query(String.class)
        .optional();
  }

  /**
   * Links the user to the company, replacing an earlier link. Not transactional on purpose: on PostgreSQL a
   * failed insert would abort the transaction, and a concurrent first link is answered by updating it.
   */
  public void link(String userId, String company) {
    if (userId == null || userId.isBlank() || company == null || company.isBlank()) {
      throw new IllegalArgumentException("A user id and a company are required");
    }
    String trimmed = company.strip();
    if (update(userId, trimmed) > 0) {
      return;
    }
    try {
      jdbc.sql("INSERT INTO customer_account (user_id, company) VALUES (:userId, :company)")
          .param("userId", userId)
          .param("company", trimmed)
          .update();
    } catch (DuplicateKeyException linkedMeanwhile) {
      update(userId, trimmed);
    }
  }

  private int update(String userId, String company) {
    return jdbc.sql("UPDATE customer_account SET company = :company WHERE user_id = :userId")
        .param("userId", userId)
        .param("company", company)
        .update();
  }
}
