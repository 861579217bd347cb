package fr.parcours.dla.mission.process;

import fr.parcours.casework.Submissions;
import fr.parcours.dla.mission.AssessmentVerdict;
import fr.parcours.dla.mission.MissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the officer's assessment; the ingénierie is then done. */
@Component("recordMissionAssessmentDelegate")
public class RecordMissionAssessmentDelegate implements JavaDelegate {

    private final MissionService missions;

    RecordMissionAssessmentDelegate(MissionService missions) {
        this.missions = missions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        missions.recordAssessment(MissionSteps.missionId(execution, missions), Submissions.read(execution, AssessmentVerdict.class));
    }
}
