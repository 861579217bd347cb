package fr.parcours.dla.followup.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;

import fr.parcours.dla.followup.FollowUpService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start listener of Timer_FollowUp: while the case waits months for its follow-up, its phase says so. */
@Component("awaitFollowUpDelegate")
public class AwaitFollowUpDelegate implements ExecutionListener {

    private final FollowUpService followUps;

    AwaitFollowUpDelegate(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public void notify(DelegateExecution execution) {
        followUps.awaitFollowUp((Long) execution.getVariable(VAR_ACCOMPANIMENT_ID));
    }
}
