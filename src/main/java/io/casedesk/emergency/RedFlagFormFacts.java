package io.casedesk.emergency;

import static io.casedesk.emergency.EmergencyVariables.*;

import io.casedesk.forms.FormFacts;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the red flag forms show of its row, which the process keeps no copy of: why, whose, what happened. */
@Component
public class RedFlagFormFacts implements FormFacts {

  private final RedFlagRepository redFlags;

  public RedFlagFormFacts(RedFlagRepository redFlags) {
    this.redFlags = redFlags;
  }

  @Override
  public Map<String, Object> of(String processDefinitionKey, String businessKey) {
    if (!PROCESS_KEY.equals(processDefinitionKey)) {
      return Map.of();
    }
    return redFlags.find(businessKey).map(RedFlagFormFacts::facts).orElse(Map.of());
  }

  private static Map<String, Object> facts(RedFlag redFlag) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(CRITERION, redFlag.criterion());
    facts.put(COMPANY, redFlag.company());
    facts.put(DESCRIPTION, redFlag.description());
    return facts;
  }
}
