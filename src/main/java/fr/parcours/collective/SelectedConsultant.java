package fr.parcours.collective;

import java.io.Serializable;

/** The consultant organisation chosen for the collective sessions (selection summarised in one step for now). */
public record SelectedConsultant(long organisationId, String reason, String recordedBy) implements Serializable {
}
