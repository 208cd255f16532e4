package io.casedesk.web;

/**
 * Blank and trimmed text as the browser sees it: JavaScript's {@code trim()} (which form-js uses) removes every
 * Unicode space, the no-break space included, and the line breaks, while Java's {@code strip()} keeps no-break
 * spaces. A required text pasted as a row of no-break spaces is as empty on the server as in Tasklist.
 */
public final class Texts {

  private Texts() {}

  /** Whether {@code text} is null or nothing but spaces and line breaks. */
  public static boolean isBlank(String text) {
    return text == null || strip(text).isEmpty();
  }

  /** {@code text} without the spaces and line breaks around it, as JavaScript's {@code trim()}. */
  public static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\uFEFF'
        || Character.isSpaceChar(c);
  }
}
