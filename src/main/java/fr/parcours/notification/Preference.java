package fr.parcours.notification;

import java.util.Locale;

/** A person's choice: how often, and in which language (null: never chosen, mails are in French). */
public record Preference(Frequency frequency, String language) {

    public static final Preference DEFAULT = new Preference(Frequency.IMMEDIATE, null);

    /** The language of this person's mails: English only when they chose it. */
    public Locale mailLocale() {
        return "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    }
}
