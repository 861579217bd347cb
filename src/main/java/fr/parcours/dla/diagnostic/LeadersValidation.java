package fr.parcours.dla.diagnostic;

import java.io.Serializable;
import java.time.LocalDate;

/** The leaders' validation as the officer recorded it: when, who (names) and their comments. */
public record LeadersValidation(LocalDate validatedOn, String validators, String comments, String recordedBy)
        implements Serializable {
}
