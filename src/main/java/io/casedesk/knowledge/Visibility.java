package io.casedesk.knowledge;

import java.util.Locale;

/** Who reads a published article: staff only, or customers too (portal and API). */
public enum Visibility {
  INTERNAL,
  CUSTOMER;

  /** {@code customer} (any case) is customer-visible; anything else stays internal. */
  public static Visibility of(Object value) {
    return value != null && "customer".equals(value.toString().strip().toLowerCase(Locale.ROOT)) ? CUSTOMER : INTERNAL;
  }

  /** The word the forms use. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
