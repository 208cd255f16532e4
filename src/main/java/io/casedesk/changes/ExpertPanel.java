package io.casedesk.changes;

import io.casedesk.security.CasedeskGroups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who reviews a plan: every member of the group {@code experts} when the review starts, at least two
 * ({@code ${expertPanel.reviewers()}}, the collection of the multi-instance task "Review the plan"). The whole group
 * rather than a pick: the expert group is small and reviews every plan strictly; a member added later reviews the
 * next round.
 */
@Component("expertPanel")
public class ExpertPanel {

  /** Fewer would not be a review by a group. */
  public static final int MINIMUM = 2;

  private final IdentityService identity;

  public ExpertPanel(IdentityService identity) {
    this.identity = identity;
  }

  public List<String> reviewers() {
    List<String> experts = identity.createUserQuery().memberOfGroup(CasedeskGroups.EXPERTS).orderByUserId().asc()
        .list().stream().map(User::getId).toList();
    if (experts.size() < MINIMUM) {
      throw new IllegalStateException("The group " + CasedeskGroups.EXPERTS + " has " + experts.size()
          + " member(s); a plan needs at least " + MINIMUM + " experts to review it");
    }
    return experts;
  }
}
