package fr.parcours.dla.mission.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

import fr.parcours.dla.mission.MissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What every mission delegate reads from its execution: the mission of its ingénierie and the submitted form. */
final class MissionSteps {

    private MissionSteps() {
    }

    /** The mission of this ingénierie, found from the multi-instance element variable. */
    static long missionId(DelegateExecution execution, MissionService missions) {
        Object axisId = execution.getVariable(VAR_ENGINEERING_AXIS_ID);
        if (!(axisId instanceof Number number)) {
            throw new IllegalStateException("No ingénierie axis in " + execution.getProcessInstanceId());
        }
        return missions.missionIdOfAxis(number.longValue());
    }

    static <T> T submission(DelegateExecution execution, Class<T> type) {
        Object submission = execution.getVariable(VAR_SUBMISSION);
        if (!type.isInstance(submission)) {
            throw new IllegalStateException("Task completed without a " + type.getSimpleName() + ": "
                    + execution.getProcessInstanceId());
        }
        return type.cast(submission);
    }
}
