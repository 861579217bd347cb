package fr.parcours.dla.mission;

import org.springframework.stereotype.Component;

/** The repositories of what is recorded after the consultant's choice, grouped to keep constructors short. */
@Component
record MissionRecords(LaunchMeetingRepository launchMeetings, MissionMilestoneRepository milestones,
                      EndReportRepository endReports, MissionSatisfactionRepository satisfactions,
                      MissionAssessmentRepository assessments) {
}
