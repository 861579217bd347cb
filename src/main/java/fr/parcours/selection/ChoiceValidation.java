package fr.parcours.selection;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The DLA's validated choice: the retained proposal, the minutes (PV) and the date of the decision; when the choice
 * takes the ingénierie budget over its envelope, the reason given for it (else null).
 */
public record ChoiceValidation(long candidateId, String minutes, LocalDate decidedOn, String decidedBy,
                               String overEnvelopeReason) implements Serializable {

    /** Heads the reason for an over-envelope choice in the PV, which is kept in French like the minutes. */
    public static final String OVER_ENVELOPE_HEADING = "Dépassement de l'enveloppe d'ingénierie — motif : ";

    public ChoiceValidation(long candidateId, String minutes, LocalDate decidedOn, String decidedBy) {
        this(candidateId, minutes, decidedOn, decidedBy, null);
    }

    /** The PV: the minutes, and the reason for going over the ingénierie envelope when there is one. */
    public String pv() {
        return overEnvelopeReason == null ? minutes : minutes + "\n\n" + OVER_ENVELOPE_HEADING + overEnvelopeReason;
    }
}
