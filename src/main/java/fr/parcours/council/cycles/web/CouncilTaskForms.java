package fr.parcours.council.cycles.web;

import static fr.parcours.council.process.CouncilCycleProcess.*;

import fr.parcours.tasklist.TaskForms;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where each user task of {@code council-cycle} is done in Parcours. */
@Component
class CouncilTaskForms implements TaskForms {

    static final Map<String, String> FORMS = Map.of(
            TASK_RECORD_MOBILISATION, "mobilisation",
            TASK_PREPARE_MEETING, "preparation",
            TASK_HOLD_MEETING, "meeting",
            TASK_FOLLOW_UP_ACTIONS, "follow-up",
            TASK_WRITE_CYCLE_REPORT, "report");

    @Override
    public Optional<String> formPath(String processDefinitionKey, String taskDefinitionKey, String taskId) {
        if (!KEY.equals(processDefinitionKey)) {
            return Optional.empty();
        }
        return Optional.ofNullable(FORMS.get(taskDefinitionKey)).map(form -> "/councils/tasks/" + taskId + "/" + form);
    }
}
