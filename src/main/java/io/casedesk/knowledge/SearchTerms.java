package io.casedesk.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a search: letters and digits only (so nothing of the text reaches a query as syntax), lower case,
 * each once, in order, at most {@link #MAX} of them. A case's whole description is a search too ("articles like
 * this case").
 */
public record SearchTerms(String text, List<String> words) {

  static final int MAX = 40;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  public static SearchTerms of(String text) {
    Set<String> words = new LinkedHashSet<>();
    if (text != null) {
      Matcher m = WORD.matcher(text);
      while (m.find() && words.size() < MAX) {
        String word = m.group().toLowerCase(Locale.ROOT);
        // a lone digit or letter finds everything and means nothing
        if (word.length() > 1) {
          words.add(word);
        }
      }
    }
    return new SearchTerms(text == null ? "" : text.strip(), new ArrayList<>(words));
  }

  public boolean isEmpty() {
    return words.isEmpty();
  }

  /** {@code a | b | c}: a tsquery that matches any word. */
  String anyWord() {
    return String.join(" | ", words);
  }

  /** {@code a & b & c}: a tsquery that matches all words. */
  String everyWord() {
    return String.join(" & ", words);
  }
}
