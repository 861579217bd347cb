package fr.parcours.selection;

import java.io.Serializable;
import java.util.List;

/** The consultant organisations invited to send a proposal. */
public record Preselection(List<Long> organisationIds, String decidedBy) implements Serializable {

    public static final int MIN = 3;
    public static final int MAX = 4;

    public Preselection {
        organisationIds = List.copyOf(organisationIds);
    }
}
