package fr.parcours.casefile;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A file name as a person typed it, made safe to keep and to send back in a Content-Disposition header: no path
 * (only what follows the last {@code /} or {@code \}), no control or invisible formatting character (a right-to-left
 * override can disguise {@code exe.pdf}), none of {@code " * : < > ? |}, no leading dot, at most
 * {@link #MAX_LENGTH} characters with its extension kept, and the extension of the type found in the content.
 */
final class FileNames {

    static final int MAX_LENGTH = 120;

    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}\"*:<>?|]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FileNames() {
    }

    static String safe(String original, String extension) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = SPACES.matcher(UNSAFE.matcher(name).replaceAll("_")).replaceAll(" ").strip();
        name = name.replaceFirst("^[.\\s_]+", "");
        String base = name.toLowerCase().endsWith("." + extension)
                ? name.substring(0, name.length() - extension.length() - 1) : name;
        base = base.replaceFirst("[.\\s]+$", "");
        if (base.isEmpty()) {
            base = "document";
        }
        int room = MAX_LENGTH - extension.length() - 1;
        if (base.length() > room) {
            base = base.substring(0, Character.isHighSurrogate(base.charAt(room - 1)) ? room - 1 : room).strip();
        }
        return base + "." + extension;
    }
}
