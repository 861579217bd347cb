package fr.parcours.council.process;

import fr.parcours.casework.Submissions;
import fr.parcours.council.activity.ActivityKind;
import fr.parcours.council.activity.CouncilActivities;
import fr.parcours.council.cycles.ActionFollowUp;
import fr.parcours.council.cycles.CouncilCycles;
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
        ActionFollowUp followUp = Submissions.read(execution, ActionFollowUp.class);
        long cycleId = cycles.ofProcess(execution.getProcessInstanceId()).getId();
        cycles.followUpActions(cycleId, followUp);
        activities.recordCycleStep(CycleStepActivities.of(execution, cycleId, ActivityKind.ACTION_FOLLOW_UP,
                followUp.recordedBy(), null));
    }
}
