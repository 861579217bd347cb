package fr.parcours.dla.diagnostic.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

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
        if (!(execution.getVariable(VAR_SUBMISSION) instanceof LeadersValidation validation)) {
            throw new IllegalStateException("Task completed without a validation: " + execution.getProcessInstanceId());
        }
        diagnostics.recordValidation(accompanimentId, validation);
    }
}
