package fr.parcours.council.process;

import fr.parcours.casework.Submissions;
import fr.parcours.council.activity.ActivityKind;
import fr.parcours.council.activity.CouncilActivities;
import fr.parcours.council.cycles.CouncilCycles;
import fr.parcours.council.cycles.MeetingReport;
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
        MeetingReport report = Submissions.read(execution, MeetingReport.class);
        long cycleId = cycles.ofProcess(execution.getProcessInstanceId()).getId();
        LocalDate meetingDay = cycles.pendingMeeting(cycleId).getPlannedOn();
        boolean actionsDecided = cycles.recordMeeting(cycleId, report);
        activities.recordCycleStep(CycleStepActivities.of(execution, cycleId, ActivityKind.MEETING, report.recordedBy(),
                meetingDay));
        execution.setVariable(CouncilCycleProcess.VAR_MEETING_HELD, report.held());
        execution.setVariable(CouncilCycleProcess.VAR_ACTIONS_DECIDED, actionsDecided);
    }
}
