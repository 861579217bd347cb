package fr.parcours.dla.diagnostic.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;

import fr.parcours.casework.Submissions;
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
        ThemeAssessmentSheet sheet = Submissions.read(execution, ThemeAssessmentSheet.class);
        diagnostics.recordThemeAssessments(accompanimentId, sheet);
    }
}
