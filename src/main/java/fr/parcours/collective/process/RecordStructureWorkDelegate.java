package fr.parcours.collective.process;

import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;

import fr.parcours.casework.Submissions;
import fr.parcours.collective.tracks.TrackReport;
import fr.parcours.collective.tracks.TrackService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists a work note of one structure's track; sets its outcome locally, so parallel tracks stay apart. */
@Component("recordStructureWorkDelegate")
public class RecordStructureWorkDelegate implements JavaDelegate {

    private final TrackService service;

    RecordStructureWorkDelegate(TrackService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariableLocal(DlaCollectiveProcess.VAR_TRACK_OUTCOME, service.recordWork(
                Submissions.id(execution, VAR_PARTICIPATION_ID),
                Submissions.read(execution, TrackReport.class)).name());
    }
}
