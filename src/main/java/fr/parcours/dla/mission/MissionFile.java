package fr.parcours.dla.mission;

import fr.parcours.dla.engineering.EngineeringMission;
import java.math.BigDecimal;
import java.util.List;

/** Everything recorded about one mission after the consultant's choice, for pages and the case file. */
public record MissionFile(EngineeringMission mission, long accompanimentId, String businessKey, String structureName,
                          String processInstanceId, String axisTitle, String consultantName, LaunchMeeting launchMeeting,
                          List<MissionMilestone> milestones, BigDecimal daysSpent, EndReport endReport,
                          MissionSatisfaction satisfaction, MissionAssessment assessment) {
}
