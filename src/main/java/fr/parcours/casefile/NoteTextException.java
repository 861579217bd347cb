package fr.parcours.casefile;

/** A note's text refused (empty or too long): its message key names the field error to show; nothing is saved. */
public class NoteTextException extends RuntimeException {

    private final String messageKey;

    NoteTextException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
