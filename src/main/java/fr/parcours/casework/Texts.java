package fr.parcours.casework;

/** Form text as it is stored: stripped, and an empty optional text stored as nothing. */
public final class Texts {

    private Texts() {
    }

    /** The text stripped, or null when it is missing or blank. */
    public static String optional(String text) {
        return blank(text) ? null : text.strip();
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
