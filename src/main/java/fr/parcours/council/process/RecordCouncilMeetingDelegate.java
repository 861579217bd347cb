package fr.parcours.council.process;

import fr.parcours.council.ActivityKind;
import fr.parcours.council.CouncilActivities;
import fr.parcours.council.CouncilCycles;
import fr.parcours.council.MeetingReport;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the meeting held or cancelled; sets what {@code Gateway_MeetingHeld} and {@code Gateway_ActionsDecided} need. */
@Component("recordCouncilMeetingDelegate")
public class RecordCouncilMeetingDelegate implements JavaDelegate {

    private final CouncilCycles cycles;
    private final CouncilActivities activities;

    RecordCouncilMeetingDelegate(CouncilCycles cycles, CouncilActivities activities) {
        this.cycles = cycles;
        this.activities = activities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingReport report = Submissions.submission(execution, MeetingReport.class);
        LocalDate meetingDay = cycles.pendingMeeting(Submissions.cycleId(execution)).getPlannedOn();
        boolean actionsDecided = cycles.recordMeeting(Submissions.cycleId(execution), report);
        activities.recordCycleStep(Submissions.activity(execution, ActivityKind.MEETING, report.recordedBy(), meetingDay));
        execution.setVariable(CouncilCycleProcess.VAR_MEETING_HELD, report.held());
        execution.setVariable(CouncilCycleProcess.VAR_ACTIONS_DECIDED, actionsDecided);
    }
}
