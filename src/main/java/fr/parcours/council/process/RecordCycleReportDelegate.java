package fr.parcours.council.process;

import fr.parcours.council.CouncilCycles;
import fr.parcours.council.CycleReport;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the cycle report, which closes the cycle. */
@Component("recordCycleReportDelegate")
public class RecordCycleReportDelegate implements JavaDelegate {

    private final CouncilCycles cycles;

    RecordCycleReportDelegate(CouncilCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.report(Submissions.cycleId(execution), Submissions.submission(execution, CycleReport.class));
    }
}
