package fr.parcours.dla.plan.web;

import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.tasklist.TaskForms;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where the plan and comité d'appui tasks of {@code dla-individual} are done. */
@Component
public class PlanTaskForms implements TaskForms {

    private static final Map<String, String> FORMS = Map.of(
            DlaIndividualProcess.TASK_DRAFT_PLAN, PlanController.FORM,
            DlaIndividualProcess.TASK_RECORD_COMMITTEE_OPINION, CommitteeOpinionController.FORM);

    @Override
    public Optional<String> formPath(String processDefinitionKey, String taskDefinitionKey, String taskId) {
        if (!DlaIndividualProcess.KEY.equals(processDefinitionKey)) {
            return Optional.empty();
        }
        return Optional.ofNullable(FORMS.get(taskDefinitionKey)).map(form -> "/dla/tasks/" + taskId + "/" + form);
    }
}
