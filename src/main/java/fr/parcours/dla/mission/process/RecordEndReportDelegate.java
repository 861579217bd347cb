package fr.parcours.dla.mission.process;

import fr.parcours.casework.Submissions;
import fr.parcours.dla.mission.EndOfMissionReport;
import fr.parcours.dla.mission.MissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the consultant's end-of-mission report. */
@Component("recordEndReportDelegate")
public class RecordEndReportDelegate implements JavaDelegate {

    private final MissionService missions;

    RecordEndReportDelegate(MissionService missions) {
        this.missions = missions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        missions.recordEndReport(MissionSteps.missionId(execution, missions), Submissions.read(execution, EndOfMissionReport.class));
    }
}
