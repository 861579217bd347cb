package fr.parcours.notification;

import java.time.Instant;

/** An address the mail server refused for good: no mail goes to it until it changes. */
public record AddressFlag(String address, String reason, Instant flaggedAt) {
}
