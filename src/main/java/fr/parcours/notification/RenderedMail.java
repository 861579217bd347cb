package fr.parcours.notification;

/** A mail's subject (one line, already cleaned), plain text and HTML bodies. */
record RenderedMail(String subject, String text, String html) {
}
