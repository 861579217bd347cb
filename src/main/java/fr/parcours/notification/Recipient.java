package fr.parcours.notification;

import java.util.Locale;

/** A person a mail goes to: their address, name, language and how often they want mail. */
record Recipient(String userId, String address, String name, Locale locale, Frequency frequency) {
}
