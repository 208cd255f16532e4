package io.casedesk.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A change request's timeline ({@code change_event}) as a hash chain, as {@link AuditChain} writes a case's, the
 * change row's {@code audit_head} holding the newest hash ({@link RowEventChain}).
 */
@Component
public class ChangeChain {

  private final RowEventChain chain;

  public ChangeChain(JdbcClient jdbc) {
    this.chain = new RowEventChain(jdbc, "change_request", "id", "change_event", "change_id");
  }

  public void append(String changeId, String actor, String kind, String detail) {
    chain.append(changeId, actor, kind, detail);
  }

  /** Whether every link matches its hash and the row's head is the newest link: nothing altered, added or cut. */
  public boolean intact(String changeId) {
    return chain.intact(changeId);
  }
}
