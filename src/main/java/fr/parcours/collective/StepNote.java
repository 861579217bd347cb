package fr.parcours.collective;

import java.io.Serializable;

/** A text a coordinator records for one collective step: cahier des charges, end evaluation, follow-up, lateness. */
public record StepNote(String text, String recordedBy) implements Serializable {
}
