package fr.parcours.dla.diagnostic;

import java.io.Serializable;
import java.time.LocalDate;

/** What the officer reports of one diagnostic interview, and whether another one is needed. */
public record InterviewReport(LocalDate heldOn, String participants, String notes, boolean moreInterviews,
                              String recordedBy) implements Serializable {
}
