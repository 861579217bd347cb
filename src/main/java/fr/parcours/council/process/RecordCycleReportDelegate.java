package fr.parcours.council.process;

import fr.parcours.casework.Submissions;
import fr.parcours.council.activity.ActivityKind;
import fr.parcours.council.activity.CouncilActivities;
import fr.parcours.council.cycles.CouncilCycles;
import fr.parcours.council.cycles.CycleReport;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the cycle report, which closes the cycle. */
@Component("recordCycleReportDelegate")
public class RecordCycleReportDelegate implements JavaDelegate {

    private final CouncilCycles cycles;
    private final CouncilActivities activities;

    RecordCycleReportDelegate(CouncilCycles cycles, CouncilActivities activities) {
        this.cycles = cycles;
        this.activities = activities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleReport report = Submissions.read(execution, CycleReport.class);
        long cycleId = cycles.ofProcess(execution.getProcessInstanceId()).getId();
        cycles.report(cycleId, report);
        activities.recordCycleStep(CycleStepActivities.of(execution, cycleId, ActivityKind.CYCLE_REPORT,
                report.recordedBy(), null));
    }
}
