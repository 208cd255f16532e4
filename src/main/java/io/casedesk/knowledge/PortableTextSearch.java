package io.casedesk.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded H2 default's search, without a full-text index: the rows that contain a word's stem (SQL
 * {@code LIKE}, at most {@link #CANDIDATES} of them) ranked here, by the weight of the fields that hold each of the
 * search's words (title or subject 3, symptom, cause or description 2, solution, product, category 1), with a bonus
 * for having every word. Stems are rough (English and German endings cut off), enough for a desk's own small base.
 */
class PortableTextSearch implements TextSearch {

  static final int CANDIDATES = 500;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final List<String> ENDINGS = List.of("ungen", "ung", "ing", "ies", "ed", "es", "en", "er", "e", "s");

  private final JdbcClient jdbc;

  PortableTextSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ArticleHit> articles(SearchTerms terms, Scope scope, int limit) {
    if (terms.isEmpty()) {
      return List.of();
    }
    List<String> stems = stems(terms.words());
    StringBuilder sql = new StringBuilder("SELECT " + ArticleRepository.COLUMNS
        + " FROM article WHERE status = 'PUBLISHED' AND " + likeAny(stems,
        "LOWER(COALESCE(title, '') || ' ' || COALESCE(symptom, '') || ' ' || COALESCE(cause, '') || ' '"
            + " || COALESCE(solution, '') || ' ' || COALESCE(product, '') || ' ' || COALESCE(category, ''))"));
    PostgresTextSearch.appendScope(sql, scope, true);
    sql.append(" FETCH FIRST " + CANDIDATES + " ROWS ONLY");
    List<Article> rows = PostgresTextSearch.bindScope(likes(jdbc.sql(sql.toString()), stems), scope, true)
        .query(ArticleRepository.ROW).list();
    List<ArticleHit> hits = new ArrayList<>();
    for (Article a : rows) {
      double rank = rank(stems, new String[] {a.title(), join(a.symptom(), a.cause()),
          join(a.solution(), a.product(), a.category())});
      if (rank > 0) {
        hits.add(new ArticleHit(a, rank));
      }
    }
    hits.sort(Comparator.comparingDouble(ArticleHit::rank).reversed()
        .thenComparing(h -> h.article().id(), Comparator.reverseOrder()));
    return hits.stream().limit(limit).toList();
  }

  @Override
  public List<CaseHit> closedCases(SearchTerms terms, Scope scope, int limit) {
    if (terms.isEmpty()) {
      return List.of();
    }
    List<String> stems = stems(terms.words());
    StringBuilder sql = new StringBuilder("SELECT case_number, subject, description, product, category, company,"
        + " solution, closed_at FROM support_case WHERE status = 'CLOSED' AND " + likeAny(stems,
        "LOWER(COALESCE(subject, '') || ' ' || COALESCE(description, '') || ' ' || COALESCE(solution, ''))"));
    PostgresTextSearch.appendScope(sql, scope, false);
    sql.append(" FETCH FIRST " + CANDIDATES + " ROWS ONLY");
    List<CaseHit> hits = new ArrayList<>(PostgresTextSearch.bindScope(likes(jdbc.sql(sql.toString()), stems), scope,
            false)
        .query((rs, n) -> new CaseHit(rs.getString("case_number"), rs.getString("subject"), rs.getString("product"),
            rs.getString("category"), rs.getString("company"), rs.getString("solution"),
            ArticleRepository.instant(rs, "closed_at"), rank(stems, new String[] {rs.getString("subject"),
                rs.getString("description"), join(rs.getString("solution"), rs.getString("product"),
                rs.getString("category"))})))
        .list());
    hits.removeIf(h -> h.rank() <= 0);
    hits.sort(Comparator.comparingDouble(CaseHit::rank).reversed());
    return hits.stream().limit(limit).toList();
  }

  private static String likeAny(List<String> stems, String text) {
    List<String> likes = new ArrayList<>();
    for (int i = 0; i < stems.size(); i++) {
      likes.add(text + " LIKE :like" + i);
    }
    return "(" + String.join(" OR ", likes) + ")";
  }

  private static JdbcClient.StatementSpec likes(JdbcClient.StatementSpec statement, List<String> stems) {
    for (int i = 0; i < stems.size(); i++) {
      // the stems are letters and digits only: nothing to escape for LIKE
      statement = statement.param("like" + i, "%" + stems.get(i) + "%");
    }
    return statement;
  }

  /** The weight of the fields holding each stem, summed, times the share of stems found, plus 1 for all of them. */
  static double rank(List<String> stems, String[] fields) {
    double[] weights = {3, 2, 1};
    List<Set<String>> fieldStems = new ArrayList<>();
    for (String field : fields) {
      fieldStems.add(new HashSet<>(stems(words(field))));
    }
    double score = 0;
    int found = 0;
    for (String stem : stems) {
      boolean any = false;
      for (int f = 0; f < fieldStems.size(); f++) {
        if (fieldStems.get(f).contains(stem)) {
          score += weights[Math.min(f, weights.length - 1)];
          any = true;
        }
      }
      found += any ? 1 : 0;
    }
    if (found == 0) {
      return 0;
    }
    double share = (double) found / stems.size();
    return score / stems.size() * share + (found == stems.size() ? 1 : 0);
  }

  static List<String> stems(List<String> words) {
    List<String> stems = new ArrayList<>();
    for (String word : words) {
      String stem = stem(word);
      if (!stems.contains(stem)) {
        stems.add(stem);
      }
    }
    return stems;
  }

  static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String ending : ENDINGS) {
      if (w.endsWith(ending) && w.length() - ending.length() >= 4) {
        return w.substring(0, w.length() - ending.length());
      }
    }
    return w;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text != null) {
      Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
      while (m.find()) {
        words.add(m.group());
      }
    }
    return words;
  }

  private static String join(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (part != null) {
        text.append(part).append(' ');
      }
    }
    return text.toString();
  }
}
