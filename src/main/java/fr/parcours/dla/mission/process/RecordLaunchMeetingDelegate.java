package fr.parcours.dla.mission.process;

import fr.parcours.casework.Submissions;
import fr.parcours.dla.mission.LaunchMeetingMinutes;
import fr.parcours.dla.mission.MissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the tripartite launch meeting; the mission is then in progress. */
@Component("recordLaunchMeetingDelegate")
public class RecordLaunchMeetingDelegate implements JavaDelegate {

    private final MissionService missions;

    RecordLaunchMeetingDelegate(MissionService missions) {
        this.missions = missions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        missions.recordLaunchMeeting(MissionSteps.missionId(execution, missions), Submissions.read(execution, LaunchMeetingMinutes.class));
    }
}
