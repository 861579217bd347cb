package fr.parcours.notification;

/**
 * Text that reaches a mail header comes from what users typed (structure names, task names): line breaks and
 * other control characters would let it write headers of its own, so they become spaces.
 */
final class MailHeaders {

    static final int MAX_SUBJECT = 200;

    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").replaceAll(" {2,}", " ").strip();
    }

    static String subject(String text) {
        return truncate(oneLine(text), MAX_SUBJECT);
    }

    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    private MailHeaders() {
    }
}
