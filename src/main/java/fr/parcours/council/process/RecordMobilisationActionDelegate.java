package fr.parcours.council.process;

import fr.parcours.council.ActivityKind;
import fr.parcours.council.CouncilActivities;
import fr.parcours.council.CouncilCycles;
import fr.parcours.council.MobilisationReport;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists a mobilisation action; tells {@code Gateway_MoreMobilisation} whether another follows. */
@Component("recordMobilisationActionDelegate")
public class RecordMobilisationActionDelegate implements JavaDelegate {

    private final CouncilCycles cycles;
    private final CouncilActivities activities;

    RecordMobilisationActionDelegate(CouncilCycles cycles, CouncilActivities activities) {
        this.cycles = cycles;
        this.activities = activities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MobilisationReport report = Submissions.submission(execution, MobilisationReport.class);
        cycles.recordMobilisation(Submissions.cycleId(execution), report);
        activities.recordCycleStep(Submissions.activity(execution, ActivityKind.MOBILISATION_ACTION,
                report.recordedBy(), report.heldOn()));
        execution.setVariable(CouncilCycleProcess.VAR_MORE_MOBILISATION, report.moreActions());
    }
}
