package fr.parcours.dla.diagnostic.web;

import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.tasklist.TaskForms;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where the diagnostic tasks of {@code dla-individual} are done. */
@Component
class DiagnosticTaskForms implements TaskForms {

    private static final Map<String, String> FORMS = Map.of(
            DlaIndividualProcess.TASK_HOLD_INTERVIEW, InterviewController.FORM,
            DlaIndividualProcess.TASK_ASSESS_THEMES, ThemeAssessmentController.FORM,
            DlaIndividualProcess.TASK_VALIDATE_DIAGNOSTIC, DiagnosticValidationController.FORM);

    @Override
    public Optional<String> formPath(String processDefinitionKey, String taskDefinitionKey, String taskId) {
        if (!DlaIndividualProcess.KEY.equals(processDefinitionKey)) {
            return Optional.empty();
        }
        return Optional.ofNullable(FORMS.get(taskDefinitionKey)).map(form -> "/dla/tasks/" + taskId + "/" + form);
    }
}
