package fr.parcours.dla.mission.process;

import fr.parcours.casework.Submissions;
import fr.parcours.dla.mission.SatisfactionScores;
import fr.parcours.dla.mission.MissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the structure's satisfaction with the mission. */
@Component("recordSatisfactionDelegate")
public class RecordSatisfactionDelegate implements JavaDelegate {

    private final MissionService missions;

    RecordSatisfactionDelegate(MissionService missions) {
        this.missions = missions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        missions.recordSatisfaction(MissionSteps.missionId(execution, missions), Submissions.read(execution, SatisfactionScores.class));
    }
}
