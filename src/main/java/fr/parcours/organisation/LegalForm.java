package fr.parcours.organisation;

import java.util.Arrays;

/**
 * Legal forms of the structures a DLA accompanies. The column keeps a readable value ("Association",
 * "GIP"…) so rows written before this enum existed still map onto it.
 */
public enum LegalForm {
    ASSOCIATION("Association"), GIP("GIP"), SCIC("SCIC"), SCOP("SCOP"), OTHER("Autre");

    private final String stored;

    LegalForm(String stored) {
        this.stored = stored;
    }

    public String stored() {
        return stored;
    }

    /** The form a stored value stands for; anything unknown counts as {@link #OTHER}. */
    public static LegalForm fromStored(String value) {
        return Arrays.stream(values()).filter(form -> form.stored.equalsIgnoreCase(value)).findFirst().orElse(OTHER);
    }
}
