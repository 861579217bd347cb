package fr.parcours.collective.process;

import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_COLLECTIVE_ID;

import fr.parcours.casework.Submissions;
import fr.parcours.collective.selection.CollectiveSelection;
import fr.parcours.selection.Preselection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the 3 to 4 consultants invited to send a proposal for the collective. */
@Component("recordCollectivePreselectionDelegate")
public class RecordCollectivePreselectionDelegate implements JavaDelegate {

    private final CollectiveSelection service;

    RecordCollectivePreselectionDelegate(CollectiveSelection service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordPreselection(Submissions.id(execution, VAR_COLLECTIVE_ID),
                Submissions.read(execution, Preselection.class));
    }
}
