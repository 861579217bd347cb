package fr.parcours.dla.engineering.process;


import fr.parcours.casework.Submissions;
import fr.parcours.dla.engineering.ConsultantSelectionService;
import fr.parcours.dla.engineering.Specifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the cahier des charges of this ingénierie. */
@Component("recordSpecificationsDelegate")
public class RecordSpecificationsDelegate implements JavaDelegate {

    private final ConsultantSelectionService service;

    RecordSpecificationsDelegate(ConsultantSelectionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Specifications submission = Submissions.read(execution, Specifications.class);
        service.recordSpecifications(EngineeringAxis.of(execution), submission);
    }
}
