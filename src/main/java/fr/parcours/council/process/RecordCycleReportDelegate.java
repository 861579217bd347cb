package fr.parcours.council.process;

import fr.parcours.council.ActivityKind;
import fr.parcours.council.CouncilActivities;
import fr.parcours.council.CouncilCycles;
import fr.parcours.council.CycleReport;
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
        CycleReport report = Submissions.submission(execution, CycleReport.class);
        cycles.report(Submissions.cycleId(execution), report);
        activities.recordCycleStep(Submissions.activity(execution, ActivityKind.CYCLE_REPORT, report.recordedBy(), null));
    }
}
