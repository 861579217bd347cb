package fr.parcours.reporting;

/**
 * One line of a breakdown: a NAF section letter, a legal form, a size band, QPV or not, or a department code.
 * {@link #UNKNOWN} stands for a structure whose value is not recorded ("non renseigné").
 */
public record Category(Dimension dimension, String code) {

    public static final String UNKNOWN = "UNKNOWN";

    public boolean isUnknown() {
        return UNKNOWN.equals(code);
    }
}
