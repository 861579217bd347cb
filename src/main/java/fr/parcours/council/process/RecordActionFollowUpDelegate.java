package fr.parcours.council.process;

import fr.parcours.council.ActionFollowUp;
import fr.parcours.council.ActivityKind;
import fr.parcours.council.CouncilActivities;
import fr.parcours.council.CouncilCycles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the follow-up of the actions the council decided. */
@Component("recordActionFollowUpDelegate")
public class RecordActionFollowUpDelegate implements JavaDelegate {

    private final CouncilCycles cycles;
    private final CouncilActivities activities;

    RecordActionFollowUpDelegate(CouncilCycles cycles, CouncilActivities activities) {
        this.cycles = cycles;
        this.activities = activities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ActionFollowUp followUp = Submissions.submission(execution, ActionFollowUp.class);
        cycles.followUpActions(Submissions.cycleId(execution), followUp);
        activities.recordCycleStep(Submissions.activity(execution, ActivityKind.ACTION_FOLLOW_UP,
                followUp.recordedBy(), null));
    }
}
