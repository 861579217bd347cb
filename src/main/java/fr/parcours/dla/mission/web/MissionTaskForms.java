package fr.parcours.dla.mission.web;

import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.tasklist.TaskForms;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where the mission's user tasks are done: officers' under /dla, the consultant's under /missions. */
@Component
class MissionTaskForms implements TaskForms {

    private static final Map<String, String> FORMS = Map.of(
            DlaIndividualProcess.TASK_HOLD_LAUNCH_MEETING, "/dla/tasks/%s/launch-meeting",
            DlaIndividualProcess.TASK_REPORT_MISSION_PROGRESS, "/missions/tasks/%s/progress",
            DlaIndividualProcess.TASK_WRITE_END_REPORT, "/missions/tasks/%s/end-report",
            DlaIndividualProcess.TASK_RECORD_SATISFACTION, "/dla/tasks/%s/satisfaction",
            DlaIndividualProcess.TASK_ASSESS_MISSION, "/dla/tasks/%s/mission-assessment");

    @Override
    public Optional<String> formPath(String processDefinitionKey, String taskDefinitionKey, String taskId) {
        if (!DlaIndividualProcess.KEY.equals(processDefinitionKey)) {
            return Optional.empty();
        }
        return Optional.ofNullable(FORMS.get(taskDefinitionKey)).map(path -> path.formatted(taskId));
    }
}
