package io.casedesk.notification;

import java.util.Map;

/**
 * Something a person must be told. The recipient is a customer's e-mail address, a user id or a group id;
 * {@code data} holds what the message template needs.
 */
public record Notification(
    NotificationKind kind, String caseNumber, RecipientType recipientType, String recipient,
    Map<String, Object> data) {

  public enum RecipientType { CUSTOMER, USER, GROUP }

  public static Notification toCustomer(NotificationKind kind, String caseNumber, String email,
      Map<String, Object> data) {
    return new Notification(kind, caseNumber, RecipientType.CUSTOMER, email, data);
  }

  public static Notification toUser(NotificationKind kind, String caseNumber, String userId,
      Map<String, Object> data) {
    return new Notification(kind, caseNumber, RecipientType.USER, userId, data);
  }

  public static Notification toGroup(NotificationKind kind, String caseNumber, String groupId,
      Map<String, Object> data) {
    return new Notification(kind, caseNumber, RecipientType.GROUP, groupId, data);
  }
}
