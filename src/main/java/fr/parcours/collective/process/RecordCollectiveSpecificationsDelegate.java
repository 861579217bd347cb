package fr.parcours.collective.process;

import fr.parcours.collective.CollectiveSteps;
import fr.parcours.collective.StepNote;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the cahier des charges of the collective accompaniment. */
@Component("recordCollectiveSpecificationsDelegate")
public class RecordCollectiveSpecificationsDelegate implements JavaDelegate {

    private final CollectiveSteps service;

    RecordCollectiveSpecificationsDelegate(CollectiveSteps service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordSpecifications(Submissions.collectiveId(execution), Submissions.submission(execution, StepNote.class));
    }
}
