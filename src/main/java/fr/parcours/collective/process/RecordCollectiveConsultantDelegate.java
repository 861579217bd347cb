package fr.parcours.collective.process;

import fr.parcours.collective.CollectiveSteps;
import fr.parcours.collective.SelectedConsultant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the consultant chosen for the collective sessions. */
@Component("recordCollectiveConsultantDelegate")
public class RecordCollectiveConsultantDelegate implements JavaDelegate {

    private final CollectiveSteps service;

    RecordCollectiveConsultantDelegate(CollectiveSteps service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordConsultant(Submissions.collectiveId(execution),
                Submissions.submission(execution, SelectedConsultant.class));
    }
}
