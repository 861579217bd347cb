package fr.parcours.collective.process;

import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_COLLECTIVE_ID;

import fr.parcours.casework.Submissions;
import fr.parcours.collective.CollectiveSteps;
import fr.parcours.collective.census.MobilisationMeeting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the mobilisation meeting and gives each structure present its own track. */
@Component("recordMobilisationMeetingDelegate")
public class RecordMobilisationMeetingDelegate implements JavaDelegate {

    private final CollectiveSteps service;

    RecordMobilisationMeetingDelegate(CollectiveSteps service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(DlaCollectiveProcess.VAR_PARTICIPATION_IDS, service.recordMeeting(
                Submissions.id(execution, VAR_COLLECTIVE_ID), Submissions.read(execution, MobilisationMeeting.class)));
    }
}
