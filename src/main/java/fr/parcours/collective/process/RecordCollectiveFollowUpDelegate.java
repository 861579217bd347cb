package fr.parcours.collective.process;

import fr.parcours.collective.CollectiveSteps;
import fr.parcours.collective.StepNote;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the follow-up and closes the collective accompaniment. */
@Component("recordCollectiveFollowUpDelegate")
public class RecordCollectiveFollowUpDelegate implements JavaDelegate {

    private final CollectiveSteps service;

    RecordCollectiveFollowUpDelegate(CollectiveSteps service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordFollowUp(Submissions.collectiveId(execution), Submissions.submission(execution, StepNote.class));
    }
}
