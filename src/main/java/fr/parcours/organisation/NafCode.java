package fr.parcours.organisation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An activity code of the French NAF rev. 2 (e.g. {@code 88.99B}): two digits of division, two of group and
 * class, one letter of sub-class. Its division gives the section (A to U) that reports use as the sector.
 */
public record NafCode(String code) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{2}\\.[0-9]{2}[A-Z]");

    /** First division of each section, in order: A starts at 01, B at 05, … U at 99 (INSEE, NAF rev. 2). */
    private static final int[] SECTION_STARTS = {1, 5, 10, 35, 36, 41, 45, 49, 55, 58, 64, 68, 69, 77, 84, 85, 86, 90,
            94, 97, 99};

    public NafCode {
        if (code == null || !FORMAT.matcher(code).matches() || division(code) < 1) {
            throw new IllegalArgumentException("Not a NAF rev. 2 code: " + code);
        }
    }

    /** Reads a code as typed: spaces trimmed, letter upper-cased, the dot optional ({@code 8899b} → 88.99B). */
    public static NafCode parse(String typed) {
        String compact = typed == null ? "" : typed.strip().replace(".", "").replace(" ", "").toUpperCase();
        if (compact.length() != 5) {
            throw new IllegalArgumentException("Not a NAF rev. 2 code: " + typed);
        }
        return new NafCode(compact.substring(0, 2) + "." + compact.substring(2));
    }

    public static boolean isValid(String typed) {
        try {
            parse(typed);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The section letter, A (agriculture) to U (extraterritorial bodies); associations are mostly S (94). */
    public char section() {
        int division = division(code);
        char section = 'A';
        for (int i = 1; i < SECTION_STARTS.length && division >= SECTION_STARTS[i]; i++) {
            section++;
        }
        return section;
    }

    /**
     * The first division of a section and the first of the next one, two digits each ("88", "90" for Q), so that
     * a code is in the section when {@code from <= its first two characters < to}; empty for a letter outside A–U.
     */
    public static Optional<String[]> divisions(char section) {
        int index = section - 'A';
        if (index < 0 || index >= SECTION_STARTS.length) {
            return Optional.empty();
        }
        int to = index + 1 < SECTION_STARTS.length ? SECTION_STARTS[index + 1] : 100;
        return Optional.of(new String[] {"%02d".formatted(SECTION_STARTS[index]), "%02d".formatted(to)});
    }

    private static int division(String code) {
        return Integer.parseInt(code.substring(0, 2));
    }

    @Override
    public String toString() {
        return code;
    }
}
