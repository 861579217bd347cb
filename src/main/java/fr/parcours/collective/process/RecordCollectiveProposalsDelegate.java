package fr.parcours.collective.process;

import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_COLLECTIVE_ID;

import fr.parcours.casework.Submissions;
import fr.parcours.collective.selection.CollectiveSelection;
import fr.parcours.selection.ReceivedProposals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists, per preselected consultant, the proposal received or that none came. */
@Component("recordCollectiveProposalsDelegate")
public class RecordCollectiveProposalsDelegate implements JavaDelegate {

    private final CollectiveSelection service;

    RecordCollectiveProposalsDelegate(CollectiveSelection service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordProposals(Submissions.id(execution, VAR_COLLECTIVE_ID),
                Submissions.read(execution, ReceivedProposals.class));
    }
}
