package fr.parcours.dla.mission.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_MISSION_FINISHED;

import fr.parcours.casework.Submissions;
import fr.parcours.dla.mission.MissionService;
import fr.parcours.dla.mission.ProgressReport;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Persists one milestone and tells {@code Gateway_MissionFinished} which way to go. The flag is local to
 * this ingénierie so that parallel ingénieries do not overwrite each other's.
 */
@Component("recordMissionProgressDelegate")
public class RecordMissionProgressDelegate implements JavaDelegate {

    private final MissionService missions;

    RecordMissionProgressDelegate(MissionService missions) {
        this.missions = missions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean finished = missions.recordProgress(MissionSteps.missionId(execution, missions),
                Submissions.read(execution, ProgressReport.class));
        execution.setVariableLocal(VAR_MISSION_FINISHED, finished);
    }
}
