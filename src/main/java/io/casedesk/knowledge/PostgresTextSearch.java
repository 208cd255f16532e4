package io.casedesk.knowledge;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL's full-text search in the desk's languages, English and German: each text is indexed with both
 * configurations (so "printers" finds "printer" and "Drucker" finds "Druckers"), weighted title or subject (A),
 * symptom, cause or description (B), solution, product and category (C). A document matches when it has any of the
 * words; {@code ts_rank} orders them, and one that has every word (in either language) comes before one that has
 * not. The GIN indexes on the same expressions are made by {@link V16__KnowledgeBase}.
 */
class PostgresTextSearch implements TextSearch {

  static final String ARTICLE_VECTOR = weighted("coalesce(title, '')", 'A') + " || "
      + weighted("coalesce(symptom, '') || ' ' || coalesce(cause, '')", 'B') + " || "
      + weighted("coalesce(solution, '') || ' ' || coalesce(product, '') || ' ' || coalesce(category, '')", 'C');

  static final String CASE_VECTOR = weighted("coalesce(subject, '')", 'A') + " || "
      + weighted("coalesce(description, '')", 'B') + " || "
      + weighted("coalesce(solution, '') || ' ' || coalesce(product, '') || ' ' || coalesce(category, '')", 'C');

  private static final String QUERIES = "(SELECT to_tsquery('english', :any) || to_tsquery('german', :any) AS anyq,"
      + " to_tsquery('english', :every) || to_tsquery('german', :every) AS everyq) q";

  private final JdbcClient jdbc;

  PostgresTextSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static String weighted(String text, char weight) {
    return "setweight(to_tsvector('english'::regconfig, " + text + "), '" + weight + "') || "
        + "setweight(to_tsvector('german'::regconfig, " + text + "), '" + weight + "')";
  }

  private static String rank(String vector) {
    return "ts_rank(" + vector + ", q.anyq) + CASE WHEN (" + vector + ") @@ q.everyq THEN 1.0 ELSE 0.0 END";
  }

  @Override
  public List<ArticleHit> articles(SearchTerms terms, Scope scope, int limit) {
    if (terms.isEmpty()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("SELECT " + ArticleRepository.COLUMNS + ", " + rank(ARTICLE_VECTOR)
        + " AS rank FROM article, " + QUERIES + " WHERE status = 'PUBLISHED' AND (" + ARTICLE_VECTOR + ") @@ q.anyq");
    appendScope(sql, scope, true);
    sql.append(" ORDER BY rank DESC, id DESC LIMIT ").append(limit);
    return bind(jdbc.sql(sql.toString()), terms, scope, true)
        .query((rs, n) -> new ArticleHit(ArticleRepository.ROW.mapRow(rs, n), rs.getDouble("rank"))).list();
  }

  @Override
  public List<CaseHit> closedCases(SearchTerms terms, Scope scope, int limit) {
    if (terms.isEmpty()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("SELECT case_number, subject, product, category, company, solution,"
        + " closed_at, " + rank(CASE_VECTOR) + " AS rank FROM support_case, " + QUERIES
        + " WHERE status = 'CLOSED' AND (" + CASE_VECTOR + ") @@ q.anyq");
    appendScope(sql, scope, false);
    sql.append(" ORDER BY rank DESC, closed_at DESC LIMIT ").append(limit);
    return bind(jdbc.sql(sql.toString()), terms, scope, false)
        .query((rs, n) -> new CaseHit(rs.getString("case_number"), rs.getString("subject"), rs.getString("product"),
            rs.getString("category"), rs.getString("company"), rs.getString("solution"),
            ArticleRepository.instant(rs, "closed_at"), rs.getDouble("rank")))
        .list();
  }

  static void appendScope(StringBuilder sql, Scope scope, boolean articles) {
    if (articles && scope.customerVisibleOnly()) {
      sql.append(" AND visibility = 'CUSTOMER'");
    }
    if (articles && scope.excludeCase() != null) {
      sql.append(" AND (source_case IS NULL OR source_case <> :excludeCase)");
    }
    if (!articles && scope.excludeCase() != null) {
      sql.append(" AND case_number <> :excludeCase");
    }
    if (!articles && scope.caseCompany() != null) {
      sql.append(" AND company = :company");
    }
    if (scope.product() != null) {
      sql.append(" AND product = :product");
    }
    if (scope.category() != null) {
      sql.append(" AND category = :category");
    }
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, SearchTerms terms, Scope scope,
      boolean articles) {
    statement = statement.param("any", terms.anyWord()).param("every", terms.everyWord());
    return bindScope(statement, scope, articles);
  }

  static JdbcClient.StatementSpec bindScope(JdbcClient.StatementSpec statement, Scope scope, boolean articles) {
    if (scope.excludeCase() != null) {
      statement = statement.param("excludeCase", scope.excludeCase());
    }
    if (!articles && scope.caseCompany() != null) {
      statement = statement.param("company", scope.caseCompany());
    }
    if (scope.product() != null) {
      statement = statement.param("product", scope.product());
    }
    if (scope.category() != null) {
      statement = statement.param("category", scope.category());
    }
    return statement;
  }
}
