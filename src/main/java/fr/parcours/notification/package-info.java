/**
 * E-mail notifications: a person is told when a task is assigned to them or arrives in one of their groups, gets a
 * daily digest of the tasks due soon or overdue, and the people who run a case are told when one of its tasks is
 * long overdue (escalation). Mails go through an outbox table written in the step's transaction and sent after
 * commit by a poller that every node runs ({@code SELECT … FOR UPDATE SKIP LOCKED}): nothing is sent on rollback,
 * nothing is lost while the mail server is down, nothing is sent twice by two nodes.
 * <p>
 * Exposes {@link fr.parcours.notification.Frequency}, {@link fr.parcours.notification.NotificationPreferences} and
 * {@link fr.parcours.notification.MailAddressFlags} (a person's bounced address, for their administration page).
 */
package fr.parcours.notification;
