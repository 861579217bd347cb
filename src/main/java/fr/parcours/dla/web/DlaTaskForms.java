package fr.parcours.dla.web;

import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.tasklist.TaskForms;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where each user task of {@code dla-individual} is done in Parcours. */
@Component
class DlaTaskForms implements TaskForms {

    private static final Map<String, String> FORMS = Map.of(
            DlaIndividualProcess.TASK_REVIEW_REQUEST, "intake-review");

    @Override
    public Optional<String> formPath(String processDefinitionKey, String taskDefinitionKey, String taskId) {
        if (!DlaIndividualProcess.KEY.equals(processDefinitionKey)) {
            return Optional.empty();
        }
        return Optional.ofNullable(FORMS.get(taskDefinitionKey)).map(form -> "/dla/tasks/" + taskId + "/" + form);
    }
}
