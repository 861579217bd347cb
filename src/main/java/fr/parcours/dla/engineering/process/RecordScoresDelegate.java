package fr.parcours.dla.engineering.process;


import fr.parcours.casework.Submissions;
import fr.parcours.dla.engineering.ConsultantSelectionService;
import fr.parcours.selection.ProposalScores;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the structure's scores of the received proposals. */
@Component("recordScoresDelegate")
public class RecordScoresDelegate implements JavaDelegate {

    private final ConsultantSelectionService service;

    RecordScoresDelegate(ConsultantSelectionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProposalScores submission = Submissions.read(execution, ProposalScores.class);
        service.recordScores(EngineeringAxis.of(execution), submission);
    }
}
