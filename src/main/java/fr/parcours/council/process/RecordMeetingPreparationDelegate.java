package fr.parcours.council.process;

import fr.parcours.council.ActivityKind;
import fr.parcours.council.CouncilActivities;
import fr.parcours.council.CouncilCycles;
import fr.parcours.council.MeetingPreparation;
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
        MeetingPreparation preparation = Submissions.submission(execution, MeetingPreparation.class);
        cycles.prepareMeeting(Submissions.cycleId(execution), preparation);
        activities.recordCycleStep(Submissions.activity(execution, ActivityKind.MEETING_PREPARATION,
                preparation.recordedBy(), null));
    }
}
