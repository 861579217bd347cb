package fr.parcours.dla.followup.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;

import fr.parcours.dla.followup.FollowUpService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens a new accompaniment of the same structure for the new needs found at the last follow-up. */
@Component("openNewAccompanimentDelegate")
public class OpenNewAccompanimentDelegate implements JavaDelegate {

    private final FollowUpService followUps;

    OpenNewAccompanimentDelegate(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUps.openNewAccompaniment((Long) execution.getVariable(VAR_ACCOMPANIMENT_ID));
    }
}
