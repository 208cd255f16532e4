package io.casedesk.security;

import io.casedesk.forms.CamundaForm;
import io.casedesk.forms.FormRule;
import io.casedesk.forms.FormViolation;
import io.casedesk.web.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A form field that names a user who is to get work (the supervisor's "new engineer") says which group they must
 * belong to in its custom property {@value #PROPERTY}: a group id ({@code supervisors}) or, after {@code =}, the
 * process variable holding it ({@code =candidateGroup}: an engineer of the case's queue). A name that is no user,
 * or a user outside the group, is refused naming the user, before the work reaches them.
 */
@Component
public class UserFieldRule implements FormRule {

  /** Custom property of a text field holding a user id: the group the user must be a member of. */
  public static final String PROPERTY = "userInGroup";

  @Override
  public List<FormViolation> check(CamundaForm form, Map<String, Object> data) {
    List<FormViolation> violations = new ArrayList<>();
    for (CamundaForm.Field field : form.inputs()) {
      String group = field.property(PROPERTY).orElse(null);
      if (group == null || !(data.get(field.key()) instanceof String userId) || Texts.isBlank(userId)) {
        continue;
      }
      if (group.startsWith("=")) {
        Object value = data.get(group.substring(1).strip());
        group = value == null ? null : value.toString();
      }
      EngineUsers.whyNot(Texts.strip(userId), Set.of(), group == null ? Set.of() : Set.of(group))
          .ifPresent(problem -> violations.add(FormViolation.of(field, problem)));
    }
    return violations;
  }
}
