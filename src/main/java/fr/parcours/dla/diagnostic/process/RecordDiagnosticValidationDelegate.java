package fr.parcours.dla.diagnostic.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;

import fr.parcours.casework.Submissions;
import fr.parcours.dla.diagnostic.DiagnosticService;
import fr.parcours.dla.diagnostic.LeadersValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the structure leaders' validation of the diagnostic; the plan phase starts. */
@Component("recordDiagnosticValidationDelegate")
public class RecordDiagnosticValidationDelegate implements JavaDelegate {

    private final DiagnosticService diagnostics;

    RecordDiagnosticValidationDelegate(DiagnosticService diagnostics) {
        this.diagnostics = diagnostics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long accompanimentId = (Long) execution.getVariable(VAR_ACCOMPANIMENT_ID);
        LeadersValidation validation = Submissions.read(execution, LeadersValidation.class);
        diagnostics.recordValidation(accompanimentId, validation);
    }
}
