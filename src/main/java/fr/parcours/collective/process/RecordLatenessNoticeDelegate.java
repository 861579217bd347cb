package fr.parcours.collective.process;

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
        service.recordLateness(Submissions.collectiveId(execution), Submissions.submission(execution, StepNote.class));
    }
}
