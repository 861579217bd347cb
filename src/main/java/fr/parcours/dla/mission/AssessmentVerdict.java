package fr.parcours.dla.mission;

import java.io.Serializable;

/** The officer's assessment of the mission. */
public record AssessmentVerdict(ObjectivesAchieved achieved, String comment, String assessedBy)
        implements Serializable {
}
