package fr.parcours.dla.followup.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;

import fr.parcours.dla.followup.FollowUpService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the accompaniment once its follow-up is over. */
@Component("closeAccompanimentDelegate")
public class CloseAccompanimentDelegate implements JavaDelegate {

    private final FollowUpService followUps;

    CloseAccompanimentDelegate(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUps.close((Long) execution.getVariable(VAR_ACCOMPANIMENT_ID));
    }
}
