package fr.parcours.admin.people;

/** A change the administration refuses, with the message key (and arguments) that explains why. */
public class PeopleRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public PeopleRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
