package fr.parcours.dla.plan;

import java.io.Serializable;
import java.time.LocalDate;

/** The comité d'appui's meeting as the officer reports it, and whether the officer amends the plan. */
public record CommitteeOpinionReport(LocalDate meetingOn, String membersPresent, String opinion,
                                     String recommendations, boolean amendPlan, String recordedBy)
        implements Serializable {
}
