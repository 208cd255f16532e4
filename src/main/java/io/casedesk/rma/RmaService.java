package io.casedesk.rma;

import static io.casedesk.rma.RmaVariables.*;

import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.Timeline;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.ConflictException;
import io.casedesk.web.NotFoundException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the RMA API does. Who may see an RMA is who may see its case ({@link CaseAccess}): staff and auditors all,
 * customers their own company's; who may confirm is who may act on the case (not auditors).
 */
@Service
public class RmaService {

  static final String REQUEST_ANSWERED = "rma-request-answered";
  static final String FIX_ANSWERED = "rma-fix-answered";

  private final RmaRepository rmas;
  private final RmaChanges changes;
  private final CaseAccess access;
  private final Timeline timeline;
  private final RuntimeService runtimeService;

  public RmaService(RmaRepository rmas, RmaChanges changes, CaseAccess access, Timeline timeline,
      RuntimeService runtimeService) {
    this.rmas = rmas;
    this.changes = changes;
    this.access = access;
    this.timeline = timeline;
    this.runtimeService = runtimeService;
  }

  @Transactional(readOnly = true)
  public RmaView view(String id, CurrentUser user) {
    return RmaView.of(readable(id, user));
  }

  /**
   * The customer's answer (or staff's, on the customer's behalf) to what the RMA waits for: the spare-part
   * request, or the fix. A refusal sends the RMA back to the engineer with the comment.
   */
  @Transactional
  public RmaView confirm(String id, boolean accept, String comment, CurrentUser user) {
    Rma rma = readable(id, user);
    access.requireActor(user);
    String detail = comment == null || comment.isBlank() ? null : comment.strip();
    Map<String, Object> variables = new HashMap<>();
    variables.put(CUSTOMER_COMMENT, detail);
    switch (rma.status()) {
      case REQUEST_TO_CONFIRM -> {
        variables.put(REQUEST_CONFIRMED, accept);
        if (accept) {
          changes.requestConfirmed(id);
        } else {
          changes.requestRefused(id);
        }
        record(rma, user, accept ? CaseEventKind.RMA_REQUEST_CONFIRMED : CaseEventKind.RMA_REQUEST_REFUSED, detail);
        correlate(REQUEST_ANSWERED, id, variables);
      }
      case FIX_TO_CONFIRM -> {
        variables.put(FIX_CONFIRMED, accept);
        if (accept) {
          changes.fixConfirmed(id);
        } else {
          changes.fixRefused(id);
        }
        record(rma, user, accept ? CaseEventKind.RMA_FIX_CONFIRMED : CaseEventKind.RMA_FIX_REFUSED, detail);
        correlate(FIX_ANSWERED, id, variables);
      }
      default -> throw new ConflictException(
          "RMA " + id + " waits for no confirmation (status " + rma.status() + ")");
    }
    return RmaView.of(rmas.get(id));
  }

  private void record(Rma rma, CurrentUser user, CaseEventKind kind, String comment) {
    timeline.record(rma.caseNumber(), user.userId(), kind, rma.id() + (comment == null ? "" : ": " + comment));
  }

  /** As {@link CaseAccess#readable}: an RMA of another company's case answers as one that does not exist. */
  private Rma readable(String id, CurrentUser user) {
    if (!user.readsAllCases()) {
      access.customerCompany(user, "RMAs");
    }
    Rma rma = rmas.find(id).orElseThrow(() -> notFound(id));
    try {
      access.readable(rma.caseNumber(), user);
    } catch (NotFoundException notTheirs) {
      throw notFound(id);
    }
    return rma;
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("RMA " + id + " not found");
  }

  private void correlate(String message, String rmaId, Map<String, Object> variables) {
    try {
      runtimeService.createMessageCorrelation(message)
          .processInstanceBusinessKey(rmaId)
          .setVariables(variables)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException("RMA " + rmaId + " is not waiting for the customer's confirmation");
    }
  }
}
