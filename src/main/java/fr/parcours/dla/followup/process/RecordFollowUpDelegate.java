package fr.parcours.dla.followup.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_FOLLOW_UPS_DONE;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_MORE_FOLLOW_UPS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_NEW_NEEDS;

import fr.parcours.casework.Submissions;
import fr.parcours.dla.FollowUpSchedule;
import fr.parcours.dla.followup.FollowUpReport;
import fr.parcours.dla.followup.FollowUpService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Persists one follow-up and tells the gateways whether another one is due and, after the last one,
 * whether a new accompaniment must be opened for the new needs.
 */
@Component("recordFollowUpDelegate")
public class RecordFollowUpDelegate implements JavaDelegate {

    private final FollowUpService followUps;
    private final FollowUpSchedule schedule;

    RecordFollowUpDelegate(FollowUpService followUps, FollowUpSchedule schedule) {
        this.followUps = followUps;
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long accompanimentId = (Long) execution.getVariable(VAR_ACCOMPANIMENT_ID);
        FollowUpReport report = Submissions.read(execution, FollowUpReport.class);
        followUps.record(accompanimentId, report);
        int done = (Integer) execution.getVariable(VAR_FOLLOW_UPS_DONE) + 1;
        boolean more = done < schedule.count() && !report.closeNow();
        execution.setVariable(VAR_FOLLOW_UPS_DONE, done);
        execution.setVariable(VAR_MORE_FOLLOW_UPS, more);
        execution.setVariable(VAR_NEW_NEEDS, !more && report.openNewAccompaniment());
    }
}
