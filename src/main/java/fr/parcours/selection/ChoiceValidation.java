package fr.parcours.selection;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The DLA's validated choice: the retained proposal, the minutes (PV) and the date of the decision; when the choice
 * takes the ingénierie budget over its envelope, the reason given for it (else null).
 */
public record ChoiceValidation(long candidateId, String minutes, LocalDate decidedOn, String decidedBy,
                               String overEnvelopeReason) implements Serializable {

    public ChoiceValidation(long candidateId, String minutes, LocalDate decidedOn, String decidedBy) {
        this(candidateId, minutes, decidedOn, decidedBy, null);
    }
}
