package io.casedesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash that chains a case's timeline: SHA-256 over the previous event's hash and this event's fields, each
 * length-prefixed so that no two different events encode alike.
 */
public final class AuditHash {

  private AuditHash() {}

  public static String of(String previousHash, String caseNumber, int seq, Instant occurredAt, String actor,
      String kind, String detail) {
    StringBuilder canonical = new StringBuilder();
    for (String field : new String[] {previousHash, caseNumber, Integer.toString(seq),
        Long.toString(occurredAt.toEpochMilli()), actor, kind, detail}) {
      String value = field == null ? "" : field;
      canonical.append(field == null ? -1 : value.length()).append(':').append(value).append(';');
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
