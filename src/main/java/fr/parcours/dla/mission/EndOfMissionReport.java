package fr.parcours.dla.mission;

import java.io.Serializable;
import java.math.BigDecimal;

/** The consultant's end-of-mission report. */
public record EndOfMissionReport(String summary, String results, String recommendations, BigDecimal totalDays,
                                 String writtenBy) implements Serializable {
}
