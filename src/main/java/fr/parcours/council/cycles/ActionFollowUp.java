package fr.parcours.council.cycles;

import java.io.Serializable;
import java.util.List;

/** The follow-up of the actions decided at this cycle's meeting. */
public record ActionFollowUp(List<ActionUpdate> updates, String recordedBy) implements Serializable {

    public ActionFollowUp {
        updates = List.copyOf(updates);
    }
}
