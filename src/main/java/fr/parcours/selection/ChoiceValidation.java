package fr.parcours.selection;

import java.io.Serializable;
import java.time.LocalDate;

/** The DLA's validated choice: the retained proposal, the minutes (PV) and the date of the decision. */
public record ChoiceValidation(long candidateId, String minutes, LocalDate decidedOn, String decidedBy)
        implements Serializable {
}
