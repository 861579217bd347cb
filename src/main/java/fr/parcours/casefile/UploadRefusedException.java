package fr.parcours.casefile;

/** An upload refused (empty, too big, of a refused type): its message key is the field error shown; nothing is stored. */
public class UploadRefusedException extends RuntimeException {

    private final String messageKey;

    UploadRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
