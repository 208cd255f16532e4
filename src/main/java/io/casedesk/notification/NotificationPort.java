package io.casedesk.notification;

/** The one way Casedesk tells people things. Implementations must not lose a notification. */
public interface NotificationPort {

  void send(Notification notification);
}
