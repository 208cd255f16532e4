package io.casedesk.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a problem's events ({@code problem_event}) as a hash chain, in the caller's transaction, as
 * {@link AuditChain} writes a case's, with the problem number where a case's has the case number and the problem
 * row's {@code audit_head} holding the newest hash ({@link RowEventChain}); {@link AuditVerifier} walks these chains
 * too.
 */
@Component
public class ProblemAuditChain {

  private final RowEventChain chain;

  public ProblemAuditChain(JdbcClient jdbc) {
    this.chain = new RowEventChain(jdbc, "problem", "problem_number", "problem_event", "problem_number");
  }

  public void append(String problemNumber, String actor, String kind, String detail) {
    chain.append(problemNumber, actor, kind, detail);
  }
}
