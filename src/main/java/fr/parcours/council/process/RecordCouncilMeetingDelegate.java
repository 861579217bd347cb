package fr.parcours.council.process;

import fr.parcours.council.CouncilCycles;
import fr.parcours.council.MeetingReport;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the meeting held or cancelled; sets what {@code Gateway_MeetingHeld} and {@code Gateway_ActionsDecided} need. */
@Component("recordCouncilMeetingDelegate")
public class RecordCouncilMeetingDelegate implements JavaDelegate {

    private final CouncilCycles cycles;

    RecordCouncilMeetingDelegate(CouncilCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingReport report = Submissions.submission(execution, MeetingReport.class);
        boolean actionsDecided = cycles.recordMeeting(Submissions.cycleId(execution), report);
        execution.setVariable(CouncilCycleProcess.VAR_MEETING_HELD, report.held());
        execution.setVariable(CouncilCycleProcess.VAR_ACTIONS_DECIDED, actionsDecided);
    }
}
