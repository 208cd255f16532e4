package io.casedesk.complaints;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies the complaint API accepts. */
public final class ComplaintRequests {

  private ComplaintRequests() {}

  /**
   * A complaint. Without a {@code complaintClass} the hotline classifies it first. With a {@code caseNumber} it is
   * about that case: the contact fields default to the case's caller, and the company is the case's.
   */
  public record OpenComplaint(
      @Size(max = 32) String caseNumber,
      @Pattern(regexp = "web|email|phone|fax|letter|in-person",
          message = "must be one of web, email, phone, fax, letter, in-person") String channel,
      @KnownComplaintClass String complaintClass,
      @NotBlank @Size(max = 10000) String description,
      @Size(max = 200) String contactName,
      @Email @Size(max = 320) String contactEmail,
      @Size(max = 64) @Pattern(regexp = "[+0-9 ()/.-]*", message = "{casedesk.validation.phone}") String contactPhone,
      @Size(max = 200) String company) {

    OpenComplaint aboutCase(String caseNumber) {
      return new OpenComplaint(caseNumber, channel, complaintClass, description, contactName, contactEmail,
          contactPhone, company);
    }
  }

  /** The customer's answer to the call-back: satisfied with the answer or not, and a score from 1 to 5. */
  public record Satisfaction(
      @NotNull Boolean satisfied,
      @NotNull @Min(1) @Max(5) Integer score,
      @Size(max = 4000) String note) {}
}
