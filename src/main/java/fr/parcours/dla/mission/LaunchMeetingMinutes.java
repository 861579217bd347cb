package fr.parcours.dla.mission;

import java.io.Serializable;
import java.time.LocalDate;

/** What the officer records of the tripartite launch meeting (structure, DLA, consultant). */
public record LaunchMeetingMinutes(LocalDate date, String structureParticipants, String dlaParticipants,
                                   String consultantParticipants, String agreedSchedule, String recordedBy)
        implements Serializable {
}
