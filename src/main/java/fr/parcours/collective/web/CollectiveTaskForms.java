package fr.parcours.collective.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.*;

import fr.parcours.tasklist.TaskForms;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where each user task of {@code dla-collective} is done in Parcours. */
@Component
public class CollectiveTaskForms implements TaskForms {

    private static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry(TASK_RECORD_CENSUS, "census"),
            Map.entry(TASK_HOLD_MOBILISATION_MEETING, "mobilisation-meeting"),
            Map.entry(TASK_RECORD_STRUCTURE_NEEDS, "track"),
            Map.entry(TASK_RECORD_STRUCTURE_WORK, "track"),
            Map.entry(TASK_HOLD_SESSION, "session"),
            Map.entry(TASK_PRESELECT_CONSULTANTS, "preselection"),
            Map.entry(TASK_RECEIVE_PROPOSALS, "proposals"),
            Map.entry(TASK_SCORE_PROPOSALS, "scores"),
            Map.entry(TASK_VALIDATE_CHOICE, "choice"),
            Map.entry(TASK_WRITE_SPECIFICATIONS, "note"),
            Map.entry(TASK_EVALUATE_END, "note"),
            Map.entry(TASK_RECORD_FOLLOW_UP, "note"),
            Map.entry(TASK_HANDLE_LATENESS, "note"));

    /** The form path of a task of {@code dla-collective} (e.g. {@code "scores"}), null for a task without a form. */
    public static String formOf(String taskDefinitionKey) {
        return FORMS.get(taskDefinitionKey);
    }

    @Override
    public Optional<String> formPath(String processDefinitionKey, String taskDefinitionKey, String taskId) {
        if (!KEY.equals(processDefinitionKey)) {
            return Optional.empty();
        }
        return Optional.ofNullable(FORMS.get(taskDefinitionKey)).map(form -> "/collective/tasks/" + taskId + "/" + form);
    }
}
