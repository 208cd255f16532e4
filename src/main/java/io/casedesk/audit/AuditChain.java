package io.casedesk.audit;

import io.casedesk.process.EngineClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a case's events as a hash chain, in the caller's transaction: each event gets the next number of its case
 * ({@code seq}), the previous event's hash and its own ({@link AuditHash}), and the case row's {@code audit_head}
 * holds the newest hash, so that {@link AuditVerifier} also notices events deleted from the end.
 */
@Component
public class AuditChain {

  private final JdbcClient jdbc;

  public AuditChain(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds an event to the case's chain. Locking the case row first keeps the chain a straight line when two
   * transactions (on two nodes, say) write to the same case.
   *
   * <p>Within one transaction the lock, once taken, holds until commit, so the chain's head and next sequence
   * number are read only for the transaction's first event of a case and the case row's {@code audit_head} is
   * written once, just before commit, or with the transaction's own later update of the case row
   * ({@link #headToCarry}): opening a case records three events in one transaction, which cost twelve statements
   * and three updates of the case row before.
   */
  public void append(String caseNumber, String actor, String kind, String detail) {
    Heads heads = Heads.ofCurrentTransaction(this);
    Head head = heads == null ? null : heads.of(caseNumber);
    if (head == null) {
      head = readHead(caseNumber);
    }
    int seq = head.nextSeq();
    // the hash covers milliseconds: the stored time must be exactly the hashed one
    Instant at = EngineClock.now().truncatedTo(ChronoUnit.MILLIS);
    String hash = AuditHash.of(head.hash(), caseNumber, seq, at, actor, kind, detail);
    jdbc.sql("""
        INSERT INTO case_event (case_number, seq, occurred_at, actor, kind, detail, prev_hash, hash)
        VALUES (:caseNumber, :seq, :at, :actor, :kind, :detail, :prevHash, :hash)""")
        .param("caseNumber", caseNumber)
        .param("seq", seq)
        .param("at", Timestamp.from(at))
        .param("actor", actor)
        .param("kind", kind)
        .param("detail", detail)
        .param("prevHash", head.hash())
        .param("hash", hash)
        .update();
    Head next = new Head(hash, seq + 1, false);
    if (heads != null) {
      heads.put(caseNumber, next);
    } else {
      writeHead(caseNumber, hash);
    }
  }

  private Head readHead(String caseNumber) {
    String previousHash = jdbc.sql("SELECT audit_head FROM support_case WHERE case_number = :n FOR UPDATE")
        .param("n", caseNumber)
        .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
        .single().orElse(null);
    int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM case_event WHERE case_number = :n")
        .param("n", caseNumber).query(Integer.class).single();
    return new Head(previousHash, seq, true);
  }

  /**
   * The newest hash of the case's chain when the current transaction has added events to it that the case row does
   * not hold yet, for an UPDATE of the case row that this transaction makes anyway to carry (the row is locked
   * already); null when there is nothing to carry. What it returns counts as written: the row is not updated again
   * for it before commit unless more events follow.
   */
  public String headToCarry(String caseNumber) {
    Heads heads = Heads.registered();
    Head head = heads == null ? null : heads.of(caseNumber);
    if (head == null || head.written()) {
      return null;
    }
    heads.put(caseNumber, new Head(head.hash(), head.nextSeq(), true));
    return head.hash();
  }

  private void writeHead(String caseNumber, String hash) {
    jdbc.sql("UPDATE support_case SET audit_head = :hash WHERE case_number = :n")
        .param("hash", hash).param("n", caseNumber).update();
  }

  /**
   * The newest link of a case's chain as this transaction left it, the sequence number of the next, and whether the
   * case row holds that link already.
   */
  private record Head(String hash, int nextSeq, boolean written) {}

  /**
   * The heads of the chains the current transaction has written to (their case rows locked), written to the
   * case rows before commit. A synchronization of its own transaction: suspended with it when an inner one runs.
   */
  private static final class Heads implements TransactionSynchronization {

    private final AuditChain chain;
    private final Map<String, Head> byCase = new LinkedHashMap<>();

    private Heads(AuditChain chain) {
      this.chain = chain;
    }

    /**
     * The heads of the current transaction, registered with it on first use; null outside a transaction, where
     * each event writes its head at once.
     */
    static Heads ofCurrentTransaction(AuditChain chain) {
      if (!TransactionSynchronizationManager.isSynchronizationActive()
          || !TransactionSynchronizationManager.isActualTransactionActive()) {
        return null;
      }
      Heads heads = registered();
      if (heads == null) {
        heads = new Heads(chain);
        TransactionSynchronizationManager.registerSynchronization(heads);
      }
      return heads;
    }

    /** The heads the current transaction has registered, null when it has written no event yet. */
    static Heads registered() {
      if (!TransactionSynchronizationManager.isSynchronizationActive()) {
        return null;
      }
      for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
        if (synchronization instanceof Heads heads) {
          return heads;
        }
      }
      return null;
    }

    Head of(String caseNumber) {
      return byCase.get(caseNumber);
    }

    void put(String caseNumber, Head head) {
      byCase.put(caseNumber, head);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      byCase.forEach((caseNumber, head) -> {
        if (!head.written()) {
          chain.writeHead(caseNumber, head.hash());
        }
      });
      byCase.clear();
    }
  }
}
