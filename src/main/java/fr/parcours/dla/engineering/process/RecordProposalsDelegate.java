package fr.parcours.dla.engineering.process;


import fr.parcours.casework.Submissions;
import fr.parcours.dla.engineering.ConsultantSelectionService;
import fr.parcours.selection.ReceivedProposals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the proposals received (and the consultants that sent none). */
@Component("recordProposalsDelegate")
public class RecordProposalsDelegate implements JavaDelegate {

    private final ConsultantSelectionService service;

    RecordProposalsDelegate(ConsultantSelectionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReceivedProposals submission = Submissions.read(execution, ReceivedProposals.class);
        service.recordProposals(EngineeringAxis.of(execution), submission);
    }
}
