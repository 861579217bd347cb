package fr.parcours.collective.process;

import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_COLLECTIVE_ID;

import fr.parcours.casework.Submissions;
import fr.parcours.collective.selection.CollectiveSelection;
import fr.parcours.selection.ProposalScores;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the scores of every received proposal on the grid. */
@Component("recordCollectiveScoresDelegate")
public class RecordCollectiveScoresDelegate implements JavaDelegate {

    private final CollectiveSelection service;

    RecordCollectiveScoresDelegate(CollectiveSelection service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordScores(Submissions.id(execution, VAR_COLLECTIVE_ID),
                Submissions.read(execution, ProposalScores.class));
    }
}
