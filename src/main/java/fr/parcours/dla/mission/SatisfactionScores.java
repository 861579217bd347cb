package fr.parcours.dla.mission;

import java.io.Serializable;

/** The structure's satisfaction with the mission, each criterion scored 1 to 5, as the officer recorded it. */
public record SatisfactionScores(int quality, int listening, int usefulness, String comment, String recordedBy)
        implements Serializable {
}
