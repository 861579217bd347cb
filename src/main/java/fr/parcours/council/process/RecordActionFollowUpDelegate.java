package fr.parcours.council.process;

import fr.parcours.council.CouncilCycles;
import fr.parcours.council.ActionFollowUp;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the follow-up of the actions the council decided. */
@Component("recordActionFollowUpDelegate")
public class RecordActionFollowUpDelegate implements JavaDelegate {

    private final CouncilCycles cycles;

    RecordActionFollowUpDelegate(CouncilCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.followUpActions(Submissions.cycleId(execution), Submissions.submission(execution, ActionFollowUp.class));
    }
}
