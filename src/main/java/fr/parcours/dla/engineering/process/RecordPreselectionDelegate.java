package fr.parcours.dla.engineering.process;


import fr.parcours.casework.Submissions;
import fr.parcours.dla.engineering.ConsultantSelectionService;
import fr.parcours.selection.Preselection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the consultants invited to send a proposal. */
@Component("recordPreselectionDelegate")
public class RecordPreselectionDelegate implements JavaDelegate {

    private final ConsultantSelectionService service;

    RecordPreselectionDelegate(ConsultantSelectionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Preselection submission = Submissions.read(execution, Preselection.class);
        service.recordPreselection(EngineeringAxis.of(execution), submission);
    }
}
