package fr.parcours.dla.engineering.web;

import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.tasklist.TaskForms;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where the consultant-selection tasks of an ingénierie are done in Parcours. */
@Component
class SelectionTaskForms implements TaskForms {

    static final String SPECIFICATIONS = "specifications";
    static final String PRESELECTION = "preselection";
    static final String PROPOSALS = "proposals";
    static final String SCORES = "scores";
    static final String CHOICE = "consultant-choice";

    private static final Map<String, String> FORMS = Map.of(
            DlaIndividualProcess.TASK_WRITE_SPECIFICATIONS, SPECIFICATIONS,
            DlaIndividualProcess.TASK_PRESELECT_CONSULTANTS, PRESELECTION,
            DlaIndividualProcess.TASK_RECEIVE_PROPOSALS, PROPOSALS,
            DlaIndividualProcess.TASK_SCORE_PROPOSALS, SCORES,
            DlaIndividualProcess.TASK_VALIDATE_CHOICE, CHOICE);

    @Override
    public Optional<String> formPath(String processDefinitionKey, String taskDefinitionKey, String taskId) {
        if (!DlaIndividualProcess.KEY.equals(processDefinitionKey)) {
            return Optional.empty();
        }
        return Optional.ofNullable(FORMS.get(taskDefinitionKey)).map(form -> "/dla/tasks/" + taskId + "/" + form);
    }
}
