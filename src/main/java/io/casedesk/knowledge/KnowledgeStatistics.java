package io.casedesk.knowledge;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts {@link KnowledgeStats} for the case report: period {@code [from, to)}, one customer or all. */
@Component
public class KnowledgeStatistics {

  private final JdbcClient jdbc;

  public KnowledgeStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public KnowledgeStats of(Instant from, Instant to, String customer) {
    Timestamp f = Timestamp.from(from);
    Timestamp t = Timestamp.from(to);
    long published = count("SELECT COUNT(*) FROM article_version WHERE version = 1 AND published_at >= :from"
        + " AND published_at < :to" + (customer == null ? "" : " AND visibility = 'CUSTOMER'"), f, t, customer);
    long uses = count("SELECT COUNT(*) FROM article_case l" + (customer == null ? ""
        : " JOIN support_case c ON c.case_number = l.case_number AND c.company = :customer")
        + " WHERE l.link = 'HELPED' AND l.recorded_at >= :from AND l.recorded_at < :to", f, t, customer);
    long helpful = count("SELECT COUNT(*) FROM article_feedback WHERE recorded_at >= :from AND recorded_at < :to"
        + (customer == null ? "" : " AND company = :customer"), f, t, customer);
    long solved = count("SELECT COUNT(*) FROM support_case c WHERE c.closed_at >= :from AND c.closed_at < :to"
        + (customer == null ? "" : " AND c.company = :customer")
        + " AND EXISTS (SELECT 1 FROM article_case l WHERE l.case_number = c.case_number AND l.link = 'HELPED')",
        f, t, customer);
    return new KnowledgeStats(published, uses, helpful, solved);
  }

  private long count(String sql, Timestamp from, Timestamp to, String customer) {
    JdbcClient.StatementSpec statement = jdbc.sql(sql).param("from", from).param("to", to);
    if (customer != null) {
      statement = statement.param("customer", customer);
    }
    return statement.query(Long.class).single();
  }
}
