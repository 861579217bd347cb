package fr.parcours.dla.engineering.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

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
        ReceivedProposals submission = (ReceivedProposals) execution.getVariable(VAR_SUBMISSION);
        if (submission == null) {
            throw new IllegalStateException("Task completed without its form: " + execution.getProcessInstanceId());
        }
        service.recordProposals(EngineeringAxis.of(execution), submission);
    }
}
