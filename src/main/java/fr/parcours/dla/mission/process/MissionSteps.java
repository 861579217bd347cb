package fr.parcours.dla.mission.process;

import fr.parcours.dla.engineering.process.EngineeringAxis;
import fr.parcours.dla.mission.MissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Which mission a mission delegate works on: the one of its ingénierie. */
final class MissionSteps {

    private MissionSteps() {
    }

    /** The mission of this ingénierie, found from the multi-instance element variable. */
    static long missionId(DelegateExecution execution, MissionService missions) {
        return missions.missionIdOfAxis(EngineeringAxis.of(execution));
    }
}
