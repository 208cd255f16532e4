package io.casedesk.knowledge;

import io.casedesk.process.EngineClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The knowledge base's rows: articles, their published versions, the cases they came from and helped solve, and
 * customers' "this solved my problem". Runs in the caller's transaction (the engine's, inside delegates).
 */
@Repository
public class ArticleRepository {

  /** How an article and a case are linked. */
  public enum Link {
    /** The article was written from the case. */
    SOURCE,
    /** An engineer used the article on the case ("This helped"). */
    HELPED
  }

  /** A published version: who wrote it and who published it. */
  public record Version(int version, String title, String symptom, String cause, String solution, String product,
      String category, Visibility visibility, String writtenBy, String publishedBy, Instant publishedAt) {}

  public record CaseLink(String caseNumber, Link link, String recordedBy, Instant recordedAt) {}

  static final String COLUMNS = "id, status, visibility, title, symptom, cause, solution, product, category, version,"
      + " author, source_case, review_comment, created_at, updated_at, published_at";

  static final RowMapper<Article> ROW = (rs, n) -> new Article(rs.getLong("id"),
      ArticleStatus.valueOf(rs.getString("status")), Visibility.valueOf(rs.getString("visibility")),
      rs.getString("title"), rs.getString("symptom"), rs.getString("cause"), rs.getString("solution"),
      rs.getString("product"), rs.getString("category"), rs.getInt("version"), rs.getString("author"),
      rs.getString("source_case"), rs.getString("review_comment"), instant(rs, "created_at"),
      instant(rs, "updated_at"), instant(rs, "published_at"));

  private final JdbcClient jdbc;

  public ArticleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new proposal, its draft filled in from the case; returns its id. */
  public long propose(Article.Draft draft, String author, String sourceCase) {
    Timestamp now = Timestamp.from(EngineClock.now());
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO article (status, visibility, title, symptom, cause, solution, product, category, version,
                author, source_case, created_at, updated_at)
            VALUES ('PROPOSED', :visibility, :title, :symptom, :cause, :solution, :product, :category, 0,
                :author, :sourceCase, :now, :now)""")
        .param("visibility", draft.visibility().name()).param("title", draft.title())
        .param("symptom", draft.symptom()).param("cause", draft.cause()).param("solution", draft.solution())
        .param("product", draft.product()).param("category", draft.category()).param("author", author)
        .param("sourceCase", sourceCase).param("now", now)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    if (sourceCase != null) {
      link(id, sourceCase, Link.SOURCE, author);
    }
    return id;
  }

  public Optional<Article> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE id = :id").param("id", id).query(ROW).optional();
  }

  /** The draft as the author submitted it, kept on the row while the article has never been published. */
  public void saveDraft(long id, Article.Draft draft) {
    jdbc.sql("""
            UPDATE article SET title = :title, symptom = :symptom, cause = :cause, solution = :solution,
                product = :product, category = :category, visibility = :visibility, updated_at = :now
            WHERE id = :id AND status = 'PROPOSED'""")
        .param("title", draft.title()).param("symptom", draft.symptom()).param("cause", draft.cause())
        .param("solution", draft.solution()).param("product", draft.product()).param("category", draft.category())
        .param("visibility", draft.visibility().name()).param("now", Timestamp.from(EngineClock.now()))
        .param("id", id).update();
  }

  /** Publishes the draft as the article's next version; returns the version's number. */
  public int publish(long id, Article.Draft draft, String writtenBy, String publishedBy) {
    Article article = find(id).orElseThrow(() -> new IllegalStateException("No article " + id));
    int version = article.version() + 1;
    Timestamp now = Timestamp.from(EngineClock.now());
    jdbc.sql("""
            INSERT INTO article_version (article_id, version, title, symptom, cause, solution, product, category,
                visibility, written_by, published_by, published_at)
            VALUES (:id, :version, :title, :symptom, :cause, :solution, :product, :category, :visibility,
                :writtenBy, :publishedBy, :now)""")
        .param("id", id).param("version", version).param("title", draft.title()).param("symptom", draft.symptom())
        .param("cause", draft.cause()).param("solution", draft.solution()).param("product", draft.product())
        .param("category", draft.category()).param("visibility", draft.visibility().name())
        .param("writtenBy", writtenBy).param("publishedBy", publishedBy).param("now", now).update();
    jdbc.sql("""
            UPDATE article SET status = 'PUBLISHED', title = :title, symptom = :symptom, cause = :cause,
                solution = :solution, product = :product, category = :category, visibility = :visibility,
                version = :version, review_comment = NULL, updated_at = :now, published_at = :now
            WHERE id = :id""")
        .param("title", draft.title()).param("symptom", draft.symptom()).param("cause", draft.cause())
        .param("solution", draft.solution()).param("product", draft.product()).param("category", draft.category())
        .param("visibility", draft.visibility().name()).param("version", version).param("now", now).param("id", id)
        .update();
    return version;
  }

  /** A proposal sent back to its author, with the reviewer's comment. */
  public void sentBack(long id, String comment) {
    jdbc.sql("UPDATE article SET review_comment = :comment, updated_at = :now WHERE id = :id")
        .param("comment", comment).param("now", Timestamp.from(EngineClock.now())).param("id", id).update();
  }

  /**
   * A proposal that ends unpublished ({@code REJECTED} by the reviewer, {@code DECLINED} by its author). A
   * published article whose revision ends so stays published as it was.
   */
  public void ended(long id, ArticleStatus status, String comment) {
    jdbc.sql("""
            UPDATE article SET status = CASE WHEN status = 'PROPOSED' THEN :status ELSE status END,
                review_comment = :comment, updated_at = :now WHERE id = :id""")
        .param("status", status.name()).param("comment", comment).param("now", Timestamp.from(EngineClock.now()))
        .param("id", id).update();
  }

  public List<Version> versions(long id) {
    return jdbc.sql("""
            SELECT version, title, symptom, cause, solution, product, category, visibility, written_by,
                published_by, published_at FROM article_version WHERE article_id = :id ORDER BY version DESC""")
        .param("id", id)
        .query((rs, n) -> new Version(rs.getInt("version"), rs.getString("title"), rs.getString("symptom"),
            rs.getString("cause"), rs.getString("solution"), rs.getString("product"), rs.getString("category"),
            Visibility.valueOf(rs.getString("visibility")), rs.getString("written_by"), rs.getString("published_by"),
            instant(rs, "published_at")))
        .list();
  }

  /** Links the article and the case once; returns whether the link is new. */
  public boolean link(long id, String caseNumber, Link link, String by) {
    int existing = jdbc.sql("SELECT COUNT(*) FROM article_case WHERE article_id = :id AND case_number = :caseNumber"
            + " AND link = :link")
        .param("id", id).param("caseNumber", caseNumber).param("link", link.name()).query(Integer.class).single();
    if (existing > 0) {
      return false;
    }
    jdbc.sql("INSERT INTO article_case (article_id, case_number, link, recorded_by, recorded_at)"
            + " VALUES (:id, :caseNumber, :link, :by, :now)")
        .param("id", id).param("caseNumber", caseNumber).param("link", link.name()).param("by", by)
        .param("now", Timestamp.from(EngineClock.now())).update();
    return true;
  }

  public List<CaseLink> links(long id) {
    return jdbc.sql("SELECT case_number, link, recorded_by, recorded_at FROM article_case WHERE article_id = :id"
            + " ORDER BY recorded_at, case_number")
        .param("id", id)
        .query((rs, n) -> new CaseLink(rs.getString("case_number"), Link.valueOf(rs.getString("link")),
            rs.getString("recorded_by"), instant(rs, "recorded_at")))
        .list();
  }

  /** The ids of the articles already marked as having helped on the case. */
  public List<Long> helpedOn(String caseNumber) {
    return jdbc.sql("SELECT article_id FROM article_case WHERE case_number = :caseNumber AND link = 'HELPED'")
        .param("caseNumber", caseNumber).query(Long.class).list();
  }

  /** The articles proposed from the case, newest first. */
  public List<Article> fromCase(String caseNumber) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE source_case = :caseNumber ORDER BY id DESC")
        .param("caseNumber", caseNumber).query(ROW).list();
  }

  /** A customer said the article solved their problem (no case is opened or closed). */
  public void solved(long id, String userId, String company) {
    jdbc.sql("INSERT INTO article_feedback (article_id, user_id, company, recorded_at)"
            + " VALUES (:id, :userId, :company, :now)")
        .param("id", id).param("userId", userId).param("company", company)
        .param("now", Timestamp.from(EngineClock.now())).update();
  }

  /** How often the article helped engineers (cases) and customers (their own word). */
  public record Counts(long helpedCases, long solvedForCustomers) {}

  public Counts counts(long id) {
    long helped = jdbc.sql("SELECT COUNT(*) FROM article_case WHERE article_id = :id AND link = 'HELPED'")
        .param("id", id).query(Long.class).single();
    long solved = jdbc.sql("SELECT COUNT(*) FROM article_feedback WHERE article_id = :id")
        .param("id", id).query(Long.class).single();
    return new Counts(helped, solved);
  }

  /** Articles in a status, newest change first; {@code customerVisibleOnly} keeps customer-visible ones. */
  public List<Article> list(ArticleStatus status, boolean customerVisibleOnly, String product, String category,
      int limit) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM article WHERE status = :status");
    if (customerVisibleOnly) {
      sql.append(" AND visibility = 'CUSTOMER'");
    }
    if (product != null) {
      sql.append(" AND product = :product");
    }
    if (category != null) {
      sql.append(" AND category = :category");
    }
    sql.append(" ORDER BY updated_at DESC, id DESC FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
    JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("status", status.name());
    if (product != null) {
      statement = statement.param("product", product);
    }
    if (category != null) {
      statement = statement.param("category", category);
    }
    return statement.query(ROW).list();
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
