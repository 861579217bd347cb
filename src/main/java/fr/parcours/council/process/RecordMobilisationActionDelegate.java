package fr.parcours.council.process;

import fr.parcours.casework.Submissions;
import fr.parcours.council.activity.ActivityKind;
import fr.parcours.council.activity.CouncilActivities;
import fr.parcours.council.cycles.CouncilCycles;
import fr.parcours.council.cycles.MobilisationReport;
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
        MobilisationReport report = Submissions.read(execution, MobilisationReport.class);
        long cycleId = cycles.ofProcess(execution.getProcessInstanceId()).getId();
        cycles.recordMobilisation(cycleId, report);
        activities.recordCycleStep(CycleStepActivities.of(execution, cycleId, ActivityKind.MOBILISATION_ACTION,
                report.recordedBy(), report.heldOn()));
        execution.setVariable(CouncilCycleProcess.VAR_MORE_MOBILISATION, report.moreActions());
    }
}
