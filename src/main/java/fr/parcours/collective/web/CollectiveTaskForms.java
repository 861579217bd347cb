package fr.parcours.collective.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.*;

import fr.parcours.tasklist.TaskForms;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where each user task of {@code dla-collective} is done in Parcours. */
@Component
class CollectiveTaskForms implements TaskForms {

    static final Map<String, String> FORMS = Map.of(
            TASK_RECORD_CENSUS, "census",
            TASK_HOLD_MOBILISATION_MEETING, "mobilisation-meeting",
            TASK_RECORD_STRUCTURE_NEEDS, "track",
            TASK_RECORD_STRUCTURE_WORK, "track",
            TASK_HOLD_SESSION, "session",
            TASK_SELECT_CONSULTANT, "consultant",
            TASK_WRITE_SPECIFICATIONS, "note",
            TASK_EVALUATE_END, "note",
            TASK_RECORD_FOLLOW_UP, "note",
            TASK_HANDLE_LATENESS, "note");

    @Override
    public Optional<String> formPath(String processDefinitionKey, String taskDefinitionKey, String taskId) {
        if (!KEY.equals(processDefinitionKey)) {
            return Optional.empty();
        }
        return Optional.ofNullable(FORMS.get(taskDefinitionKey)).map(form -> "/collective/tasks/" + taskId + "/" + form);
    }
}
