package fr.parcours.dla.followup.web;

import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.tasklist.TaskForms;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where the follow-up task of {@code dla-individual} is done in Parcours. */
@Component
class FollowUpTaskForms implements TaskForms {

    @Override
    public Optional<String> formPath(String processDefinitionKey, String taskDefinitionKey, String taskId) {
        if (DlaIndividualProcess.KEY.equals(processDefinitionKey)
                && DlaIndividualProcess.TASK_FOLLOW_UP.equals(taskDefinitionKey)) {
            return Optional.of("/dla/tasks/" + taskId + "/follow-up");
        }
        return Optional.empty();
    }
}
