package fr.parcours.council.cycles;

import java.io.Serializable;
import java.time.LocalDate;

/** One mobilisation action as the facilitator reports it; {@code moreActions} when another follows this cycle. */
public record MobilisationReport(MobilisationKind kind, LocalDate heldOn, int contactsMade, int newMembers,
                                 boolean moreActions, String recordedBy) implements Serializable {
}
