package fr.parcours.collective.process;

import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_COLLECTIVE_ID;

import fr.parcours.casework.Submissions;
import fr.parcours.collective.CollectiveSteps;
import fr.parcours.collective.StepNote;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists what the coordinators decided once the planned duration was over. */
@Component("recordLatenessNoticeDelegate")
public class RecordLatenessNoticeDelegate implements JavaDelegate {

    private final CollectiveSteps service;

    RecordLatenessNoticeDelegate(CollectiveSteps service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordLateness(Submissions.id(execution, VAR_COLLECTIVE_ID),
                Submissions.read(execution, StepNote.class));
    }
}
