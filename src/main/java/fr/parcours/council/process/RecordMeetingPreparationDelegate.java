package fr.parcours.council.process;

import fr.parcours.council.CouncilCycles;
import fr.parcours.council.MeetingPreparation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the meeting as prepared with the council. */
@Component("recordMeetingPreparationDelegate")
public class RecordMeetingPreparationDelegate implements JavaDelegate {

    private final CouncilCycles cycles;

    RecordMeetingPreparationDelegate(CouncilCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.prepareMeeting(Submissions.cycleId(execution),
                Submissions.submission(execution, MeetingPreparation.class));
    }
}
