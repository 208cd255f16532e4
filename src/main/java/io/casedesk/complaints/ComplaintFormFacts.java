package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintVariables.*;

import io.casedesk.forms.FormFacts;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the complaint forms show of the complaint's row, which the process keeps no copy of: who complained and how
 * to reach them, their company, what the complaint is.
 */
@Component
public class ComplaintFormFacts implements FormFacts {

  private final ComplaintRepository complaints;

  public ComplaintFormFacts(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  @Override
  public Map<String, Object> of(String processDefinitionKey, String businessKey) {
    if (!ComplaintService.PROCESS_KEY.equals(processDefinitionKey)) {
      return Map.of();
    }
    return complaints.find(businessKey).map(ComplaintFormFacts::facts).orElse(Map.of());
  }

  private static Map<String, Object> facts(Complaint complaint) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(CONTACT_NAME, complaint.contact().name());
    facts.put(CONTACT_PHONE, complaint.contact().phone());
    facts.put(CONTACT_EMAIL, complaint.contact().email());
    facts.put(COMPANY, complaint.company());
    facts.put(DESCRIPTION, complaint.description());
    return facts;
  }
}
