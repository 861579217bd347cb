package fr.parcours.council.civic.web;

/** Optional free text from a form: blank means not given. */
final class Texts {

    private Texts() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
