package fr.parcours.dla.diagnostic.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

import fr.parcours.dla.diagnostic.DiagnosticService;
import fr.parcours.dla.diagnostic.ThemeAssessmentSheet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the assessment of the seven diagnostic themes. */
@Component("recordThemeAssessmentsDelegate")
public class RecordThemeAssessmentsDelegate implements JavaDelegate {

    private final DiagnosticService diagnostics;

    RecordThemeAssessmentsDelegate(DiagnosticService diagnostics) {
        this.diagnostics = diagnostics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long accompanimentId = (Long) execution.getVariable(VAR_ACCOMPANIMENT_ID);
        if (!(execution.getVariable(VAR_SUBMISSION) instanceof ThemeAssessmentSheet sheet)) {
            throw new IllegalStateException("Task completed without theme assessments: " + execution.getProcessInstanceId());
        }
        diagnostics.recordThemeAssessments(accompanimentId, sheet);
    }
}
