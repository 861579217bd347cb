package fr.parcours.dla.diagnostic.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_MORE_INTERVIEWS;

import fr.parcours.casework.Submissions;
import fr.parcours.dla.diagnostic.DiagnosticService;
import fr.parcours.dla.diagnostic.InterviewReport;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists one diagnostic interview and tells {@code Gateway_MoreInterviews} whether another follows. */
@Component("recordInterviewDelegate")
public class RecordInterviewDelegate implements JavaDelegate {

    private final DiagnosticService diagnostics;

    RecordInterviewDelegate(DiagnosticService diagnostics) {
        this.diagnostics = diagnostics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long accompanimentId = (Long) execution.getVariable(VAR_ACCOMPANIMENT_ID);
        InterviewReport report = Submissions.read(execution, InterviewReport.class);
        execution.setVariable(VAR_MORE_INTERVIEWS, diagnostics.recordInterview(accompanimentId, report));
    }
}
