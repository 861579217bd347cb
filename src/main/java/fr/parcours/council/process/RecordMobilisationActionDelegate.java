package fr.parcours.council.process;

import fr.parcours.council.CouncilCycles;
import fr.parcours.council.MobilisationReport;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists a mobilisation action; tells {@code Gateway_MoreMobilisation} whether another follows. */
@Component("recordMobilisationActionDelegate")
public class RecordMobilisationActionDelegate implements JavaDelegate {

    private final CouncilCycles cycles;

    RecordMobilisationActionDelegate(CouncilCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MobilisationReport report = Submissions.submission(execution, MobilisationReport.class);
        cycles.recordMobilisation(Submissions.cycleId(execution), report);
        execution.setVariable(CouncilCycleProcess.VAR_MORE_MOBILISATION, report.moreActions());
    }
}
