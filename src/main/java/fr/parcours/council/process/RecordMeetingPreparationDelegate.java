package fr.parcours.council.process;

import fr.parcours.casework.Submissions;
import fr.parcours.council.activity.ActivityKind;
import fr.parcours.council.activity.CouncilActivities;
import fr.parcours.council.cycles.CouncilCycles;
import fr.parcours.council.cycles.MeetingPreparation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the meeting as prepared with the council. */
@Component("recordMeetingPreparationDelegate")
public class RecordMeetingPreparationDelegate implements JavaDelegate {

    private final CouncilCycles cycles;
    private final CouncilActivities activities;

    RecordMeetingPreparationDelegate(CouncilCycles cycles, CouncilActivities activities) {
        this.cycles = cycles;
        this.activities = activities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingPreparation preparation = Submissions.read(execution, MeetingPreparation.class);
        long cycleId = cycles.ofProcess(execution.getProcessInstanceId()).getId();
        cycles.prepareMeeting(cycleId, preparation);
        activities.recordCycleStep(CycleStepActivities.of(execution, cycleId, ActivityKind.MEETING_PREPARATION,
                preparation.recordedBy(), null));
    }
}
