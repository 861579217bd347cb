package fr.parcours.dla.diagnostic.web;

/** Form text as it is stored: trimmed, and an empty optional text stored as nothing. */
final class Texts {

    private Texts() {
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
